package org.entente.alerting.internal.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.entente.forces.GeoPoint;
import org.entente.mission.LegalBasis;
import org.entente.mission.Mandate;
import org.entente.mission.MandatePeriod;
import org.entente.mission.Mission;
import org.entente.mission.MissionState;
import org.entente.mission.MissionTask;
import org.entente.mission.Theatre;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.Period;
import org.entente.register.StateCode;
import org.junit.jupiter.api.Test;

/** A mission's public steps as CAP alerts, in English, Russian and Indonesian; each valid against the OASIS schema. */
class MissionAlertsTest {

    private final MissionAlerts alerts = new MissionAlerts("entente.example", URI.create("https://entente.example/"), ZoneOffset.UTC,
            MessageFileWords.INSTANCE);
    private final CapWriter writer = new CapWriter();

    /** The CSTO's mission to Kazakhstan as csto.json records its steps: deployed dated only to the month. */
    private static Mission kazakhstan(List<MissionState> history) {
        return new Mission("MIS-KAZ-2022", OrganizationCode.of("CSTO"), "CSTO Collective Peacekeeping Forces operation in Kazakhstan", StateCode.of("KAZ"),
                new LegalBasis("KAZ-2022", "CST-ART4", new LegalBasis.Grounds.RecordedFromDataset(List.of("URDU_2022_01"))),
                new Mandate("protection of important state and military facilities", EnumSet.of(MissionTask.PROTECT_SITES), List.of("ART")),
                "CPF", null, MandatePeriod.of(new Period(PartialDate.parse("2022-01-06"), null)),
                new Theatre("Almaty and Almaty Region, Kazakhstan", new GeoPoint(43.2389, 76.8897), ZoneId.of("Asia/Almaty")), null, history, List.of());
    }

    private static MissionState.Step on(String day) {
        return new MissionState.Step("CSTO Collective Security Council", PartialDate.parse(day), List.of("ART"));
    }

    private static final List<MissionState> RECORDED = List.of(new MissionState.Planned(on("2022-01-06")), new MissionState.Deploying(on("2022-01-06")),
            new MissionState.Deployed(on("2022-01")), new MissionState.DrawingDown(on("2022-01-13")), new MissionState.Withdrawn(on("2022-01-19")));

    @Test
    void theOrderToMoveTheForceInPlaceAndTheWithdrawalAreAlertsAndPlanningAndDrawingDownAreNot() {
        List<CapAlert> steps = alerts.steps(kazakhstan(RECORDED), CapAlert.Status.ACTUAL);

        assertThat(steps).extracting(CapAlert::identifier)
                .containsExactly("CSTO.mission.MIS-KAZ-2022.deploying", "CSTO.mission.MIS-KAZ-2022.deployed", "CSTO.mission.MIS-KAZ-2022.withdrawn");
        assertThat(steps).allSatisfy(alert -> {
            assertThat(alert.messageType()).isEqualTo(CapAlert.MessageType.ALERT);
            assertThat(alert.info().web()).isEqualTo(URI.create("https://entente.example/organizations/CSTO/missions/MIS-KAZ-2022"));
            assertThat(alert.info().areas()).singleElement().satisfies(area -> {
                assertThat(area.description()).isEqualTo("Almaty and Almaty Region, Kazakhstan");
                assertThat(area.shape().text()).isEqualTo("43.2389,76.8897 50");
            });
            assertValid(alert);
        });
    }

    @Test
    void aStepDatedOnlyToTheMonthIsSentNoEarlierThanTheStepItFollows() {
        List<CapAlert> steps = alerts.steps(kazakhstan(RECORDED), CapAlert.Status.ACTUAL);

        assertThat(steps).extracting(alert -> CapTime.format(alert.sent()))
                .containsExactly("2022-01-06T00:00:00-00:00", "2022-01-06T00:00:00-00:00", "2022-01-19T00:00:00-00:00");
    }

    @Test
    void deployedIsImmediateAndModerateAndWithdrawnPastAndMinorBothObserved() {
        List<CapAlert> steps = alerts.steps(kazakhstan(RECORDED), CapAlert.Status.ACTUAL);
        CapInfo deployed = steps.get(1).info();
        CapInfo withdrawn = steps.get(2).info();

        assertThat(List.<Object>of(deployed.urgency(), deployed.severity(), deployed.certainty()))
                .containsExactly(CapInfo.Urgency.IMMEDIATE, CapInfo.Severity.MODERATE, CapInfo.Certainty.OBSERVED);
        assertThat(List.<Object>of(withdrawn.urgency(), withdrawn.severity(), withdrawn.certainty()))
                .containsExactly(CapInfo.Urgency.PAST, CapInfo.Severity.MINOR, CapInfo.Certainty.OBSERVED);
        assertThat(deployed.headline()).contains("CSTO", "CSTO Collective Peacekeeping Forces operation in Kazakhstan", "deployed", "Kazakhstan");
        assertThat(withdrawn.description()).contains("MIS-KAZ-2022", "withdrawn");
    }

    @Test
    void everyStepSpeaksEnglishRussianAndIndonesianInWordsOfItsOwn() {
        for (CapAlert alert : alerts.steps(kazakhstan(RECORDED), CapAlert.Status.ACTUAL)) {
            assertThat(alert.infos()).extracting(CapInfo::language).containsExactly("en", "ru", "id");
            CapInfo english = alert.info("en").orElseThrow();
            for (String language : List.of("ru", "id")) {
                CapInfo other = alert.info(language).orElseThrow();
                assertThat(other.event()).isNotEqualTo(english.event());
                assertThat(other.headline()).isNotEqualTo(english.headline());
                assertThat(other.description()).isNotEqualTo(english.description());
                assertThat(List.<Object>of(other.urgency(), other.severity(), other.web(), other.areas()))
                        .containsExactly(english.urgency(), english.severity(), english.web(), english.areas());
            }
            assertThat(alert.info("ru").orElseThrow().headline()).contains("ОДКБ", "Казахстан");
            assertThat(alert.info("id").orElseThrow().headline()).contains("misi");
        }
    }

    @Test
    void aTerminatedMissionSaysWhyAndAnOnlyPlannedOneHasNoAlert() {
        List<MissionState> terminated = List.of(new MissionState.Planned(on("2022-01-06")), new MissionState.Deploying(on("2022-01-07")),
                new MissionState.Terminated(on("2022-01-08"), "the host state withdrew its request"));

        List<CapAlert> steps = alerts.steps(kazakhstan(terminated), CapAlert.Status.EXERCISE);

        assertThat(steps).extracting(CapAlert::identifier).containsExactly("CSTO.mission.MIS-KAZ-2022.deploying", "CSTO.mission.MIS-KAZ-2022.terminated");
        assertThat(steps.getLast().info().description()).contains("the host state withdrew its request");
        assertThat(steps.getLast().status()).isEqualTo(CapAlert.Status.EXERCISE);
        steps.forEach(this::assertValid);
        assertThat(alerts.steps(kazakhstan(List.of(new MissionState.Planned(on("2022-01-06")))), CapAlert.Status.ACTUAL)).isEmpty();
    }

    private void assertValid(CapAlert alert) {
        String document = writer.document(alert);
        assertThatCode(() -> CapSchema.validate(document)).as(document).doesNotThrowAnyException();
    }
}
