package org.entente.dataset.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.RecordedRequest;
import org.entente.assistance.Vote;
import org.entente.dataset.DatasetDocument.AtopCodingEntry;
import org.entente.dataset.DatasetDocument.CapacityGoalEntry;
import org.entente.dataset.DatasetDocument.CodingsEntry;
import org.entente.dataset.DatasetDocument.CowCodingEntry;
import org.entente.dataset.DatasetDocument.ExitEntry;
import org.entente.dataset.DatasetDocument.ObligationEntry;
import org.entente.dataset.DatasetDocument.ClaimEntry;
import org.entente.dataset.DatasetDocument.ClauseEntry;
import org.entente.dataset.DatasetDocument.DecisionRuleEntry;
import org.entente.dataset.DatasetDocument.DisagreementEntry;
import org.entente.dataset.DatasetDocument.ForcePoolEntry;
import org.entente.dataset.DatasetDocument.InstrumentEntry;
import org.entente.dataset.DatasetDocument.MembershipEventEntry;
import org.entente.dataset.DatasetDocument.NativeNameEntry;
import org.entente.dataset.DatasetDocument.OrganizationEntry;
import org.entente.dataset.DatasetDocument.RequestDecisionEntry;
import org.entente.dataset.DatasetDocument.RequestEntry;
import org.entente.dataset.DatasetDocument.ResponseEntry;
import org.entente.dataset.DatasetDocument.SourceEntry;
import org.entente.dataset.DatasetDocument.VoteEntry;
import org.entente.dataset.DatasetDocument;
import org.entente.forces.Capability;
import org.entente.forces.CapacityGoal;
import org.entente.forces.ForcePool;
import org.entente.forces.PoolKind;
import org.entente.provenance.Citations.Citation;
import org.entente.provenance.Claim;
import org.entente.provenance.Disagreement;
import org.entente.provenance.ProvenanceContent;
import org.entente.provenance.Source;
import org.entente.register.AllianceCodings;
import org.entente.register.Clause;
import org.entente.register.ClauseKind;
import org.entente.register.Coded;
import org.entente.register.DecisionTerms;
import org.entente.register.Instrument;
import org.entente.register.InstrumentKind;
import org.entente.register.MembershipEvent;
import org.entente.register.MembershipEventType;
import org.entente.register.NativeName;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.RegisterContent;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import tools.jackson.databind.JsonNode;

/**
 * Converts between the dataset format and the register's, provenance's, recorded requests' and force
 * pools' records, both ways; input is validated before.
 */
final class DatasetMapping {

    private DatasetMapping() {
    }

    /** Each record of the document that cites sources, named as a disagreement's subject ({@code kind:id}), in the document's order. */
    static List<Citation> citations(DatasetDocument document) {
        var citations = new ArrayList<Citation>();
        citations.add(new Citation("organization:" + document.organization().code(), document.organization().sources()));
        document.instruments().forEach(entry -> citations.add(new Citation("instrument:" + entry.id(), instrumentSources(entry))));
        document.clauses().forEach(entry -> citations.add(new Citation("clause:" + entry.id(), entry.sources())));
        document.membershipEvents().forEach(entry -> citations.add(new Citation("membershipEvent:" + entry.id(), entry.sources())));
        document.requests().forEach(entry -> citations.add(new Citation("request:" + entry.id(), entry.sources())));
        document.forcePools().forEach(entry -> citations.add(new Citation("forcePool:" + entry.id(), entry.sources())));
        document.missions().forEach(mission -> citations.add(new Citation("mission:" + mission.path("id").asString(), cited(mission))));
        document.exercises().forEach(exercise -> citations.add(new Citation("exercise:" + exercise.path("id").asString(), cited(exercise))));
        return citations;
    }

    static RegisterContent register(DatasetDocument document) {
        OrganizationEntry org = document.organization();
        var organization = new Organization(OrganizationCode.of(org.code()), org.name(), org.abbreviation(),
                org.nativeNames().stream().map(name -> new NativeName(name.language(), name.name(), name.abbreviation())).toList(),
                org.headquarters(), Boolean.TRUE.equals(org.militaryAlliance()), org.sources(), org.translations());
        return new RegisterContent(organization,
                document.instruments().stream().map(DatasetMapping::instrument).toList(),
                document.clauses().stream().map(DatasetMapping::clause).toList(),
                document.membershipEvents().stream().map(DatasetMapping::event).toList());
    }

