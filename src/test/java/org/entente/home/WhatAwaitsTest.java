package org.entente.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.assistance.CouncilSession;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.RequestState;
import org.entente.assistance.Vote;
import org.entente.command.Result;
import org.entente.register.DecisionTerms;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.junit.jupiter.api.Test;

/** The rules of what a request awaits, read at an instant: the session's opening, its votes and a silence's deadline. */
class WhatAwaitsTest {

    private static final Instant RECEIVED = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant OPENS = Instant.parse("2026-01-05T20:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-01-06T20:00:00Z");
    private static final StateCode KAZ = StateCode.of("KAZ");
    private static final StateCode RUS = StateCode.of("RUS");
    private static final DecisionTerms SILENCE = new DecisionTerms(DecisionTerms.Kind.SILENCE_PROCEDURE, 0.0, null, true, "Council");
    private static final Actor SECRETARIAT = person(RoleGrant.of(Role.SECRETARIAT, "CSTO"));
    private static final Actor RUSSIAS_REPRESENTATIVE = person(RoleGrant.of(Role.COUNCIL_REPRESENTATIVE, "CSTO", "RUS"));

    private static Actor person(RoleGrant grant) {
        return new Actor.Person("someone", List.of(grant));
    }

    private static FiledRequest underSilence(CouncilSession session) {
        return new FiledRequest("KAZ-2026-1", OrganizationCode.of("CSTO"), KAZ, RECEIVED, ThreatCategory.INTERNAL_UNREST, "CST-ART4", "Unrest",
                List.of(), "liaison", false, false, List.of(new RequestState.Filed(new RequestState.Step("liaison", RECEIVED)),
                new RequestState.UnderConsultation(new RequestState.Step("secretariat", RECEIVED.plusSeconds(60)))), session);
    }

    private static CouncilSession silence() {
        return CouncilSession.convene(OPENS, DEADLINE, DecisionKind.DEPLOY_FORCES, SILENCE, "RULE", KAZ, List.of(KAZ, RUS));
    }

    private static List<Awaiting.Kind> kinds(FiledRequest request, Actor actor, Instant now) {
        return WhatAwaits.onRequest(request, actor, now).stream().map(Awaiting::kind).toList();
    }

    @Test
    void aVoteAwaitsOnlyOnceTheSessionHasOpened() {
        FiledRequest request = underSilence(silence());

        assertThat(kinds(request, RUSSIAS_REPRESENTATIVE, OPENS.minusSeconds(1))).isEmpty();
        assertThat(WhatAwaits.onRequest(request, RUSSIAS_REPRESENTATIVE, OPENS)).singleElement().satisfies(vote -> {
            assertThat(vote.kind()).isEqualTo(Awaiting.Kind.VOTE);
            assertThat(vote.state()).isEqualTo("RUS");
            assertThat(vote.path()).isEqualTo("/organizations/CSTO/requests/KAZ-2026-1#vote-form-RUS");
            assertThat(vote.since()).isEqualTo(OPENS);
        });
    }

    @Test
    void aSilenceAwaitsClosingOnceItsDeadlineHasPassedAndWaitsSinceTheDeadline() {
        FiledRequest request = underSilence(silence());

        assertThat(kinds(request, SECRETARIAT, DEADLINE.minusSeconds(1))).as("the silence still runs").isEmpty();
        assertThat(WhatAwaits.onRequest(request, SECRETARIAT, DEADLINE.plusSeconds(3600))).singleElement().satisfies(close -> {
            assertThat(close.kind()).isEqualTo(Awaiting.Kind.SESSION_TO_CLOSE);
            assertThat(close.since()).isEqualTo(DEADLINE);
        });
    }

    @Test
    void anObjectionBreakingASilenceAwaitsClosingAtOnce() {
        Instant objected = OPENS.plusSeconds(600);
        CouncilSession broken = ((Result.Done<CouncilSession>) silence().vote(RUS, new CouncilSession.CastVote(Vote.AGAINST, null, "rep", objected))).value();

        assertThat(WhatAwaits.onRequest(underSilence(broken), SECRETARIAT, objected.plusSeconds(60))).singleElement().satisfies(close -> {
            assertThat(close.kind()).isEqualTo(Awaiting.Kind.SESSION_TO_CLOSE);
            assertThat(close.since()).isEqualTo(objected);
        });
        assertThat(kinds(underSilence(broken), RUSSIAS_REPRESENTATIVE, objected.plusSeconds(60))).as("Russia has voted").isEmpty();
    }
}
