package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.entente.command.Refusal;
import org.entente.mission.MissionFormat.Fact;
import org.entente.mission.ReportedFigure.Category;
import org.entente.mission.ReportedFigure.Population;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Kazakhstan 2022 mission as the built-in CSTO dataset ships it, read as facts: the whole record, the record as
 * known on 8 and on 20 January 2022, and the document written back from the facts.
 */
class MissionFormatTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OrganizationCode CSTO = OrganizationCode.of("CSTO");

    static JsonNode kazakhstan() {
        try (InputStream in = MissionFormatTest.class.getResourceAsStream("/dataset/csto.json")) {
            return JSON.readTree(in).get("missions").get(0).deepCopy();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Fact> facts() {
        return MissionFormat.facts(kazakhstan(), "missions[0]", CSTO);
    }

    private static MissionRecord knownOn(String day) {
        Instant endOfDay = Instant.parse(day + "T23:59:59Z");
        return MissionFormat.fold(CSTO, facts().stream().filter(MissionFormat.knownBy(endOfDay)).toList()).orElseThrow();
    }

    @Test
    void theWholeRecordIsTheWithdrawnMissionOfFiveContingentsWithTheReportedStrengthPreferred() {
        Mission mission = MissionFormat.fold(CSTO, facts()).orElseThrow().mission();

        assertThat(mission.status()).isEqualTo(MissionState.Status.WITHDRAWN);
        assertThat(mission.contributors()).extracting(StateCode::value).containsExactly("ARM", "BLR", "KGZ", "RUS", "TJK");
        assertThat(mission.strength().preferred().count()).isEqualTo(Count.about(2030));
        assertThat(mission.strength().others()).hasSize(2);
        assertThat(mission.contingent(StateCode.of("ARM")).orElseThrow().strength().preferred().personnel()).isEqualTo(100);
        assertThat(mission.contingent(StateCode.of("BLR")).orElseThrow().strength().preferred().notPublished()).isTrue();
        assertThat(mission.commander().name()).contains("Serdyukov");
        assertThat(mission.basis().clause()).isEqualTo("CST-ART4");
    }

    @Test
    void on8JanuaryTheRecordKnewTheMissionDeployingAtItsAnnouncedSizeAndTheEarlyToll() {
        MissionRecord early = knownOn("2022-01-08");

        assertThat(early.mission().status()).isEqualTo(MissionState.Status.DEPLOYING);
        assertThat(early.mission().strength().preferred().count()).isEqualTo(Count.exactly(2500));
        assertThat(early.mission().strength().others()).isEmpty();
        assertThat(early.mission().contingent(StateCode.of("ARM")).orElseThrow().strength().preferred().personnel()).isEqualTo(70);
        assertThat(early.mission().commander()).isNull();
        assertThat(early.figures().headline(Category.KILLED, Population.SECURITY_FORCES).orElseThrow().figure().count()).isEqualTo(Count.exactly(18));
        assertThat(early.figures().headline(Category.KILLED, Population.ALL)).isEmpty();
        assertThat(early.figures().missionLosses()).isEmpty();
    }

    @Test
    void on20JanuaryTheRecordKnewItWithdrawnWithTheRevisedTollsAndNoLossesOfItsOwn() {
        MissionRecord late = knownOn("2022-01-20");

        assertThat(late.mission().status()).isEqualTo(MissionState.Status.WITHDRAWN);
        assertThat(late.mission().strength().preferred().count()).isEqualTo(Count.about(2030));
        assertThat(late.mission().contingent(StateCode.of("ARM")).orElseThrow().strength().preferred().personnel()).isEqualTo(100);
        assertThat(late.figures().headline(Category.KILLED, Population.ALL).orElseThrow().figure().count()).isEqualTo(Count.exactly(225));
        assertThat(late.figures().headline(Category.KILLED, Population.SECURITY_FORCES).orElseThrow().figure().count()).isEqualTo(Count.exactly(19));
        assertThat(late.figures().headline(Category.INJURED, Population.ALL).orElseThrow().figure().count()).isEqualTo(Count.exactly(4353));
        assertThat(late.figures().missionLosses()).singleElement().satisfies(loss -> assertThat(loss.figure().count()).isEqualTo(Count.exactly(0)));
    }

    @Test
    void theDocumentWrittenFromTheFactsReadsBackToTheSameFacts() {
        List<Fact> facts = facts();
        ObjectNode written = MissionFormat.document(facts);

        assertThat(MissionFormat.byKindAndKey(MissionFormat.facts(written, "missions[0]", CSTO))).isEqualTo(MissionFormat.byKindAndKey(facts));
        assertThat(MissionFormat.document(MissionFormat.facts(written, "missions[0]", CSTO))).isEqualTo(written);
    }

    @Test
    void aLaterFactOfTheSameKindAndKeySupersedesAndARemovalRemoves() {
        List<Fact> facts = new java.util.ArrayList<>(facts());
        Instant later = Instant.parse("2026-12-04T00:00:00Z");
        facts.add(MissionFormat.commander(new Commander("Someone Else", "General", StateCode.of("RUS"), List.of("TASS_SERDYUKOV")), later));
        facts.add(new Fact(MissionFormat.CONTINGENT, "TJK", later, null));

        Mission mission = MissionFormat.fold(CSTO, facts).orElseThrow().mission();

        assertThat(mission.commander().name()).isEqualTo("Someone Else");
        assertThat(mission.contributors()).extracting(StateCode::value).doesNotContain("TJK");
    }

    @Test
    void aStepKnownBeforeTheOneBeforeItWaitsForItInAViewOfThePast() {
        ObjectNode document = (ObjectNode) kazakhstan();
        ((ObjectNode) document.get("steps").get(2)).put("knownFrom", "2022-01-14");
        List<Fact> facts = MissionFormat.facts(document, "missions[0]", CSTO);

        Mission on13January = MissionFormat.fold(CSTO, facts.stream().filter(MissionFormat.knownBy(Instant.parse("2022-01-13T23:59:59Z"))).toList())
                .orElseThrow().mission();

        assertThat(on13January.status()).as("deployed is not yet known, so neither is the drawdown that follows it").isEqualTo(MissionState.Status.DEPLOYING);
    }

    @Test
    void aFieldThatDoesNotReadIsNamedByItsPath() {
        ObjectNode document = (ObjectNode) kazakhstan();
        ((ObjectNode) document.get("contingents").get(1).get("strength").get("claims").get(1)).put("value", "many");

        assertThatThrownBy(() -> MissionFormat.facts(document, "missions[0]", CSTO))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("missions[0].contingents[1].strength.claims[1].value")));
    }

    @Test
    void aLifecycleOutOfOrderIsRefusedForTheMission() {
        ObjectNode document = (ObjectNode) kazakhstan();
        ((ObjectNode) document.get("steps").get(4)).put("status", "deploying");

        assertThatThrownBy(() -> MissionFormat.facts(document, "missions[0]", CSTO))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.getMessage()).contains("cannot go from drawing_down"));
    }

    /** The built-in record's facts (its airport and count of sites) with the sitreps fixture's log, every revision. */
    private static List<Fact> withTheFixturesSitesAndSitreps() {
        var facts = new java.util.ArrayList<>(facts());
        Kazakhstan2022Sitreps.log().filed().forEach(sitrep -> facts.add(MissionFormat.sitrep(sitrep)));
        return facts;
    }

    @Test
    void theSitesAndSitrepsWrittenIntoTheDocumentReadBackToTheSameFacts() {
        List<Fact> facts = withTheFixturesSitesAndSitreps();
        ObjectNode written = MissionFormat.document(facts);

        assertThat(written.path("sitreps").size()).isEqualTo(3);
        assertThat(MissionFormat.byKindAndKey(MissionFormat.facts(written, "missions[0]", CSTO))).isEqualTo(MissionFormat.byKindAndKey(facts));
        assertThat(MissionFormat.document(MissionFormat.facts(written, "missions[0]", CSTO))).isEqualTo(written);
        MissionRecord record = MissionFormat.fold(CSTO, MissionFormat.facts(written, "missions[0]", CSTO)).orElseThrow();
        assertThat(record.sitreps()).isEqualTo(Kazakhstan2022Sitreps.log());
        assertThat(record.sites()).isEqualTo(MissionFormat.fold(CSTO, facts).orElseThrow().sites());
        assertThat(record.sites().ids()).containsExactly(Kazakhstan2022Sitreps.AIRPORT);
    }

    @Test
    void aSitrepOrARevisionFiledLaterIsNotKnownEarlier() {
        List<Fact> facts = withTheFixturesSitesAndSitreps();
        Sitreps beforeTheRevision = MissionFormat.fold(CSTO, facts.stream().filter(MissionFormat.knownBy(Instant.parse("2022-01-07T09:59:59Z"))).toList())
                .orElseThrow().sitreps();
        Sitreps afterIt = MissionFormat.fold(CSTO, facts.stream().filter(MissionFormat.knownBy(Instant.parse("2022-01-07T10:00:00Z"))).toList())
                .orElseThrow().sitreps();

        assertThat(beforeTheRevision.current()).singleElement().satisfies(sitrep -> assertThat(sitrep.revision()).isEqualTo(1));
        assertThat(afterIt.current()).singleElement().satisfies(sitrep -> assertThat(sitrep.revision()).isEqualTo(2));
        assertThat(afterIt.revisions(1)).hasSize(2);
        assertThat(MissionFormat.fold(CSTO, facts.stream().filter(MissionFormat.knownBy(Instant.parse("2022-01-06T12:00:00Z"))).toList())
                .orElseThrow().sitreps().filed()).isEmpty();
    }

    @Test
    void aRevisionFiledBeforeTheSitrepItRevisesIsRefusedAtItsPath() {
        ObjectNode document = MissionFormat.document(withTheFixturesSitesAndSitreps());
        ((ObjectNode) document.get("sitreps").get(1)).put("filedAt", "2022-01-07T06:59:00Z");

        assertThatThrownBy(() -> MissionFormat.facts(document, "missions[0]", CSTO))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("missions[0].sitreps[1].filedAt")));
    }

    @Test
    void aSitesStatusOutOfOrderIsRefusedAtTheSitesPath() {
        ObjectNode document = MissionFormat.document(withTheFixturesSitesAndSitreps());
        ((ObjectNode) document.get("sites").get("named").get(0).get("history").get(0)).put("status", "secured");

        assertThatThrownBy(() -> MissionFormat.facts(document, "missions[0]", CSTO))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("missions[0].sites.named[0]")));
    }

    @Test
    void theBuiltInRecordCountsFourteenObjectsOfStrategicImportanceFrom13JanuaryAndNamesAlmatyAirportOnlyOnTheArticlesWord() {
        Sites sites = MissionFormat.fold(CSTO, facts()).orElseThrow().sites();

        assertThat(sites.reported()).isEqualTo(Kazakhstan2022Mission.sites().reported());
        Site airport = sites.site("ALA-AIRPORT").orElseThrow();
        assertThat(airport.sources()).containsExactly("ART");
        assertThat(airport.holder()).as("the article does not say who held it").isNull();
        assertThat(airport.history()).allSatisfy(status -> assertThat(status.step().sources()).containsExactly("ART"));
        assertThat(knownOn("2022-01-09").sites()).isEqualTo(Sites.none());
        assertThat(knownOn("2022-01-10").sites().reported()).isNull();
        assertThat(knownOn("2022-01-10").sites().ids()).containsExactly("ALA-AIRPORT");
        assertThat(MissionFormat.fold(CSTO, facts()).orElseThrow().sitreps().filed()).as("the sources hold no sitrep").isEmpty();
    }
}