    static MembershipEvent event(MembershipEventEntry entry) {
        return new MembershipEvent(entry.id(), StateCode.of(entry.state()), MembershipEventType.fromCode(entry.type()),
                PartialDate.parse(entry.date()), entry.instrument(), entry.note(), entry.sources(), entry.translations());
    }

    /** An instrument's sources and its codings', each once: what the instrument's record cites. */
    private static List<String> instrumentSources(InstrumentEntry entry) {
        var sources = new java.util.LinkedHashSet<>(entry.sources());
        CodingsEntry codings = entry.codings();
        if (codings != null && codings.correlatesOfWar() != null) {
            sources.addAll(codings.correlatesOfWar().sources());
        }
        if (codings != null && codings.atop() != null) {
            sources.addAll(codings.atop().sources());
        }
        return List.copyOf(sources);
    }

    private static Instrument instrument(InstrumentEntry entry) {
        return new Instrument(entry.id(), Coded.fromCode(InstrumentKind.class, entry.kind()), entry.title(), date(entry.signed()),
                entry.signedPlace(), date(entry.entryIntoForce()), entry.initialTermYears(), entry.renewalRule(), entry.sources(),
                entry.codings() == null ? null : codings(entry.codings()), entry.translations());
    }

    static AllianceCodings codings(CodingsEntry entry) {
        CowCodingEntry cow = entry.correlatesOfWar();
        AtopCodingEntry atop = entry.atop();
        return new AllianceCodings(
                cow == null ? null : new AllianceCodings.CorrelatesOfWar(Coded.fromCode(AllianceCodings.CowType.class, cow.type()), date(cow.signed()),
                        cow.exits().stream().map(exit -> new AllianceCodings.MemberExit(StateCode.of(exit.state()), PartialDate.parse(exit.date()))).toList(),
                        cow.reference(), cow.caution(), cow.sources()),
                atop == null ? null : new AllianceCodings.Atop(atop.obligations().stream().map(DatasetMapping::obligation).toList(),
                        atop.caution(), atop.sources()));
    }

    static AllianceCodings.ObligationMapping obligation(ObligationEntry entry) {
        return new AllianceCodings.ObligationMapping(Coded.fromCode(AllianceCodings.AtopObligation.class, entry.obligation()),
                Coded.fromCode(AllianceCodings.Finding.class, entry.finding()), entry.clause(), entry.note());
    }

    private static CodingsEntry codingsEntry(AllianceCodings codings) {
        AllianceCodings.CorrelatesOfWar cow = codings.correlatesOfWar();
        AllianceCodings.Atop atop = codings.atop();
        return new CodingsEntry(
                cow == null ? null : new CowCodingEntry(cow.type().code(), text(cow.signed()),
                        cow.exits().stream().map(exit -> new ExitEntry(exit.state().value(), exit.date().toString())).toList(),
                        cow.reference(), cow.caution(), cow.sources()),
                atop == null ? null : new AtopCodingEntry(atop.obligations().stream()
                        .map(mapping -> new ObligationEntry(mapping.obligation().code(), mapping.finding().code(), mapping.clause(), mapping.note()))
                        .toList(), atop.caution(), atop.sources()));
    }

    static Clause clause(ClauseEntry entry) {
        return new Clause(entry.id(), entry.instrument(), entry.article(), entry.title(), entry.summary(),
                entry.kinds().stream().map(kind -> Coded.fromCode(ClauseKind.class, kind)).collect(Collectors.toSet()),
                PartialDate.parse(entry.inForceFrom()), date(entry.inForceUntil()), entry.sources(),
                entry.covers().stream().map(threat -> Coded.fromCode(ThreatCategory.class, threat)).collect(Collectors.toSet()),
                entry.decisionRule() == null ? null : decisionTerms(entry.decisionRule()), entry.translations());
    }

