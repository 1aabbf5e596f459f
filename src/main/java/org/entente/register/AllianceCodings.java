package org.entente.register;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the alliance datasets code an instrument, each with its sources: the Correlates of War Formal Alliances
 * ({@link CorrelatesOfWar}) and the Alliance Treaty Obligations and Provisions ({@link Atop}). Either may be
 * absent, not both. These are the datasets' readings, or ours of them where a caution says so; the register's own
 * record (clauses, membership events) is not derived from them.
 */
public record AllianceCodings(CorrelatesOfWar correlatesOfWar, Atop atop) {

    public AllianceCodings {
        if (correlatesOfWar == null && atop == null) {
            throw new IllegalArgumentException("an instrument's codings hold at least one dataset's coding");
        }
    }

    /** The Correlates of War alliance types, by the highest commitment: I defense pact, II neutrality or non-aggression, III entente. */
    public enum CowType implements Coded {
        DEFENSE_PACT("I"), NEUTRALITY_OR_NONAGGRESSION("II"), ENTENTE("III");

        private final String number;

        CowType(String number) {
            this.number = number;
        }

        /** The type's number in the dataset: I, II or III. */
        public String number() {
            return number;
        }
    }

    /**
     * The Correlates of War coding: the alliance's type, its signature and the members' exits as the dataset dates them
     * (where it says so), the treaty text it cites ({@code reference}), a caution where its entry is doubtful, and sources.
     */
    public record CorrelatesOfWar(CowType type, PartialDate signed, List<MemberExit> exits, String reference, String caution,
                                  List<String> sources) {
        public CorrelatesOfWar {
            Objects.requireNonNull(type, "type");
            exits = exits == null ? List.of() : List.copyOf(exits);
            sources = cited(sources);
        }
    }

    /** A member's exit from the alliance as the dataset dates it. */
    public record MemberExit(StateCode state, PartialDate date) {
        public MemberExit {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(date, "date");
        }
    }

    /** ATOP's five obligation types, in its codebook's order. */
    public enum AtopObligation implements Coded {
        DEFENSE, OFFENSE, NEUTRALITY, NONAGGRESSION, CONSULTATION
    }

    /** Whether the instrument carries an obligation: present (in a clause), absent, or not verified. */
    public enum Finding implements Coded {
        PRESENT, ABSENT, NOT_VERIFIED
    }

    /** One obligation: present in the clause it maps to, absent, or not verified; a note where the reading needs one. */
    public record ObligationMapping(AtopObligation obligation, Finding finding, String clause, String note) {
        public ObligationMapping {
            Objects.requireNonNull(obligation, "obligation");
            Objects.requireNonNull(finding, "finding");
            if ((finding == Finding.PRESENT) != (clause != null)) {
                throw new IllegalArgumentException("the " + obligation.code() + " obligation: a present obligation names the clause it maps to, "
                        + "an absent or unverified one no clause");
            }
        }
    }

    /** The ATOP coding: each of the five obligations once (kept in the codebook's order), a caution, and sources. */
    public record Atop(List<ObligationMapping> obligations, String caution, List<String> sources) {
        public Atop {
            obligations = obligations.stream().sorted(Comparator.comparing(ObligationMapping::obligation)).toList();
            List<AtopObligation> given = obligations.stream().map(ObligationMapping::obligation).toList();
            List<AtopObligation> missing = Stream.of(AtopObligation.values()).filter(obligation -> !given.contains(obligation)).toList();
            List<AtopObligation> repeated = given.stream().filter(obligation -> given.indexOf(obligation) != given.lastIndexOf(obligation))
                    .distinct().toList();
            if (!missing.isEmpty() || !repeated.isEmpty()) {
                throw new IllegalArgumentException("an ATOP coding maps each of its five obligations once:"
                        + (missing.isEmpty() ? "" : " missing " + codes(missing)) + (repeated.isEmpty() ? "" : " repeated " + codes(repeated)));
            }
            sources = cited(sources);
        }

        public ObligationMapping mapping(AtopObligation obligation) {
            return obligations.get(obligation.ordinal());
        }
    }

    private static List<String> cited(List<String> sources) {
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("a coding cites at least one source");
        }
        return List.copyOf(sources);
    }

    private static String codes(List<AtopObligation> obligations) {
        return obligations.stream().map(Coded::code).collect(Collectors.joining(", "));
    }
}
