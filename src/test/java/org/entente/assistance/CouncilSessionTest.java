package org.entente.assistance;

import org.entente.command.Result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.entente.register.DecisionTerms;
import org.entente.register.StateCode;
import org.junit.jupiter.api.Test;

/** A council session: who may vote, changing a vote, and what closing it decides under each rule. */
class CouncilSessionTest {

    private static final Instant OPENS = Instant.parse("2022-01-05T20:00:00Z");
    private static final StateCode KAZ = StateCode.of("KAZ");
    private static final List<StateCode> VOTERS = List.of(StateCode.of("ARM"), StateCode.of("BLR"), KAZ, StateCode.of("KGZ"),
            StateCode.of("RUS"), StateCode.of("TJK"));
    private static final DecisionTerms CONSENSUS = new DecisionTerms(DecisionTerms.Kind.CONSENSUS, 1.0, null, true, "Council");

    private static CouncilSession session(DecisionTerms terms, Instant deadline) {
        return CouncilSession.convene(OPENS, deadline, DecisionKind.DEPLOY_FORCES, terms, "RULE", KAZ, VOTERS);
    }

    private static <T> T done(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Done.class);
        return ((Result.Done<T>) result).value();
    }

    private static CouncilSession.CastVote cast(Vote vote, int minute) {
        return new CouncilSession.CastVote(vote, null, "rep", OPENS.plusSeconds(60L * minute));
    }

    private static CouncilSession everyone(CouncilSession session, Vote vote) {
        for (StateCode voter : VOTERS) {
            session = done(session.vote(voter, cast(vote, 1)));
        }
        return session;
    }

    @Test
    void rejectsAVoteFromAStateThatIsNotAVoter() {
        var refused = session(CONSENSUS, null).vote(StateCode.of("UZB"), cast(Vote.FOR, 1));

        assertThat(refused).isInstanceOf(Result.Refused.class);
        assertThat(((Result.Refused<CouncilSession>) refused).reason()).contains("UZB is not a voter");
    }

    @Test
    void rejectsAVoteBeforeTheSessionOpens() {
        assertThat(session(CONSENSUS, null).vote(KAZ, cast(Vote.FOR, -5))).isInstanceOf(Result.Refused.class);
    }

    @Test
    void theRequesterDoesNotVoteWhereTheRuleSaysSo() {
        var session = session(new DecisionTerms(DecisionTerms.Kind.CONSENSUS, 1.0, null, false, null), null);

        assertThat(session.vote(KAZ, cast(Vote.FOR, 1))).isInstanceOf(Result.Refused.class);
        assertThat(session.notYetVoted()).doesNotContain(KAZ).hasSize(5);
    }

    @Test
    void aVoteChangesUntilTheSessionClosesAndNotAfter() {
        CouncilSession session = everyone(session(CONSENSUS, null), Vote.FOR);
        session = done(session.vote(StateCode.of("ARM"), cast(Vote.AGAINST, 2)));
        assertThat(session.outcome(OPENS.plusSeconds(300))).isInstanceOf(Outcome.Rejected.class);
        session = done(session.vote(StateCode.of("ARM"), cast(Vote.ABSTAIN, 3)));

        CouncilSession.Closing closing = done(session.close(OPENS.plusSeconds(600)));

        assertThat(closing.decision()).as("an abstention does not block a consensus").isEqualTo(DecisionKind.DEPLOY_FORCES);
        assertThat(closing.session().vote(KAZ, cast(Vote.AGAINST, 11))).isInstanceOf(Result.Refused.class);
        assertThat(closing.session().close(OPENS.plusSeconds(900))).isInstanceOf(Result.Refused.class);
    }

    @Test
    void closingWithoutTheQuorumDefersAndAnObjectionRejects() {
        CouncilSession partial = done(session(CONSENSUS, null).vote(KAZ, cast(Vote.FOR, 1)));
        assertThat(done(partial.close(OPENS.plusSeconds(600))).decision()).isEqualTo(DecisionKind.DEFERRED);

        CouncilSession objected = done(everyone(session(CONSENSUS, null), Vote.FOR).vote(StateCode.of("RUS"), cast(Vote.AGAINST, 2)));
        assertThat(done(objected.close(OPENS.plusSeconds(600))).decision()).isEqualTo(DecisionKind.REJECTED);
    }

    @Test
    void aSilenceProcedureClosesAtItsDeadlineUnlessTheSilenceIsBroken() {
        Instant deadline = OPENS.plusSeconds(3600);
        var silence = session(new DecisionTerms(DecisionTerms.Kind.SILENCE_PROCEDURE, 0.0, null, true, null), deadline);

        assertThat(silence.close(deadline.minusSeconds(1))).isInstanceOf(Result.Refused.class);
        assertThat(done(silence.close(deadline)).decision()).isEqualTo(DecisionKind.DEPLOY_FORCES);
        CouncilSession broken = done(silence.vote(StateCode.of("BLR"), cast(Vote.AGAINST, 5)));
        assertThat(done(broken.close(OPENS.plusSeconds(600))).decision()).isEqualTo(DecisionKind.REJECTED);
    }

    @Test
    void aSilenceProcedureNeedsADeadlineAndOnlyItHasOne() {
        assertThatThrownBy(() -> session(new DecisionTerms(DecisionTerms.Kind.SILENCE_PROCEDURE, 0.0, null, true, null), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session(CONSENSUS, OPENS.plusSeconds(60))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameEngineDecidesAnEuStyleQualifiedMajority() {
        var qualified = session(new DecisionTerms(DecisionTerms.Kind.QUALIFIED_MAJORITY, 0.0, 0.55, true, null), null);
        CouncilSession votes = done(done(done(done(qualified.vote(KAZ, cast(Vote.FOR, 1))).vote(StateCode.of("RUS"), cast(Vote.FOR, 1)))
                .vote(StateCode.of("BLR"), cast(Vote.FOR, 1))).vote(StateCode.of("ARM"), cast(Vote.AGAINST, 1)));

        assertThat(done(votes.close(OPENS.plusSeconds(600))).decision()).as("3 of 6 is under 55%").isEqualTo(DecisionKind.REJECTED);
        CouncilSession fourth = done(votes.vote(StateCode.of("TJK"), cast(Vote.FOR, 2)));
        assertThat(done(fourth.close(OPENS.plusSeconds(600))).decision()).as("4 of 6 reaches 55%").isEqualTo(DecisionKind.DEPLOY_FORCES);
    }
}
