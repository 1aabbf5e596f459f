package org.entente.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A dataset document as the format defines it (see docs/dataset-format.md): one organization with
 * its sources, instruments, clauses, membership events, disagreements, historical requests for
 * assistance, force pools, missions (each mission in the form {@link org.entente.mission.MissionFormat} reads) and exercises
 * (each in the form {@link org.entente.mission.RecordedExerciseFormat} reads).
 * Dates are ISO text whose form is their precision. Fields added to version 1 later ({@code requests},
 * {@code forcePools}, {@code missions}, {@code exercises}, a clause's {@code covers}, an instrument's {@code codings}, a request's
 * {@code outsideFormalRecord}) are left out of a
 * document when empty, so that a record without them exports as it did before.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetDocument(String format, int version, OrganizationEntry organization, List<SourceEntry> sources,
                              List<InstrumentEntry> instruments, List<ClauseEntry> clauses,
                              List<MembershipEventEntry> membershipEvents, List<DisagreementEntry> disagreements,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RequestEntry> requests,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ForcePoolEntry> forcePools,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonNode> missions,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonNode> exercises) {

    public static final String FORMAT = "entente-dataset";
    public static final int VERSION = 1;

    public DatasetDocument {
        sources = listOrEmpty(sources);
        instruments = listOrEmpty(instruments);
        clauses = listOrEmpty(clauses);
        membershipEvents = listOrEmpty(membershipEvents);
        disagreements = listOrEmpty(disagreements);
        requests = listOrEmpty(requests);
        forcePools = listOrEmpty(forcePools);
        missions = listOrEmpty(missions);
        exercises = listOrEmpty(exercises);
    }

    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A record's translations (by language, by field), empty where the document gives none. */
    static Map<String, Map<String, String>> mapOrEmpty(Map<String, Map<String, String>> translations) {
        return translations == null ? Map.of() : translations;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganizationEntry(String code, String name, String abbreviation, List<NativeNameEntry> nativeNames,
                                    String headquarters, Boolean militaryAlliance, List<String> sources,
                                    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, String>> translations) {
        public OrganizationEntry {
            nativeNames = listOrEmpty(nativeNames);
            sources = listOrEmpty(sources);
            translations = mapOrEmpty(translations);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NativeNameEntry(String language, String name, String abbreviation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceEntry(String id, String publisher, String title, String url, String language, String published, String excerpt) {
    }

    /** An instrument; {@code codings}, how the alliance datasets code it, where the document records them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstrumentEntry(String id, String kind, String title, String signed, String signedPlace, String entryIntoForce,
                                  Integer initialTermYears, String renewalRule, List<String> sources, CodingsEntry codings,
                                  @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, String>> translations) {
        public InstrumentEntry {
            sources = listOrEmpty(sources);
            translations = mapOrEmpty(translations);
        }
    }

    /** An instrument's codings in the alliance datasets: Correlates of War and ATOP, either or both. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CodingsEntry(CowCodingEntry correlatesOfWar, AtopCodingEntry atop) {
    }

    /** The Correlates of War coding: type, the dataset's own dates where it gives them, its treaty reference, a caution, sources. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CowCodingEntry(String type, String signed, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExitEntry> exits,
                                 String reference, String caution, List<String> sources) {
        public CowCodingEntry {
            exits = listOrEmpty(exits);
            sources = listOrEmpty(sources);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExitEntry(String state, String date) {
    }

    /** The ATOP coding: each of the five obligations mapped to a clause of the instrument, absent, or not verified. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AtopCodingEntry(List<ObligationEntry> obligations, String caution, List<String> sources) {
        public AtopCodingEntry {
            obligations = listOrEmpty(obligations);
            sources = listOrEmpty(sources);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObligationEntry(String obligation, String finding, String clause, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClauseEntry(String id, String instrument, String article, String title, String summary, List<String> kinds,
                              String inForceFrom, String inForceUntil, List<String> sources,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> covers, DecisionRuleEntry decisionRule,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, String>> translations) {
        public ClauseEntry {
            translations = mapOrEmpty(translations);
            kinds = listOrEmpty(kinds);
            sources = listOrEmpty(sources);
            covers = listOrEmpty(covers);
        }
    }

    /** How a council decides, on a decision-rule clause: {@code threshold} only for a qualified majority. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionRuleEntry(String kind, Double quorum, Double threshold, Boolean requesterVotes, String body) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MembershipEventEntry(String id, String state, String type, String date, String instrument, String note, List<String> sources,
                                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, String>> translations) {
        public MembershipEventEntry {
            translations = mapOrEmpty(translations);
            sources = listOrEmpty(sources);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DisagreementEntry(String id, String subject, String attribute, String question, String reason, List<ClaimEntry> claims,
                                    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, String>> translations) {
        public DisagreementEntry {
            translations = mapOrEmpty(translations);
            claims = listOrEmpty(claims);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClaimEntry(String value, String wording, Boolean preferred, List<String> sources) {
        public ClaimEntry {
            sources = listOrEmpty(sources);
        }
    }

    /**
     * A request for assistance as history recorded it; votes history did not record are left out. A request outside
     * the organization's formal record says why in {@code outsideFormalRecord} (absent for a formal one).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestEntry(String id, String state, String received, String threat, String clause, String description,
                               String addressedTo, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ResponseEntry> responses,
                               RequestDecisionEntry decision, String note, List<String> sources, String outsideFormalRecord) {
        public RequestEntry {
            responses = listOrEmpty(responses);
            sources = listOrEmpty(sources);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResponseEntry(String date, String action) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestDecisionEntry(String kind, String date, String clause, String body, String summary,
                                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VoteEntry> votes) {
        public RequestDecisionEntry {
            votes = listOrEmpty(votes);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoteEntry(String state, String vote) {
    }

    /**
     * A standing force: its strength as a range and/or an approximate figure where the sources give them,
     * and its capacity goals where a source states them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ForcePoolEntry(String id, String name, String kind, String established, Integer personnelMin, Integer personnelMax,
                                 Integer personnelApprox, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CapacityGoalEntry> capacityGoals,
                                 List<String> sources, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, String>> translations) {
        public ForcePoolEntry {
            translations = mapOrEmpty(translations);
            capacityGoals = listOrEmpty(capacityGoals);
            sources = listOrEmpty(sources);
        }
    }

    /** What a pool should field of one capability (the forces' capability codes: inf, arm, ...). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CapacityGoalEntry(String capability, Integer personnel, Integer units) {
    }
}
