package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.entente.access.ReleaseMarking;
import org.entente.command.Verdict;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.mission.Sitrep.Change.MilestoneReport;
import org.entente.mission.Sitrep.Change.SiteStatusChange;
import org.entente.register.StateCode;
import org.junit.jupiter.api.Test;

class SitrepPoliciesTest {

    private static final StateCode ARMENIA = Kazakhstan2022Sitreps.ARMENIA;
    private static final StateCode RUSSIA = Kazakhstan2022Sitreps.RUSSIA;

    private static Verdict refused(String policy, String reason) {
        return new Verdict.Refused(policy, reason);
    }

    @Test
    void aNewSitrepTakesTheNextNumber() {
        Sitreps log = Kazakhstan2022Sitreps.log();

        assertThat(SitrepPolicies.numberedInOrder(SitrepBuilder.sitrep(3, 1).build(), log)).isEqualTo(new Verdict.Allowed(SitrepPolicies.NUMBERED_IN_ORDER));
        assertThat(SitrepPolicies.numberedInOrder(SitrepBuilder.sitrep(1, 1).build(), Sitreps.none("MIS-KAZ-2022")))
                .isInstanceOf(Verdict.Allowed.class);
        assertThat(SitrepPolicies.numberedInOrder(SitrepBuilder.sitrep(4, 1).build(), log))
                .isEqualTo(refused(SitrepPolicies.NUMBERED_IN_ORDER, "a new sitrep takes the next number, 3, not 4"));
        assertThat(SitrepPolicies.numberedInOrder(SitrepBuilder.sitrep(2, 1).build(), log))
                .as("a number taken is not taken again").isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void aRevisionRevisesTheLatestRevisionOfItsNumber() {
        Sitreps log = Kazakhstan2022Sitreps.log();

        assertThat(SitrepPolicies.revisesTheLatestRevision(SitrepBuilder.from(Kazakhstan2022Sitreps.firstRevised()).revision(3).build(), log))
                .isEqualTo(new Verdict.Allowed(SitrepPolicies.REVISES_THE_LATEST_SITREP));
        assertThat(SitrepPolicies.revisesTheLatestRevision(SitrepBuilder.from(Kazakhstan2022Sitreps.first()).revision(2).build(), log))
                .as("revising revision 1 again").isEqualTo(refused(SitrepPolicies.REVISES_THE_LATEST_SITREP,
                        "sitrep 1 stands at revision 2; a revision revises that one, as revision 3, not as revision 2"));
        assertThat(SitrepPolicies.revisesTheLatestRevision(SitrepBuilder.sitrep(3, 2).build(), log))
                .isEqualTo(refused(SitrepPolicies.REVISES_THE_LATEST_SITREP, "sitrep 3 was not filed; a revision revises a sitrep filed"));
        assertThat(SitrepPolicies.revisesTheLatestRevision(SitrepBuilder.from(Kazakhstan2022Sitreps.armenianArrival()).revision(3).build(), log))
                .as("skipping a revision").isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void aRevisionKeepsTheScopeOfItsSitrep() {
        Sitrep onTheMission = SitrepBuilder.from(Kazakhstan2022Sitreps.armenianArrival()).revision(2).scope(Sitrep.Scope.mission()).build();

        assertThat(SitrepPolicies.revisesTheLatestRevision(onTheMission, Kazakhstan2022Sitreps.log())).isEqualTo(refused(SitrepPolicies.REVISES_THE_LATEST_SITREP,
                "sitrep 2 reports on the contingent of ARM; a revision keeps its scope, and does not report on the whole mission"));
    }

    @Test
    void aLiaisonFilesForTheirOwnStatesContingentAndTheSecretariatForTheMission() {
        Sitrep.Scope armenian = Sitrep.Scope.contingent(ARMENIA);

        assertThat(SitrepPolicies.withinTheFilersScope(armenian, false, Set.of(ARMENIA))).isEqualTo(new Verdict.Allowed(SitrepPolicies.WITHIN_THE_FILERS_SCOPE));
        assertThat(SitrepPolicies.withinTheFilersScope(Sitrep.Scope.mission(), true, Set.of())).isInstanceOf(Verdict.Allowed.class);
        assertThat(SitrepPolicies.withinTheFilersScope(armenian, false, Set.of(RUSSIA)))
                .isEqualTo(refused(SitrepPolicies.WITHIN_THE_FILERS_SCOPE, "a sitrep on the contingent of ARM is filed by the liaison of ARM"));
        assertThat(SitrepPolicies.withinTheFilersScope(Sitrep.Scope.mission(), false, Set.of(ARMENIA))).isEqualTo(refused(SitrepPolicies.WITHIN_THE_FILERS_SCOPE,
                "a sitrep on the whole mission is the secretariat's; a liaison files for their own state's contingent"));
        assertThat(SitrepPolicies.withinTheFilersScope(armenian, true, Set.of())).isEqualTo(refused(SitrepPolicies.WITHIN_THE_FILERS_SCOPE,
                "a sitrep on the contingent of ARM is filed by the liaison of ARM; the secretariat files on the whole mission"));
    }

    @Test
    void aContingentsSitrepReportsItsOwnMilestonesOnly() {
        Sitrep armenian = Kazakhstan2022Sitreps.armenianArrival();
        Sitrep reportingRussia = SitrepBuilder.from(armenian).changes(new MilestoneReport(ARMENIA, Milestone.ARRIVAL, Moment.on("2022-01-07")),
                new MilestoneReport(RUSSIA, Milestone.ARRIVAL, Moment.on("2022-01-06"))).build();

        assertThat(SitrepPolicies.reportsItsOwnContingent(armenian, Kazakhstan2022Sitreps.sites())).isEqualTo(new Verdict.Allowed(SitrepPolicies.REPORTS_ITS_OWN_CONTINGENT));
        assertThat(SitrepPolicies.reportsItsOwnContingent(Kazakhstan2022Sitreps.first(), Kazakhstan2022Sitreps.sites())).as("the mission's sitrep reports any contingent")
                .isInstanceOf(Verdict.Allowed.class);
        assertThat(SitrepPolicies.reportsItsOwnContingent(reportingRussia, Kazakhstan2022Sitreps.sites()))
                .isEqualTo(refused(SitrepPolicies.REPORTS_ITS_OWN_CONTINGENT, "a sitrep on the contingent of ARM reports its milestones only, not those of [RUS]"));
    }

    @Test
    void aContingentsSitrepMovesOnlyTheSitesItsContingentHolds() {
        Sitrep armenian = Kazakhstan2022Sitreps.armenianArrival();
        Sitrep movingTheAirport = SitrepBuilder.from(armenian).changes(new MilestoneReport(ARMENIA, Milestone.ARRIVAL, Moment.on("2022-01-07")),
                new Sitrep.Change.SiteStatusChange(Kazakhstan2022Sitreps.AIRPORT, new SiteStatus.Relinquished(
                        new SiteStatus.Step(Moment.on("2022-01-08"), java.util.List.of()), "handed to the police"))).build();

        assertThat(SitrepPolicies.reportsItsOwnContingent(movingTheAirport, Kazakhstan2022Sitreps.sites())).as("the airport is held by Russia's contingent")
                .isEqualTo(refused(SitrepPolicies.REPORTS_ITS_OWN_CONTINGENT, "a sitrep on the contingent of ARM moves only the sites it holds, not [ALA-AIRPORT]"));
    }

    @Test
    void aSitrepIsAsOfATimeThatHasCome() {
        Sitrep sitrep = Kazakhstan2022Sitreps.first();

        assertThat(SitrepPolicies.asOfNotInTheFuture(sitrep, sitrep.asOf())).isEqualTo(new Verdict.Allowed(SitrepPolicies.AS_OF_NOT_IN_THE_FUTURE));
        assertThat(SitrepPolicies.asOfNotInTheFuture(sitrep, sitrep.asOf().minusSeconds(1))).isEqualTo(refused(SitrepPolicies.AS_OF_NOT_IN_THE_FUTURE,
                "a sitrep is as of a time that has come; 2022-01-07T06:00:00Z is after now (2022-01-07T05:59:59Z)"));
    }

    @Test
    void aSitrepsChangesNameOnlyTheMissionsSitesAndContingents() {
        Mission mission = Kazakhstan2022Mission.mission();
        Sitrep strangers = SitrepBuilder.sitrep(3, 1).changes(
                new SiteStatusChange("ALMATY-TPP-2", new SiteStatus.Secured(Kazakhstan2022Sitreps.at("2022-01-07T05:00:00Z"))),
                new MilestoneReport(StateCode.of("UZB"), Milestone.ARRIVAL, Moment.on("2022-01-07")),
                new SiteStatusChange("ALMATY-TPP-2", new SiteStatus.Secured(Kazakhstan2022Sitreps.at("2022-01-07T06:00:00Z")))).build();

        assertThat(SitrepPolicies.changesNameTheMissionsOwn(Kazakhstan2022Sitreps.first(), mission, Kazakhstan2022Sitreps.sites()))
                .isEqualTo(new Verdict.Allowed(SitrepPolicies.CHANGES_NAME_THE_MISSIONS_OWN));
        assertThat(SitrepPolicies.changesNameTheMissionsOwn(strangers, mission, Kazakhstan2022Sitreps.sites())).isEqualTo(refused(
                SitrepPolicies.CHANGES_NAME_THE_MISSIONS_OWN, "mission MIS-KAZ-2022 has no site ALMATY-TPP-2 and no contingent of UZB"));
        assertThat(SitrepPolicies.changesNameTheMissionsOwn(Kazakhstan2022Sitreps.first(), mission, Kazakhstan2022Mission.sites()))
                .as("the facts name no site: the airport is the fixture's").isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void filingGivesTheVerdictOfEveryPolicyAtOnce() {
        Sitrep stray = SitrepBuilder.sitrep(5, 1).scope(Sitrep.Scope.contingent(ARMENIA))
                .changes(new MilestoneReport(StateCode.of("UZB"), Milestone.ARRIVAL, Moment.on("2022-01-07"))).build();

        List<Verdict> verdicts = SitrepPolicies.forFiling(stray, Kazakhstan2022Sitreps.log(), Kazakhstan2022Mission.mission(), Kazakhstan2022Sitreps.sites(),
                false, Set.of(RUSSIA), false, Instant.parse("2022-01-01T00:00:00Z"));

        assertThat(verdicts).filteredOn(Verdict.Refused.class::isInstance).extracting(Verdict::policy).containsExactly(SitrepPolicies.NUMBERED_IN_ORDER,
                SitrepPolicies.WITHIN_THE_FILERS_SCOPE, SitrepPolicies.REPORTS_ITS_OWN_CONTINGENT, SitrepPolicies.AS_OF_NOT_IN_THE_FUTURE,
                SitrepPolicies.CHANGES_NAME_THE_MISSIONS_OWN, SitrepPolicies.READABLE_BY_ITS_FILER);
        assertThat(SitrepPolicies.forFiling(SitrepBuilder.sitrep(3, 1).build(), Kazakhstan2022Sitreps.log(), Kazakhstan2022Mission.mission(),
                Kazakhstan2022Sitreps.sites(), true, Set.of(), true, Instant.parse("2022-01-09T00:00:00Z"))).allMatch(Verdict.Allowed.class::isInstance);
    }

    @Test
    void aSitrepIsMarkedSoThatItsFilerMayReadIt() {
        Sitrep forTheCouncil = SitrepBuilder.sitrep(3, 1).scope(Sitrep.Scope.contingent(ARMENIA)).marking(ReleaseMarking.COUNCIL).build();

        assertThat(SitrepPolicies.readableByItsFiler(forTheCouncil, false)).isInstanceOfSatisfying(Verdict.Refused.class,
                refused -> assertThat(refused.reason()).contains("may not read a sitrep marked 'council'"));
        assertThat(SitrepPolicies.readableByItsFiler(forTheCouncil, true)).isInstanceOf(Verdict.Allowed.class);
    }
}
