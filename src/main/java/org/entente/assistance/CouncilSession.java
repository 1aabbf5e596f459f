package org.entente.assistance;

import org.entente.command.Result;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.register.DecisionTerms;
import org.entente.register.StateCode;

/**
 * A council session on a request: when it opens, the motion before it (deploy forces, or non-military
 * assistance), the decision rule of the organization's decision-rule clause with the session's deadline
 * where the rule is a silence procedure, the voters (the members in good standing on the session's date,
 * fixed when it is convened), the votes cast so far, and when it closed.
 */
public record CouncilSession(Instant opensAt, Instant deadline, DecisionKind motion, DecisionTerms terms, String ruleClauseId,
                             StateCode requester, List<StateCode> voters, Map<StateCode, CastVote> votes, Instant closedAt,
                             String outcomeReason) {

    public CouncilSession {
        Objects.requireNonNull(opensAt, "opens at");
        Objects.requireNonNull(motion, "motion");
        Objects.requireNonNull(terms, "decision rule");
        Objects.requireNonNull(ruleClauseId, "the decision-rule clause");
        Objects.requireNonNull(requester, "requester");
        if (motion != DecisionKind.DEPLOY_FORCES && motion != DecisionKind.NON_MILITARY_ASSISTANCE) {
            throw new IllegalArgumentException("a motion is to deploy forces or to give non-military assistance, not " + motion.code());
        }
        DecisionRule.of(terms, deadline);
        voters = voters.stream().sorted().distinct().toList();
        votes = new TreeMap<>(votes);
        if (!voters.containsAll(votes.keySet())) {
            throw new IllegalArgumentException("only voters vote");
        }
    }

    /** A vote as cast: what, with an optional statement, by whom and when. */
    public record CastVote(Vote vote, String statement, String by, Instant at) {
        public CastVote {
            Objects.requireNonNull(vote, "vote");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            if (!vote.cast()) {
                throw new IllegalArgumentException("a cast vote is for, against or abstain");
            }
        }
    }

    /** A new session, before any vote. */
    public static CouncilSession convene(Instant opensAt, Instant deadline, DecisionKind motion, DecisionTerms terms, String ruleClauseId,
                                         StateCode requester, List<StateCode> voters) {
        return new CouncilSession(opensAt, deadline, motion, terms, ruleClauseId, requester, voters, Map.of(), null, null);
    }

    public DecisionRule rule() {
        return DecisionRule.of(terms, deadline);
    }

    public boolean closed() {
        return closedAt != null;
    }

    public Ballot ballot() {
        Map<StateCode, Vote> ballot = voters.stream().collect(Collectors.toMap(Function.identity(),
                voter -> votes.containsKey(voter) ? votes.get(voter).vote() : Vote.NONE));
        return new Ballot(ballot, requester);
    }

    /** The outcome if the session closed at {@code now}. */
    public Outcome outcome(Instant now) {
        return rule().decide(ballot(), now);
    }

    /** The voters who have not voted yet, the requester left out where its vote does not count. */
    public List<StateCode> notYetVoted() {
        return voters.stream().filter(voter -> !votes.containsKey(voter) && (terms.requesterVotes() || !voter.equals(requester))).toList();
    }

    /** The session with {@code state}'s vote cast or changed, or why it cannot be. */
    public Result<CouncilSession> vote(StateCode state, CastVote vote) {
        if (closed()) {
            return new Result.Refused<>("the session closed at " + closedAt + "; votes can no longer change");
        }
        if (vote.at().isBefore(opensAt)) {
            return new Result.Refused<>("the session opens at " + opensAt);
        }
        if (!voters.contains(state)) {
            return new Result.Refused<>(state + " is not a voter in this session: the voters are the members in good standing on its date, " + voters);
        }
        if (state.equals(requester) && !terms.requesterVotes()) {
            return new Result.Refused<>(state + " requested the assistance and, under this rule, does not vote");
        }
        var changed = new TreeMap<>(votes);
        changed.put(state, vote);
        return new Result.Done<>(new CouncilSession(opensAt, deadline, motion, terms, ruleClauseId, requester, voters, changed, null, null));
    }

    /**
     * The session closed at {@code at}, with the decision it makes: the motion if adopted, a rejection if
     * rejected, a deferral if the quorum did not take part; a silence procedure cannot close before its
     * deadline unless its silence was broken.
     */
    public Result<Closing> close(Instant at) {
        if (closed()) {
            return new Result.Refused<>("the session already closed at " + closedAt);
        }
        if (at.isBefore(opensAt)) {
            return new Result.Refused<>("the session opens at " + opensAt + "; it cannot close before");
        }
        Outcome outcome = outcome(at);
        if (deadline != null && at.isBefore(deadline) && outcome instanceof Outcome.Pending) {
            return new Result.Refused<>("the silence procedure runs until " + deadline);
        }
        DecisionKind decision = switch (outcome) {
            case Outcome.Adopted adopted -> motion;
            case Outcome.Rejected rejected -> DecisionKind.REJECTED;
            case Outcome.Pending pending -> DecisionKind.DEFERRED;
        };
        var closedSession = new CouncilSession(opensAt, deadline, motion, terms, ruleClauseId, requester, voters, votes, at, outcome.reason());
        return new Result.Done<>(new Closing(closedSession, decision, outcome));
    }

    /** A closed session, the decision it makes and the rule's outcome. */
    public record Closing(CouncilSession session, DecisionKind decision, Outcome outcome) {
    }
}