    private static DecisionTerms decisionTerms(DecisionRuleEntry entry) {
        return new DecisionTerms(Coded.fromCode(DecisionTerms.Kind.class, entry.kind()), entry.quorum(), entry.threshold(),
                entry.requesterVotes(), entry.body());
    }

    static List<RecordedRequest> requests(DatasetDocument document) {
        return document.requests().stream().map(DatasetMapping::request).toList();
    }

    private static RecordedRequest request(RequestEntry entry) {
        RequestDecisionEntry decision = entry.decision();
        return new RecordedRequest(entry.id(), StateCode.of(entry.state()), PartialDate.parse(entry.received()),
                Coded.fromCode(ThreatCategory.class, entry.threat()), entry.clause(), entry.description(), entry.addressedTo(),
                entry.responses().stream().map(response -> new RecordedRequest.Response(PartialDate.parse(response.date()), response.action())).toList(),
                decision == null ? null : new RecordedRequest.Decision(Coded.fromCode(DecisionKind.class, decision.kind()),
                        PartialDate.parse(decision.date()), decision.clause(), decision.body(), decision.summary(),
                        decision.votes().stream().collect(Collectors.toMap(vote -> StateCode.of(vote.state()),
                                vote -> Coded.fromCode(Vote.class, vote.vote())))),
                entry.note(), entry.sources(), entry.outsideFormalRecord());
    }

    private static RequestEntry requestEntry(RecordedRequest request) {
        RecordedRequest.Decision decision = request.decision();
        return new RequestEntry(request.id(), request.state().value(), request.received().toString(), request.threat().code(),
                request.clause(), request.description(), request.addressedTo(),
                request.responses().stream().map(response -> new ResponseEntry(response.date().toString(), response.action())).toList(),
                decision == null ? null : new RequestDecisionEntry(decision.kind().code(), decision.date().toString(), decision.clause(),
                        decision.body(), decision.summary(), votes(decision.votes())),
                request.note(), request.sources(), request.outsideFormalRecord());
    }

    /** The recorded votes by state code (the decision keeps them sorted). */
    private static List<VoteEntry> votes(Map<StateCode, Vote> votes) {
        return votes.entrySet().stream().map(vote -> new VoteEntry(vote.getKey().value(), vote.getValue().code())).toList();
    }

    static List<ForcePool> forcePools(DatasetDocument document) {
        return document.forcePools().stream().map(DatasetMapping::forcePool).toList();
    }

    static ForcePool forcePool(ForcePoolEntry entry) {
        return new ForcePool(entry.id(), entry.name(), Coded.fromCode(PoolKind.class, entry.kind()), PartialDate.parse(entry.established()),
                entry.personnelMin(), entry.personnelMax(), entry.personnelApprox(),
                entry.capacityGoals().stream().map(goal -> new CapacityGoal(Coded.fromCode(Capability.class, goal.capability()), goal.personnel(), goal.units())).toList(),
                entry.sources(), entry.translations());
    }

    private static ForcePoolEntry forcePoolEntry(ForcePool pool) {
        return new ForcePoolEntry(pool.id(), pool.name(), pool.kind().code(), pool.established().toString(), pool.personnelMin(), pool.personnelMax(),
                pool.personnelApprox(), pool.capacityGoals().stream()
                        .map(goal -> new CapacityGoalEntry(goal.capability().code(), goal.personnel(), goal.units())).toList(),
                pool.sources(), pool.translations());
    }

    static ProvenanceContent provenance(DatasetDocument document) {
        return new ProvenanceContent(
                document.sources().stream().map(source -> new Source(source.id(), source.publisher(), source.title(), source.url(),
                        source.language(), source.published(), source.excerpt())).toList(),
                document.disagreements().stream().map(DatasetMapping::disagreement).toList());
    }

    static Disagreement disagreement(DisagreementEntry entry) {
        return new Disagreement(entry.id(), entry.subject(), entry.attribute(), entry.question(), entry.reason(),
                entry.claims().stream().map(claim -> new Claim(claim.value(), claim.wording(), Boolean.TRUE.equals(claim.preferred()), claim.sources())).toList(),
                entry.translations());
    }

