package org.entente.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.forces.PoolFixtures.FINLAND;
import static org.entente.forces.PoolFixtures.LATVIA;
import static org.entente.forces.PoolFixtures.PACT;
import static org.entente.forces.PoolFixtures.TODAY;
import static org.entente.forces.PoolFixtures.liaison;
import static org.entente.forces.PoolFixtures.membership;
import static org.entente.forces.PoolFixtures.observer;
import static org.entente.forces.PoolFixtures.pledge;
import static org.entente.forces.PoolFixtures.rapidReaction;
import static org.entente.forces.PoolFixtures.secretariat;
import static org.entente.forces.PoolFixtures.terms;

import java.util.List;
import org.entente.access.Actor;
import org.entente.command.Verdict;
import org.entente.forces.Capability;
import org.entente.register.StateCode;
import org.junit.jupiter.api.Test;

class PledgePoliciesTest {

    private static final List<ForcePool> POOLS = List.of(rapidReaction());

    private static List<String> refused(List<Verdict> verdicts) {
        return PledgePolicies.refusals(verdicts).stream().map(Verdict.Refused::policy).toList();
    }

    @Test
    void aLiaisonPledgesForTheirOwnStateWhenEveryPolicyAllowsIt() {
        var verdicts = PledgePolicies.forCreation(liaison(FINLAND), PACT, FINLAND, terms(Capability.INF, 400, TODAY.plusYears(1)), POOLS,
                membership(), TODAY);

        assertThat(verdicts).allMatch(Verdict.Allowed.class::isInstance);
        assertThat(verdicts).extracting(Verdict::policy).containsExactly(PledgePolicies.OWN_STATE, PledgePolicies.DESIGNATION_NOT_RESERVED, PledgePolicies.POOL_EXISTS,
                PledgePolicies.STATE_IN_GOOD_STANDING, PledgePolicies.PERSONNEL_WITHIN_BOUNDS, PledgePolicies.NOTICE_WITHIN_BOUNDS,
                PledgePolicies.WITHIN_NATIONAL_CAP,
                PledgePolicies.EXPIRY_IN_THE_FUTURE);
    }

    @Test
    void refusesALiaisonPledgingForAnotherStateButNotTheSecretariat() {
        var terms = terms(Capability.INF, 400, TODAY.plusYears(1));

        assertThat(refused(PledgePolicies.forCreation(liaison(LATVIA), PACT, FINLAND, terms, POOLS, membership(), TODAY)))
                .containsExactly(PledgePolicies.OWN_STATE);
        assertThat(refused(PledgePolicies.forCreation(secretariat(), PACT, FINLAND, terms, POOLS, membership(), TODAY))).isEmpty();
        assertThat(refused(PledgePolicies.forCreation(observer(), PACT, FINLAND, terms, POOLS, membership(), TODAY)))
                .containsExactly(PledgePolicies.OWN_STATE);
    }

