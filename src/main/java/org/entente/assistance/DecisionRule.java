package org.entente.assistance;

import org.entente.command.Wording;

import java.time.Instant;
import java.util.Objects;
import org.entente.register.DecisionTerms;

/**
 * How a council decides, as data on the organization's decision-rule clause rather than code: the
 * kind of rule, the quorum (the share of voters that must have voted), and whether the requesting
 * state votes. One engine serves the CSTO (consensus), a NATO-style council (consensus), or an
 * EU-style one (qualified majority, unanimity).
 *
 * <ul>
 *   <li>{@link Consensus}: adopted once the quorum has voted, if nobody present objects and someone is
 *       for it; an abstention does not block.</li>
 *   <li>{@link Unanimity}: adopted when every voter has voted for it.</li>
 *   <li>{@link SimpleMajority}: adopted once the quorum has voted, if more voted for than against.</li>
 *   <li>{@link QualifiedMajority}: adopted when the votes for reach the threshold share of all voters.</li>
 *   <li>{@link SilenceProcedure}: adopted at the deadline if nobody objected by then; an objection
 *       breaks the silence.</li>
 * </ul>
 */
public sealed interface DecisionRule {

    /** The share of voters that must have voted, in [0, 1]. */
    double quorum();

    /** Whether the requesting state's vote counts. */
    boolean requesterVotes();

    record Consensus(double quorum, boolean requesterVotes) implements DecisionRule {
        public Consensus {
            checkQuorum(quorum);
        }
    }

    record Unanimity(boolean requesterVotes) implements DecisionRule {
        @Override
        public double quorum() {
            return 1.0;
        }
    }

    record SimpleMajority(double quorum, boolean requesterVotes) implements DecisionRule {
        public SimpleMajority {
            checkQuorum(quorum);
        }
    }

    record QualifiedMajority(double threshold, double quorum, boolean requesterVotes) implements DecisionRule {
        public QualifiedMajority {
            checkQuorum(quorum);
            if (!(threshold > 0.5 && threshold <= 1.0)) {
                throw new IllegalArgumentException("a qualified majority is a share above one half and at most all, not " + threshold);
            }
        }
    }

    record SilenceProcedure(Instant deadline, boolean requesterVotes) implements DecisionRule {
        public SilenceProcedure {
            Objects.requireNonNull(deadline, "deadline");
        }

        @Override
        public double quorum() {
            return 0.0;
        }
    }

    /**
     * The rule a decision-rule clause states, for a session with {@code deadline} (which only a silence
     * procedure has, and must have).
     */
    static DecisionRule of(DecisionTerms terms, Instant deadline) {
        if ((terms.kind() == DecisionTerms.Kind.SILENCE_PROCEDURE) != (deadline != null)) {
            throw new IllegalArgumentException("a deadline belongs to a silence procedure, and a silence procedure needs one");
        }
        return switch (terms.kind()) {
            case CONSENSUS -> new Consensus(terms.quorum(), terms.requesterVotes());
            case UNANIMITY -> new Unanimity(terms.requesterVotes());
            case SIMPLE_MAJORITY -> new SimpleMajority(terms.quorum(), terms.requesterVotes());
            case QUALIFIED_MAJORITY -> new QualifiedMajority(terms.threshold(), terms.quorum(), terms.requesterVotes());
            case SILENCE_PROCEDURE -> new SilenceProcedure(deadline, terms.requesterVotes());
        };
    }

    /** How many of {@code voters} a share needs: the share times the voters, rounded up (0.56 of 25 is 14, not 15). */
    static long required(double share, int voters) {
        return (long) Math.ceil(share * voters - 1e-9);
    }

    private static void checkQuorum(double quorum) {
        if (!(quorum >= 0.0 && quorum <= 1.0)) {
            throw new IllegalArgumentException("a quorum is a share of the voters between 0 and 1, not " + quorum);
        }
    }

    /**
     * The outcome if the session closed at {@code now} with this ballot (only the silence procedure
     * looks at the time): pending while the quorum has not voted, or while a silence lasts.
     */
    default Outcome decide(Ballot ballot, Instant now) {
        Ballot counted = requesterVotes() ? ballot : ballot.withoutRequester();
        int voters = counted.voters();
        long forIt = counted.count(Vote.FOR);
        long against = counted.count(Vote.AGAINST);
        long present = counted.present();
        if (voters == 0) {
            return new Outcome.Rejected("no member in good standing may vote", why("no_voters"));
        }
        if (!(this instanceof SilenceProcedure) && present < required(quorum(), voters)) {
            return new Outcome.Pending(present + " of " + voters + " have voted; the quorum is " + required(quorum(), voters),
                    why("quorum_pending", present, voters, required(quorum(), voters)));
        }
        return switch (this) {
            case Consensus consensus -> against > 0
                    ? new Outcome.Rejected(against + " objected: consensus is not reached", why("consensus_objected", against))
                    : forIt == 0 ? new Outcome.Rejected("nobody is for it", why("nobody_for"))
                            : new Outcome.Adopted("by consensus: nobody present objected", why("consensus_adopted"));
            case Unanimity unanimity -> forIt == voters
                    ? new Outcome.Adopted("unanimously", why("unanimous"))
                    : new Outcome.Rejected("not unanimous: " + forIt + " of " + voters + " for it", why("not_unanimous", forIt, voters));
            case SimpleMajority majority -> forIt > against
                    ? new Outcome.Adopted("by simple majority, " + forIt + " to " + against, why("majority_adopted", forIt, against))
                    : new Outcome.Rejected("no simple majority, " + forIt + " to " + against, why("no_majority", forIt, against));
            case QualifiedMajority qualified -> forIt >= required(qualified.threshold(), voters)
                    ? new Outcome.Adopted("by qualified majority, " + forIt + " of " + voters, why("qualified_adopted", forIt, voters))
                    : new Outcome.Rejected("no qualified majority: " + forIt + " of the " + required(qualified.threshold(), voters) + " needed",
                            why("no_qualified_majority", forIt, required(qualified.threshold(), voters)));
            case SilenceProcedure silence -> against > 0
                    ? new Outcome.Rejected("the silence was broken by " + against + " objection(s)", why("silence_broken", against))
                    : now.isBefore(silence.deadline())
                            ? new Outcome.Pending("no objection so far; the silence ends at " + silence.deadline(), why("silence_lasts", silence.deadline()))
                            : new Outcome.Adopted("by silence procedure: nobody objected before " + silence.deadline(), why("silence_kept", silence.deadline()));
        };
    }

    private static Wording why(String kind, Object... values) {
        return Wording.of(kind, values);
    }
}