    static DatasetDocument document(RegisterContent register, ProvenanceContent provenance, List<RecordedRequest> requests,
                                    List<ForcePool> forcePools, List<JsonNode> missions, List<JsonNode> exercises) {
        Organization org = register.organization();
        var organization = new OrganizationEntry(org.code().value(), org.name(), org.abbreviation(),
                org.nativeNames().stream().map(name -> new NativeNameEntry(name.language(), name.name(), name.abbreviation())).toList(),
                org.headquarters(), org.militaryAlliance(), org.sources(), org.translations());
        List<SourceEntry> sources = provenance.sources().stream()
                .map(source -> new SourceEntry(source.id(), source.publisher(), source.title(), source.url(), source.language(),
                        source.published(), source.excerpt()))
                .toList();
        List<InstrumentEntry> instruments = register.instruments().stream()
                .map(instrument -> new InstrumentEntry(instrument.id(), instrument.kind().code(), instrument.title(), text(instrument.signed()),
                        instrument.signedPlace(), text(instrument.entryIntoForce()), instrument.initialTermYears(), instrument.renewalRule(),
                        instrument.sources(), instrument.codings() == null ? null : codingsEntry(instrument.codings()), instrument.translations()))
                .toList();
        List<ClauseEntry> clauses = register.clauses().stream()
                .map(clause -> new ClauseEntry(clause.id(), clause.instrument(), clause.article(), clause.title(), clause.summary(),
                        clause.kinds().stream().map(ClauseKind::code).sorted().toList(), text(clause.inForceFrom()),
                        text(clause.inForceUntil()), clause.sources(), clause.covers().stream().map(ThreatCategory::code).sorted().toList(),
                        clause.decisionRule() == null ? null : new DecisionRuleEntry(clause.decisionRule().kind().code(),
                                clause.decisionRule().quorum(), clause.decisionRule().threshold(), clause.decisionRule().requesterVotes(),
                                clause.decisionRule().body()), clause.translations()))
                .toList();
        List<MembershipEventEntry> events = register.events().stream()
                .map(event -> new MembershipEventEntry(event.id(), event.state().value(), event.type().code(), event.date().toString(),
                        event.instrument(), event.note(), event.sources(), event.translations()))
                .toList();
        List<DisagreementEntry> disagreements = provenance.disagreements().stream()
                .map(disagreement -> new DisagreementEntry(disagreement.id(), disagreement.subject(), disagreement.attribute(),
                        disagreement.question(), disagreement.reason(),
                        disagreement.claims().stream().map(claim -> new ClaimEntry(claim.value(), claim.wording(),
                                claim.preferred() ? Boolean.TRUE : null, claim.sources())).toList(), disagreement.translations()))
                .toList();
        return new DatasetDocument(DatasetDocument.FORMAT, DatasetDocument.VERSION, organization, sources, instruments, clauses, events, disagreements,
                requests.stream().map(DatasetMapping::requestEntry).toList(), forcePools.stream().map(DatasetMapping::forcePoolEntry).toList(), missions,
                exercises);
    }

    /** Every source that {@code node} or anything in it cites in its {@code sources}, once each, in the order first cited. */
    static List<String> cited(JsonNode node) {
        var cited = new java.util.LinkedHashSet<String>();
        sourcesIn(node, "", (path, source) -> cited.add(source));
        return List.copyOf(cited);
    }

    /** Calls {@code each} with the path and id of every source cited in a {@code sources} list anywhere in {@code node}. */
    static void sourcesIn(JsonNode node, String path, java.util.function.BiConsumer<String, String> each) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                String at = path + "." + field.getKey();
                if (field.getKey().equals("sources") && field.getValue().isArray()) {
                    for (int i = 0; i < field.getValue().size(); i++) {
                        each.accept(at + "[" + i + "]", field.getValue().get(i).asString());
                    }
                } else {
                    sourcesIn(field.getValue(), at, each);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                sourcesIn(node.get(i), path + "[" + i + "]", each);
            }
        }
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
