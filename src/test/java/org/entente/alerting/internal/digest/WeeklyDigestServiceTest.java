package org.entente.alerting.internal.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.alerting.internal.digest.WeeklyDigest.Cited;
import org.entente.alerting.internal.digest.WeeklyDigest.Item;
import org.entente.alerting.internal.digest.WeeklyDigest.Section;
import org.entente.command.Refusal;
import org.entente.register.OrganizationCode;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.RestrictedSitrep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weekly digest as the service gives it: the CSTO's first week of 2022 (3 to 9 January), rebuilt from its recorded history,
 * with the Kazakhstan request, the council's decision, the mission's first steps and the first casualty figures, each with its
 * sources and the addresses of the originals in csto.json; a week with nothing in it; and an open request, which only the
 * organization's role holders may read, left out of an anonymous reader's digest.
 */
class WeeklyDigestServiceTest extends DatabaseTest {

    private static final OrganizationCode CSTO = OrganizationCode.of("CSTO");

    @Autowired
    private WeeklyDigestService digests;

    @Autowired
    private Clock clock;

    private static List<Item> items(WeeklyDigest digest, Section section) {
        return digest.parts().stream().filter(part -> part.section() == section).findFirst().orElseThrow().items();
    }

    private static Item only(WeeklyDigest digest, Section section, String kind, String subject) {
        List<Item> found = items(digest, section).stream().filter(item -> item.kind().equals(kind) && item.subject().equals(subject)).toList();
        assertThat(found).as("%s %s in %s", kind, subject, items(digest, section)).hasSize(1);
        return found.getFirst();
    }

    private static List<String> urls(Item item) {
        return item.sources().stream().map(Cited::url).toList();
    }

    @Test
    void theCstosFirstWeekOf2022ListsTheKazakhstanRequestDecisionMissionAndFiguresWithTheirSources() {
        WeeklyDigest week = digests.digest(CSTO, LocalDate.of(2022, 1, 5), Actor.ANONYMOUS);

        assertThat(week.week()).isEqualTo(new IsoWeek(2022, 1));
        assertThat(week.week().monday()).isEqualTo(LocalDate.of(2022, 1, 3));
        assertThat(week.week().sunday()).isEqualTo(LocalDate.of(2022, 1, 9));

        Item request = only(week, Section.REQUESTS, "request_filed", "KAZ-2022");
        assertThat(request.when().text()).isEqualTo("2022-01-05");
        assertThat(request.path()).isEqualTo("/organizations/CSTO/requests/KAZ-2022");
        assertThat(urls(request)).contains("https://aboutlyrics.eu/csto-started-consultations-on-providing-assistance-to-kazakhstan",
                "https://en.armradio.am/2022/01/06/csto-peacekeeping-forces-deployed-to-kazakhstan/");
        assertThat(request.sources()).contains(new Cited("UrduPoint/Sputnik: CSC to deploy peacekeeping forces to Kazakhstan - Pashinyan (6 Jan 2022)",
                "UrduPoint (Sputnik)", "2022-01-06", "https://www.urdupoint.com/en/world/csto-collective-security-council-to-deploy-pe-1442241.html"));

        Item decision = only(week, Section.DECISIONS, "request_decided", "KAZ-2022");
        assertThat(decision.when().text()).isEqualTo("2022-01-06");
        assertThat(decision.terms()).extracting(WeeklyDigest.Term::code).containsExactly("KAZ", "deploy_forces");
        assertThat(urls(decision)).contains("https://en.armradio.am/2022/01/06/csto-peacekeeping-forces-deployed-to-kazakhstan/");

        String mission = "CSTO Collective Peacekeeping Forces operation in Kazakhstan";
        Item planned = only(week, Section.MISSIONS, "mission_planned", mission);
        assertThat(planned.path()).isEqualTo("/organizations/CSTO/missions/MIS-KAZ-2022");
        assertThat(urls(planned)).contains("https://en.armradio.am/2022/01/06/csto-peacekeeping-forces-deployed-to-kazakhstan/");
        assertThat(only(week, Section.MISSIONS, "mission_deploying", mission).sources()).isNotEmpty();
        assertThat(items(week, Section.MISSIONS)).extracting(Item::kind).as("steps of one day in the lifecycle's order")
                .containsSubsequence("mission_planned", "mission_deploying", "contingent_arrived");
        assertThat(items(week, Section.MISSIONS)).as("a step the sources date only to the month (deployed, 2022-01) falls in no week")
                .noneMatch(item -> item.kind().equals("mission_deployed"));
        assertThat(items(week, Section.MISSIONS)).anyMatch(item -> item.kind().equals("contingent_arrived")
                && item.terms().getFirst().code().equals("RUS") && item.when().text().equals("2022-01-06"));

        List<Item> figures = items(week, Section.FIGURES);
        assertThat(figures).as("the figures recorded on 7 January; those of 10 January are the next week's").hasSize(2)
                .allMatch(figure -> figure.subject().equals("Government of Kazakhstan") && figure.kind().equals("figure_revised"));
        assertThat(figures).extracting(figure -> figure.terms().stream().map(WeeklyDigest.Term::code).toList())
                .containsExactlyInAnyOrder(List.of("killed", "security_forces", "exactly:18"), List.of("killed", "protesters", "exactly:26"));
        assertThat(figures).allMatch(figure -> urls(figure).equals(List.of("https://www.yahoo.com/news/violent-unrest-kazakhstan-left-225-105843985.html")));

        assertThat(items(week, Section.CORRECTIONS)).as("the built-in record was recorded once, at start-up: nothing was corrected in 2022").isEmpty();
        for (WeeklyDigest.Part part : week.parts()) {
            assertThat(part.items()).as("%s in time order", part.section())
                    .isSortedAccordingTo(java.util.Comparator.comparing((Item item) -> item.when().order()));
        }
    }

