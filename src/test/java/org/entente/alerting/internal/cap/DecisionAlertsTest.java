package org.entente.alerting.internal.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.entente.assistance.DecisionKind;
import org.entente.forces.GeoPoint;
import org.entente.mission.Theatre;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.junit.jupiter.api.Test;

/** A council's decision as a CAP alert, and its revisions as Updates naming the chain; each valid against the OASIS schema. */
class DecisionAlertsTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** The CSTO's decision on Kazakhstan's request, in the night of 5 to 6 January 2022 (Almaty, then UTC+6). */
    private static final DecidedRequest KAZAKHSTAN = new DecidedRequest(new OrganizationCode("CSTO"), "KAZ-2022", new StateCode("KAZ"),
            ThreatCategory.INTERNAL_UNREST, DecisionKind.DEPLOY_FORCES, Instant.parse("2022-01-05T21:30:15.400Z"), "Article 4");

    private final DecisionAlerts alerts = new DecisionAlerts("entente.example", URI.create("https://entente.example/"), ALMATY, MessageFileWords.INSTANCE);
    private final CapWriter writer = new CapWriter();

    @Test
    void aDecisionIsANewAlertSentWhenItWasDecidedInTheZonesOffset() {
        CapAlert alert = alerts.decided(KAZAKHSTAN, CapAlert.Status.ACTUAL, List.of());

        assertThat(alert.messageType()).isEqualTo(CapAlert.MessageType.ALERT);
        assertThat(alert.references()).isEmpty();
        assertThat(CapTime.format(alert.sent())).isEqualTo("2022-01-06T03:30:15+06:00");
        assertThat(alert.identifier()).isEqualTo("CSTO.KAZ-2022.decision.1");
        assertThat(alert.info().web()).isEqualTo(URI.create("https://entente.example/organizations/CSTO/requests/KAZ-2022"));
        assertThat(alert.info().urgency()).isEqualTo(CapInfo.Urgency.IMMEDIATE);
        assertThat(alert.info().severity()).isEqualTo(CapInfo.Severity.SEVERE);
        assertThat(alert.info().headline()).contains("CSTO", "Kazakhstan", "deploy forces");
        assertThat(alert.info().description()).contains("KAZ-2022", "internal unrest", "Article 4");
        assertValid(alert);
    }

    @Test
    void aRevisionIsAnUpdateNamingEveryEarlierAlertOfTheDecision() {
        CapAlert first = alerts.decided(KAZAKHSTAN, CapAlert.Status.ACTUAL, List.of());
        DecidedRequest corrected = new DecidedRequest(KAZAKHSTAN.organization(), KAZAKHSTAN.requestId(), KAZAKHSTAN.state(), KAZAKHSTAN.threat(),
                KAZAKHSTAN.decision(), KAZAKHSTAN.decidedAt(), "Article 4 of the Collective Security Treaty");

        CapAlert update = alerts.revised(first, corrected, Instant.parse("2022-01-06T08:00:00Z"), List.of());
        CapAlert again = alerts.revised(update, corrected, Instant.parse("2022-01-07T08:00:00Z"), List.of());

        assertThat(update.messageType()).isEqualTo(CapAlert.MessageType.UPDATE);
        assertThat(update.references()).containsExactly(first.reference());
        assertThat(update.info().description()).contains("Collective Security Treaty");
        assertThat(again.references()).containsExactly(first.reference(), update.reference());
        assertThat(again.referencesText()).isEqualTo("entente.example,CSTO.KAZ-2022.decision.1,2022-01-06T03:30:15+06:00 "
                + "entente.example,CSTO.KAZ-2022.decision.2,2022-01-06T14:00:00+06:00");
        assertThat(again.identifier()).isEqualTo("CSTO.KAZ-2022.decision.3");
        assertValid(update);
        assertValid(again);
    }

    @Test
    void twoRevisionsWithinOneSecondAreTwoAlerts() {
        CapAlert first = alerts.decided(KAZAKHSTAN, CapAlert.Status.ACTUAL, List.of());

        CapAlert update = alerts.revised(first, KAZAKHSTAN, KAZAKHSTAN.decidedAt(), List.of());
        CapAlert again = alerts.revised(update, KAZAKHSTAN, KAZAKHSTAN.decidedAt().plusMillis(400), List.of());

        assertThat(List.of(first.identifier(), update.identifier(), again.identifier())).doesNotHaveDuplicates();
        assertValid(again);
    }

    @Test
    void refusesToReviseAnotherRequestsDecisionOrToBackdateARevision() {
        CapAlert first = alerts.decided(KAZAKHSTAN, CapAlert.Status.ACTUAL, List.of());
        DecidedRequest another = new DecidedRequest(KAZAKHSTAN.organization(), "KGZ-2010", KAZAKHSTAN.state(), KAZAKHSTAN.threat(),
                KAZAKHSTAN.decision(), KAZAKHSTAN.decidedAt(), KAZAKHSTAN.clause());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alerts.revised(first, another, KAZAKHSTAN.decidedAt().plusSeconds(60), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same decision");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alerts.revised(first, KAZAKHSTAN, KAZAKHSTAN.decidedAt().minusSeconds(60), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the alert it revises");
    }

    @Test
    void anExerciseStaysAnExerciseWhenRevisedAndCarriesTheTheatre() {
        Theatre almaty = new Theatre("Almaty and Almaty Region", new GeoPoint(43.2389, 76.8897), ALMATY);
        CapAlert exercise = alerts.decided(KAZAKHSTAN, CapAlert.Status.EXERCISE, List.of(DecisionAlerts.theatre(almaty, 50)));

        CapAlert update = alerts.revised(exercise, KAZAKHSTAN, Instant.parse("2022-01-06T08:00:00Z"), exercise.info().areas());

        assertThat(update.status()).isEqualTo(CapAlert.Status.EXERCISE);
        assertThat(update.info().areas()).singleElement().satisfies(area -> {
            assertThat(area.description()).isEqualTo("Almaty and Almaty Region");
            assertThat(area.shape().text()).isEqualTo("43.2389,76.8897 50");
        });
        assertValid(update);
    }

    @Test
    void inUtcTheTimeIsWrittenMinusZeroZero() {
        DecisionAlerts inUtc = new DecisionAlerts("entente.example", URI.create("https://entente.example"), ZoneOffset.UTC, MessageFileWords.INSTANCE);

        CapAlert alert = inUtc.decided(KAZAKHSTAN, CapAlert.Status.ACTUAL, List.of());

        assertThat(writer.document(alert)).contains("<sent>2022-01-05T21:30:15-00:00</sent>");
        assertValid(alert);
    }

    @Test
    void aRequestIdWithASpaceOrACommaStillMakesAValidIdentifierAndLink() {
        DecidedRequest odd = new DecidedRequest(new OrganizationCode("CSTO"), "KGZ 2010, June", new StateCode("KGZ"), ThreatCategory.INTERNAL_UNREST,
                DecisionKind.REJECTED, Instant.parse("2010-06-14T12:00:00Z"), "Article 4");

        CapAlert alert = alerts.decided(odd, CapAlert.Status.ACTUAL, List.of());

        assertThat(alert.identifier()).doesNotContain(" ", ",");
        assertThat(alert.info().web().getPath()).isEqualTo("/organizations/CSTO/requests/KGZ 2010, June");
        assertThat(alert.info().urgency()).isEqualTo(CapInfo.Urgency.PAST);
        assertValid(alert);
    }

    @Test
    void aDecisionSpeaksEnglishRussianAndIndonesianEachFromTheMessageFilesWithTheRecordsNamesThere() {
        CapAlert alert = alerts.decided(KAZAKHSTAN, CapAlert.Status.ACTUAL, List.of());

        assertThat(alert.infos()).extracting(CapInfo::language).containsExactly("en", "ru", "id");
        CapInfo english = alert.info("en").orElseThrow();
        CapInfo russian = alert.info("ru").orElseThrow();
        CapInfo indonesian = alert.info("id").orElseThrow();
        for (CapInfo other : List.of(russian, indonesian)) {
            assertThat(List.of(other.event(), other.headline(), other.description())).doesNotContainAnyElementsOf(
                    List.of(english.event(), english.headline(), english.description()));
            assertThat(List.<Object>of(other.urgency(), other.severity(), other.certainty(), other.web()))
                    .containsExactly(english.urgency(), english.severity(), english.certainty(), english.web());
        }
        assertThat(russian.headline()).contains("ОДКБ", "Казахстан", "направить силы");
        assertThat(russian.description()).contains("KAZ-2022", "внутренние беспорядки", "Article 4");
        assertThat(indonesian.headline()).contains("CSTO", "Kazakhstan", "kerahkan pasukan");
        assertValid(alert);
    }

    @Test
    void aDecisionWhoseSourcesNameNoClauseSaysSoInEachLanguage() {
        DecidedRequest unnamed = new DecidedRequest(KAZAKHSTAN.organization(), KAZAKHSTAN.requestId(), KAZAKHSTAN.state(), KAZAKHSTAN.threat(),
                KAZAKHSTAN.decision(), KAZAKHSTAN.decidedAt(), null);

        CapAlert alert = alerts.decided(unnamed, CapAlert.Status.ACTUAL, List.of());

        assertThat(alert.info("en").orElseThrow().description()).contains("no clause named by the sources");
        assertThat(alert.info("ru").orElseThrow().description()).contains("источники не называют статью");
        assertThat(alert.info("id").orElseThrow().description()).contains("tidak ada pasal");
    }

    private void assertValid(CapAlert alert) {
        String document = writer.document(alert);
        assertThatCode(() -> CapSchema.validate(document)).as(document).doesNotThrowAnyException();
    }
}