    @Test
    void refusesAStateWhoseParticipationIsFrozenOrThatLeft() {
        assertThat(PledgePolicies.stateInGoodStanding(membership(), LATVIA, TODAY)).isInstanceOf(Verdict.Refused.class);
        assertThat(((Verdict.Refused) PledgePolicies.stateInGoodStanding(membership(), StateCode.of("EST"), TODAY)).reason()).contains("not a member");
        assertThat(PledgePolicies.stateInGoodStanding(membership(), StateCode.of("NOR"), TODAY)).isInstanceOf(Verdict.Refused.class);
        assertThat(PledgePolicies.stateInGoodStanding(membership(), FINLAND, TODAY)).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void refusesTermsWithEveryReasonAtOnce() {
        var bad = new PledgeTerms("NLP-NONE", "Empty unit", Capability.MED, 0, List.of(), 24, terms(Capability.MED, 1, TODAY).homeBase(),
                terms(Capability.MED, 1, TODAY).transport(), Caveats.NONE, TODAY);

        assertThat(refused(PledgePolicies.forCreation(secretariat(), PACT, LATVIA, bad, POOLS, membership(), TODAY)))
                .containsExactly(PledgePolicies.POOL_EXISTS, PledgePolicies.STATE_IN_GOOD_STANDING, PledgePolicies.PERSONNEL_WITHIN_BOUNDS,
                        PledgePolicies.EXPIRY_IN_THE_FUTURE);
    }

    @Test
    void refusesPersonnelAndANoticeToMoveOutsideTheirBoundsAndAllowsTheEdges() {
        assertThat(PledgePolicies.personnelWithinBounds(1)).isInstanceOf(Verdict.Allowed.class);
        assertThat(PledgePolicies.personnelWithinBounds(PledgeTerms.MAX_PERSONNEL)).isInstanceOf(Verdict.Allowed.class);
        assertThat(PledgePolicies.personnelWithinBounds(PledgeTerms.MAX_PERSONNEL + 1)).isInstanceOf(Verdict.Refused.class);
        assertThat(PledgePolicies.personnelWithinBounds(0)).isInstanceOf(Verdict.Refused.class);
        assertThat(PledgePolicies.noticeWithinBounds(0)).isInstanceOf(Verdict.Allowed.class);
        assertThat(PledgePolicies.noticeWithinBounds(PledgeTerms.MAX_NOTICE_TO_MOVE_HOURS)).isInstanceOf(Verdict.Allowed.class);
        assertThat(PledgePolicies.noticeWithinBounds(PledgeTerms.MAX_NOTICE_TO_MOVE_HOURS + 1)).isInstanceOf(Verdict.Refused.class);
        assertThat(((Verdict.Refused) PledgePolicies.noticeWithinBounds(Integer.MAX_VALUE)).reason()).contains("720").contains("2147483647");
        assertThat(PledgePolicies.noticeWithinBounds(-1)).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void refusesAUnitLargerThanItsNationalCap() {
        var base = terms(Capability.INF, 400, TODAY.plusYears(1));
        var capped = new PledgeTerms(base.poolId(), base.designation(), base.capability(), 400, base.equipment(), base.noticeToMoveHours(),
                base.homeBase(), base.transport(), new Caveats(true, 300), base.expiresOn());

        assertThat(((Verdict.Refused) PledgePolicies.withinNationalCap(capped)).reason()).contains("400").contains("300");
    }

    @Test
    void onlyTheSecretariatVerifiesOneRungUpAPledgeThatStillStands() {
        Pledge pledged = pledge(1, terms(Capability.INF, 400, TODAY.plusYears(1)), Readiness.PLEDGED);

        assertThat(refused(PledgePolicies.forVerification(secretariat(), pledged, Readiness.VERIFIED, TODAY))).isEmpty();
        assertThat(refused(PledgePolicies.forVerification(liaison(FINLAND), pledged, Readiness.VERIFIED, TODAY)))
                .containsExactly(PledgePolicies.SECRETARIAT_VERIFIES);
        assertThat(refused(PledgePolicies.forVerification(secretariat(), pledged, Readiness.RAPID_DEPLOYMENT, TODAY)))
                .containsExactly(PledgePolicies.ONE_RUNG_UP);
        assertThat(refused(PledgePolicies.forVerification(secretariat(), pledged, Readiness.VERIFIED, TODAY.plusYears(2))))
                .containsExactly(PledgePolicies.EXPIRY_IN_THE_FUTURE);
    }

    @Test
    void aLiaisonEditsAndWithdrawsOnlyTheirOwnStatesPledgeAndAWithdrawnOneNoLongerChanges() {
        Pledge pledge = pledge(1, terms(Capability.INF, 400, TODAY.plusYears(1)), Readiness.VERIFIED);
        var terms = terms(Capability.INF, 450, TODAY.plusYears(1));

        assertThat(refused(PledgePolicies.forEdit(liaison(FINLAND), pledge, terms, POOLS, membership(), TODAY))).isEmpty();
        assertThat(refused(PledgePolicies.forEdit(liaison(LATVIA), pledge, terms, POOLS, membership(), TODAY))).containsExactly(PledgePolicies.OWN_STATE);
        assertThat(refused(PledgePolicies.forWithdrawal(liaison(LATVIA), pledge))).containsExactly(PledgePolicies.OWN_STATE);
        Pledge withdrawn = pledge.withdraw("liaison-fin", pledge.history().getLast().at().plusSeconds(1));
        assertThat(refused(PledgePolicies.forWithdrawal(liaison(FINLAND), withdrawn))).containsExactly(PledgePolicies.NOT_WITHDRAWN);
        assertThat(refused(PledgePolicies.forEdit(liaison(FINLAND), withdrawn, terms, POOLS, membership(), TODAY)))
                .containsExactly(PledgePolicies.NOT_WITHDRAWN);
        assertThat(refused(PledgePolicies.forVerification(secretariat(), withdrawn, Readiness.RAPID_DEPLOYMENT, TODAY)))
                .containsExactly(PledgePolicies.NOT_WITHDRAWN);
    }

    @Test
    void theIllustrativePrefixIsTheSystemsAloneAndAnIllustrativeUnitStaysMarked() {
        PledgeTerms sourced = terms(Capability.INF, 400, TODAY.plusYears(1));
        PledgeTerms illustrative = named(sourced, "Illustrative: Finnish jaeger battalion");
        PledgeTerms lowerCase = named(sourced, "  illustrative: Finnish jaeger battalion");

        assertThat(refused(PledgePolicies.forCreation(liaison(FINLAND), PACT, FINLAND, illustrative, POOLS, membership(), TODAY)))
                .containsExactly(PledgePolicies.DESIGNATION_NOT_RESERVED);
        assertThat(refused(PledgePolicies.forCreation(secretariat(), PACT, FINLAND, lowerCase, POOLS, membership(), TODAY)))
                .containsExactly(PledgePolicies.DESIGNATION_NOT_RESERVED);
        assertThat(refused(PledgePolicies.forCreation(Actor.SYSTEM, PACT, FINLAND, illustrative, POOLS, membership(), TODAY))).isEmpty();

        Pledge demo = pledge(1, illustrative, Readiness.PLEDGED);
        assertThat(refused(PledgePolicies.forEdit(secretariat(), demo, named(illustrative, "Illustrative: Finnish jaeger company"), POOLS,
                membership(), TODAY))).as("renamed, still marked").isEmpty();
        assertThat(refused(PledgePolicies.forEdit(secretariat(), demo, sourced, POOLS, membership(), TODAY)))
                .as("the marking dropped").containsExactly(PledgePolicies.DESIGNATION_NOT_RESERVED);
        assertThat(refused(PledgePolicies.forEdit(liaison(FINLAND), pledge(2, sourced, Readiness.PLEDGED), illustrative, POOLS, membership(), TODAY)))
                .as("the marking added").containsExactly(PledgePolicies.DESIGNATION_NOT_RESERVED);
    }

    private static PledgeTerms named(PledgeTerms terms, String designation) {
        return new PledgeTerms(terms.poolId(), designation, terms.capability(), terms.personnel(), terms.equipment(), terms.noticeToMoveHours(),
                terms.homeBase(), terms.transport(), terms.caveats(), terms.expiresOn());
    }
}