    @Test
    void theNextWeekHoldsTheFiguresOfTenAndFifteenJanuaryAndNotThoseOfTheSeventh() {
        WeeklyDigest week = digests.digest(CSTO, LocalDate.of(2022, 1, 10), Actor.ANONYMOUS);

        assertThat(week.week().toString()).isEqualTo("2022-W02");
        assertThat(items(week, Section.FIGURES)).extracting(item -> item.when().text()).containsOnly("2022-01-10T00:00:00Z", "2022-01-15T00:00:00Z");
        assertThat(items(week, Section.FIGURES)).filteredOn(item -> item.when().text().startsWith("2022-01-15"))
                .as("the toll of 15 January revises the earlier ones").allMatch(item -> item.kind().equals("figure_revised")).hasSize(3);
        assertThat(items(week, Section.REQUESTS)).noneMatch(item -> item.subject().equals("KAZ-2022"));
    }

    @Test
    void aWeekWithNothingInItHasNoItems() {
        WeeklyDigest week = digests.digest(CSTO, LocalDate.of(1990, 3, 7), Actor.ANONYMOUS);

        assertThat(week.isEmpty()).isTrue();
        assertThat(week.parts()).extracting(WeeklyDigest.Part::section).containsExactly(Section.values());
    }

    @Test
    void anOpenRequestIsInItsRoleHoldersDigestAndNotInAnAnonymousReaders() {
        String secretariat = tokenFor("digest-secretariat", "secretariat@CSTO");
        CrisisSteps.noOpenRequest(CrisisSteps.Client.of(this), secretariat, "KAZ", "drug_trafficking");
        Answer filed = postAs(tokenFor("digest-liaison-kaz-filer", "liaison@CSTO/KAZ"), "/api/v1/organizations/CSTO/requests",
                json().writeValueAsBytes(Map.of("state", "KAZ", "threat", "drug_trafficking", "description", "Heroin convoys near Khorgos",
                        "sources", List.of("https://example.org/news/khorgos-convoys", "A call from the border guard"))));
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        String open = filed.body().path("id").asString();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Actor officer = new Actor.Person("digest-officer", List.of(new RoleGrant(Role.SECRETARIAT, CSTO, null)));

        WeeklyDigest anonymous = digests.digest(CSTO, today, Actor.ANONYMOUS);
        WeeklyDigest secretariatsDigest = digests.digest(CSTO, today, officer);

        assertThat(items(anonymous, Section.REQUESTS)).noneMatch(item -> item.subject().equals(open));
        Item seen = only(secretariatsDigest, Section.REQUESTS, "request_filed", open);
        assertThat(seen.sources()).containsExactly(new Cited("https://example.org/news/khorgos-convoys", null, null, "https://example.org/news/khorgos-convoys"),
                new Cited("A call from the border guard", null, null, null));
        CrisisSteps.noOpenRequest(CrisisSteps.Client.of(this), secretariat, "KAZ", "drug_trafficking");
    }

    @Test
    void aSitrepForTheContributorsIsInTheirLiaisonsDigestAndNotInAnAnonymousReaders() {
        RestrictedSitrep filed = RestrictedSitrep.filed(this, "TESTDG1");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        assertThat(items(digests.digest(filed.organization(), today, Actor.ANONYMOUS), Section.MISSIONS)).extracting(Item::kind).doesNotContain("sitrep_filed");
        Item sitrep = only(digests.digest(filed.organization(), today, filed.contributor()), Section.MISSIONS, "sitrep_filed", "Pact battalion in Estonia");
        assertThat(sitrep.path()).endsWith("/sitreps/1");
    }

    @Test
    void anUnknownOrganizationIsRefusedAsNotFound() {
        assertThatThrownBy(() -> digests.digest(OrganizationCode.of("NODIGESTORG"), LocalDate.of(2022, 1, 5), Actor.ANONYMOUS))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_FOUND));
    }
}
