package org.entente.dataset.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.entente.dataset.DatasetDocument;
import org.entente.provenance.Provenance;
import org.entente.provenance.Source;
import org.entente.provenance.Translations;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;
import org.entente.register.States;
import org.entente.web.PublicReads;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The records a page refers to by their reference ({@code kind:id}, as a disagreement's subject or a citation names them:
 * {@code membershipEvent:EV-UZB-EXIT-1999}, {@code instrument:…}, {@code clause:…}, {@code request:…}, {@code forcePool:…},
 * {@code mission:…}, {@code exercise:…}) and the sources it cites by id, as readers read them: a name in the page's language and a link. The
 * organization's record is read once per page (as it stood where the page's handler reads the record: a public read's version, see
 * {@link PublicReads#readsAt(HttpServletRequest, Instant)}; else at the page's {@code recordedAt}, or now), on the first question about
 * a record; a source's title reads the organization's sources alone. A record's own name is its translation into the
 * page's language where the record has one ({@link Translations}).
 * Every page has it as {@code records}; the code stays in the page for hover ({@code title}).
 */
public final class RecordNames {

    private final DatasetService datasets;
    private final MessageSource messages;
    private final Locale locale;
    private final String contextPath;
    private final Instant recordedAt;
    private final Supplier<Instant> at;
    private final Provenance provenance;
    private final Map<String, Optional<DatasetDocument>> documents = new HashMap<>();
    private final Map<String, List<Source>> sources = new HashMap<>();

    RecordNames(DatasetService datasets, Provenance provenance, MessageSource messages, Locale locale, String contextPath, Instant recordedAt, Supplier<Instant> at) {
        this.datasets = datasets;
        this.provenance = provenance;
        this.messages = messages;
        this.locale = locale;
        this.contextPath = contextPath;
        this.recordedAt = recordedAt;
        this.at = at;
    }

    /** The short title of the organization's source {@code id} (its id where the record holds no such source). */
    public String source(Object organization, String id) {
        if (organization == null || !OrganizationCode.isValid(organization.toString())) {
            return id;
        }
        // A source chip stands on nearly every page: it reads the organization's sources alone, not its whole record.
        return sources.computeIfAbsent(organization.toString(), code -> provenance.content(code, at.get()).sources()).stream()
                .filter(source -> source.id().equals(id)).findFirst().map(Source::shortTitle).orElse(id);
    }

    /**
     * The language the organization's sources {@code ids} are written in, where they all are in one (a claim's wording is
     * its sources' own words); null where it is unknown or they differ.
     */
    public String language(Object organization, List<String> ids) {
        if (organization == null || !OrganizationCode.isValid(organization.toString()) || ids == null || ids.isEmpty()) {
            return null;
        }
        List<String> languages = sources.computeIfAbsent(organization.toString(), code -> provenance.content(code, at.get()).sources()).stream()
                .filter(source -> ids.contains(source.id())).map(Source::language).distinct().toList();
        return languages.size() == 1 ? languages.getFirst() : null;
    }

    /** The record {@code reference} names, in words in the page's language; null where it names no record (a topic, or one not in the record). */
    public String name(Object organization, String reference) {
        int colon = reference == null ? -1 : reference.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String kind = reference.substring(0, colon);
        String id = reference.substring(colon + 1);
        DatasetDocument document = document(organization).orElse(null);
        if (document == null) {
            return null;
        }
        return switch (kind) {
            case "organization" -> document.organization().nativeNames().stream().filter(named -> named.language().equals(locale.getLanguage()))
                    .findFirst().map(DatasetDocument.NativeNameEntry::name).orElse(document.organization().name());
            case "instrument" -> document.instruments().stream().filter(entry -> entry.id().equals(id)).findFirst()
                    .map(entry -> translated(entry.translations(), "title", entry.title())).orElse(null);
            case "clause" -> document.clauses().stream().filter(entry -> entry.id().equals(id)).findFirst()
                    .map(entry -> translated(entry.translations(), "title", entry.title())).orElse(null);
            case "membershipEvent" -> document.membershipEvents().stream().filter(entry -> entry.id().equals(id)).findFirst()
                    .map(entry -> message("record.membershipEvent", state(entry.state()), message("event." + entry.type()), year(entry.date())))
                    .orElse(null);
            case "request" -> document.requests().stream().filter(entry -> entry.id().equals(id)).findFirst()
                    .map(entry -> message("record.request", state(entry.state()), year(entry.received()))).orElse(null);
            case "forcePool" -> document.forcePools().stream().filter(entry -> entry.id().equals(id)).findFirst()
                    .map(entry -> translated(entry.translations(), "name", entry.name())).orElse(null);
            case "mission" -> document.missions().stream().filter(mission -> id.equals(mission.path("id").asString())).findFirst()
                    .map(mission -> mission.path("name").asString(null)).orElse(null);
            case "exercise" -> document.exercises().stream().filter(exercise -> id.equals(exercise.path("id").asString())).findFirst()
                    .map(exercise -> exercise.path("name").asString(null)).orElse(null);
            default -> null;
        };
    }

    /** A reason's value as readers read it: a state by its name in the page's language, anything else as it is. */
    public Object word(Object value) {
        return value instanceof StateCode state ? state(state.value()) : value;
    }

    /** The page that shows the record {@code reference} names; null where none does (a topic). */
    public String link(Object organization, String reference) {
        int colon = reference == null ? -1 : reference.indexOf(':');
        if (colon < 0 || organization == null) {
            return null;
        }
        String kind = reference.substring(0, colon);
        String id = reference.substring(colon + 1);
        String code = organization.toString();
        return switch (kind) {
            case "organization" -> address("/organizations/{c}", null, code);
            case "instrument" -> address("/organizations/{c}/clauses", "instrument-" + id, code);
            case "clause" -> address("/organizations/{c}/clauses", "clause-" + id, code);
            case "membershipEvent" -> document(organization).flatMap(document -> document.membershipEvents().stream()
                    .filter(entry -> entry.id().equals(id)).findFirst()).map(entry -> address("/organizations/{c}/states/{s}", null, code, entry.state()))
                    .orElse(null);
            case "request" -> address("/organizations/{c}/requests/{id}", null, code, id);
            case "forcePool" -> address("/organizations/{c}/forces", "pool-" + id, code);
            case "mission" -> address("/organizations/{c}/missions/{id}", null, code, id);
            case "exercise" -> address("/organizations/{c}", "exercise-" + id, code);
            default -> null;
        };
    }

    private String address(String template, String fragment, Object... variables) {
        var builder = UriComponentsBuilder.fromPath(contextPath + template);
        if (recordedAt != null) {
            builder.queryParam("recordedAt", recordedAt);
        }
        return builder.fragment(fragment).buildAndExpand(variables).encode().toUriString();
    }

    private Optional<DatasetDocument> document(Object organization) {
        if (organization == null || !OrganizationCode.isValid(organization.toString())) {
            return Optional.empty();
        }
        return documents.computeIfAbsent(organization.toString(), code -> datasets.document(code, at.get()));
    }

    private String state(String code) {
        return StateCode.isValid(code) ? States.find(StateCode.of(code)).map(state -> state.name(locale.getLanguage())).orElse(code) : code;
    }

    private String translated(Map<String, Map<String, String>> translations, String field, String english) {
        return Translations.in(translations, locale.getLanguage(), field, english);
    }

    private static String year(String date) {
        try {
            return String.valueOf(PartialDate.parse(date).date().getYear());
        } catch (RuntimeException notADate) {
            return date;
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** Offers every page the names of the records it refers to. */
    @ControllerAdvice(annotations = Controller.class)
    static class Advice {

        private final DatasetService datasets;
        private final Provenance provenance;
        private final MessageSource messages;
        private final Clock clock;

        Advice(DatasetService datasets, Provenance provenance, MessageSource messages, Clock clock) {
            this.datasets = datasets;
            this.provenance = provenance;
            this.messages = messages;
            this.clock = clock;
        }

        @ModelAttribute("records")
        RecordNames records(HttpServletRequest request, Locale locale, @RequestParam(required = false) Instant recordedAt) {
            // The instant the page's handler reads the record at, once it has said (a public read: its version's), else the asked one or now.
            Instant asked = recordedAt == null ? clock.instant() : recordedAt;
            return new RecordNames(datasets, provenance, messages, locale, request.getContextPath(), recordedAt,
                    () -> PublicReads.readsAt(request).orElse(asked));
        }
    }
}
