package org.entente.search.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.access.Actor;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.FiledRequests;
import org.entente.assistance.RecordedRequest;
import org.entente.assistance.RecordedRequests;
import org.entente.mission.Mission;
import org.entente.mission.Missions;
import org.entente.provenance.Provenance;
import org.entente.provenance.Source;
import org.entente.provenance.Translations;
import org.entente.register.Clause;
import org.entente.register.Instrument;
import org.entente.register.NativeName;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.entente.register.RegisterContent;
import org.entente.register.State;
import org.entente.register.StateCode;
import org.entente.register.States;
import org.entente.search.SearchHit;
import org.entente.search.SearchKind;
import org.entente.search.SearchQuery;
import org.entente.search.SearchResults;
import org.springframework.stereotype.Service;

/**
 * Finds the records whose names, codes or titles match a query, reading each module's record as it stands through its public
 * API and keeping only what the reader may read: the register, sources and missions are public record; of the requests filed in
 * Entente, an open or withdrawn one is the organization's ({@link FiledRequests}). An in-memory filter: a treaty organization's
 * record is hundreds of records, not millions.
 */
@Service
class SearchService {

    private final Register register;
    private final RecordedRequests recorded;
    private final FiledRequests filed;
    private final Provenance provenance;
    private final Missions missions;
    private final Clock clock;

    SearchService(Register register, RecordedRequests recorded, FiledRequests filed, Provenance provenance, Missions missions, Clock clock) {
        this.register = register;
        this.recorded = recorded;
        this.filed = filed;
        this.provenance = provenance;
        this.missions = missions;
        this.clock = clock;
    }

    /**
     * What {@code query} finds for {@code reader}, in the organization of code {@code organization} (every organization when null
     * or blank; a refusal naming the parameter {@code organization} where it names none).
     */
    SearchResults search(SearchQuery query, String organization, Actor reader) {
        Instant now = clock.instant();
        boolean all = organization == null || organization.isBlank();
        List<Organization> organizations = all ? register.organizations(now) : List.of(register.organizationNamed("organization", organization, now));
        if (query.blank()) {
            return new SearchResults(query.text(), all ? null : organization, List.of());
        }
        var hits = new ArrayList<SearchHit>();
        for (Organization org : organizations) {
            hits.addAll(in(org, query, reader, now));
        }
        hits.sort(java.util.Comparator.comparing(SearchHit::kind));
        return new SearchResults(query.text(), all ? null : organizations.getFirst().code().value(), hits);
    }

    private List<SearchHit> in(Organization org, SearchQuery query, Actor reader, Instant now) {
        String code = org.code().value();
        String base = "/organizations/" + code;
        var hits = new ArrayList<SearchHit>();
        if (query.matches(texts(Stream.of(code, org.name(), org.abbreviation()), org.nativeNames().stream().flatMap(n -> Stream.of(n.name(), n.abbreviation()))))) {
            hits.add(new SearchHit(SearchKind.ORGANIZATION, code, code, org.name() + " (" + org.abbreviation() + ")", Map.of(), null, Map.of(),
                    null, null, org.nativeNames().stream().map(NativeName::name).reduce((a, b) -> a + " · " + b).orElse(null), base));
        }
        RegisterContent content = register.content(org.code(), now).orElseThrow();
        register.membership(org.code(), now).histories().keySet().stream().sorted().forEach(state -> {
            Map<String, String> names = names(state);
            if (query.matches(texts(Stream.of(state.value()), names.values().stream()))) {
                hits.add(new SearchHit(SearchKind.STATE, code, state.value(), names.getOrDefault("en", state.value()), names, null, Map.of(),
                        null, null, null, base + "/states/" + state.value()));
            }
        });
        for (RecordedRequest request : recorded.all(org.code(), now)) {
            Map<String, String> names = names(request.state());
            if (query.matches(texts(Stream.of(request.id(), request.state().value(), request.description()), names.values().stream()))) {
                hits.add(new SearchHit(SearchKind.REQUEST, code, request.id(), request.id(), Map.of(), request.state().value(), names,
                        request.received().toString(), request.decision() == null ? null : "decided", request.description(),
                        base + "/requests/" + request.id()));
            }
        }
        for (FiledRequest request : filed.readableBy(org.code(), reader)) {
            Map<String, String> names = names(request.state());
            if (query.matches(texts(Stream.of(request.id(), request.state().value(), request.description()), names.values().stream()))) {
                hits.add(new SearchHit(SearchKind.REQUEST, code, request.id(), request.id(), Map.of(), request.state().value(), names,
                        request.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(), request.status().code(), request.description(),
                        base + "/requests/" + request.id()));
            }
        }
        for (Instrument instrument : content.instruments()) {
            Map<String, String> titles = Translations.byLanguage(instrument.translations(), "title");
            if (query.matches(texts(Stream.of(instrument.id(), instrument.title()), titles.values().stream()))) {
                hits.add(new SearchHit(SearchKind.CLAUSE, code, instrument.id(), instrument.title(), titles, null, Map.of(),
                        instrument.signed() == null ? null : instrument.signed().toString(), null, null, base + "/clauses#instrument-" + instrument.id()));
            }
        }
        for (Clause clause : content.clauses()) {
            Map<String, String> titles = Translations.byLanguage(clause.translations(), "title");
            if (query.matches(texts(Stream.of(clause.id(), clause.article(), clause.title()), titles.values().stream()))) {
                String instrument = content.instruments().stream().filter(candidate -> candidate.id().equals(clause.instrument()))
                        .map(Instrument::title).findFirst().orElse(clause.instrument());
                hits.add(new SearchHit(SearchKind.CLAUSE, code, clause.id(), clause.title(), titles, null, Map.of(),
                        null, null, instrument, base + "/clauses#clause-" + clause.id()));
            }
        }
        for (Source source : provenance.content(code, now).sources()) {
            if (query.matches(texts(Stream.of(source.id(), source.title(), source.publisher()), Stream.empty()))) {
                hits.add(new SearchHit(SearchKind.SOURCE, code, source.id(), source.title(), Map.of(), null, Map.of(),
                        source.published(), null, source.publisher(), base + "/sources#source-" + source.id()));
            }
        }
        for (Mission mission : missions.all(org.code())) {
            Map<String, String> names = names(mission.host());
            if (query.matches(texts(Stream.of(mission.id(), mission.name(), mission.host().value()), names.values().stream()))) {
                hits.add(new SearchHit(SearchKind.MISSION, code, mission.id(), mission.name(), Map.of(), mission.host().value(), names,
                        mission.period().decided().from().toString(), mission.status().code(), null, base + "/missions/" + mission.id()));
            }
        }
        return hits;
    }

    private static Map<String, String> names(StateCode state) {
        return States.find(state).map(State::names).orElse(Map.of());
    }

    private static List<String> texts(Stream<String> own, Stream<String> more) {
        return Stream.concat(own, more).toList();
    }
}
