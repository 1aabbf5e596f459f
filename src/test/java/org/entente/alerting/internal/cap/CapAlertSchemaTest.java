package org.entente.alerting.internal.cap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/** Every kind of alert Entente writes is valid CAP 1.2, as the JDK's XML Schema validator reads the shipped OASIS schema. */
class CapAlertSchemaTest {

    private final CapWriter writer = new CapWriter();

    static Stream<Arguments> everyKindOfAlert() {
        CapAlert actual = CapAlerts.decision(CapAlert.Status.ACTUAL, List.of());
        CapAlert exercise = CapAlerts.decision(CapAlert.Status.EXERCISE, List.of(CapAlerts.almatyCircle()));
        CapAlert update = CapAlerts.revision(actual, CapAlert.MessageType.UPDATE, CapAlerts.DECIDED.plusHours(3), List.of(CapAlerts.almatyPolygon()));
        CapAlert cancel = new CapAlert("CSTO.KAZ-2022.withdrawn", CapAlerts.SENDER, OffsetDateTime.parse("2022-01-13T10:00:00Z"),
                CapAlert.Status.ACTUAL, CapAlert.MessageType.CANCEL, List.of(actual.reference(), update.reference()),
                CapAlerts.info(List.of(CapAlerts.almatyCircle(), CapAlerts.almatyPolygon())));
        CapAlert exerciseUpdate = CapAlerts.revision(exercise, CapAlert.MessageType.UPDATE, CapAlerts.DECIDED.plusDays(1), List.of());
        CapInfo english = CapAlerts.info(List.of(CapAlerts.almatyCircle()));
        CapAlert inThreeLanguages = CapAlert.alert("CSTO.mission.MIS-KAZ-2022.deployed", CapAlerts.SENDER, CapAlerts.DECIDED, CapAlert.Status.ACTUAL,
                List.of(english, new CapInfo("ru", "Миссия развёрнута", english.urgency(), english.severity(), english.certainty(), "ОДКБ: миссия развёрнута",
                        "Все контингенты на месте.", english.web(), english.areas()), new CapInfo("id", "Misi telah digelar", english.urgency(),
                        english.severity(), english.certainty(), "CSTO: misi telah digelar", "Semua kontingen telah berada di tempat.", english.web(),
                        english.areas())));
        return Stream.of(
                Arguments.of("an alert about the record, without an area", actual),
                Arguments.of("an alert with one info block in each of three languages", inThreeLanguages),
                Arguments.of("an exercise alert with a circle", exercise),
                Arguments.of("an update naming the alert it revises, with a polygon", update),
                Arguments.of("a cancel naming two earlier alerts, sent in UTC, with two areas", cancel),
                Arguments.of("an exercise update without an area", exerciseUpdate));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfAlert")
    void isValidAgainstTheOasisSchema(String kind, CapAlert alert) {
        String document = writer.document(alert);

        assertThatCode(() -> CapSchema.validate(document)).as(document).doesNotThrowAnyException();
    }

    /** The shipped schema reads the standard's own example (CAP 1.2, Appendix A.3): an Update with references and a circle. */
    @Test
    void theShippedSchemaAcceptsTheStandardsExampleOfAnUpdate() {
        assertThatCode(() -> CapSchema.validate(OasisExamples.EARTHQUAKE_UPDATE)).doesNotThrowAnyException();
    }

    /** The validator is no rubber stamp: the same document with a "Z" time, which CAP forbids, is refused. */
    @Test
    void theSchemaRefusesAnAlertWhoseTimeSaysZ() {
        String document = writer.document(CapAlerts.decision(CapAlert.Status.ACTUAL, List.of()))
                .replace("2022-01-06T00:00:00+06:00", "2022-01-05T18:00:00Z");

        assertThatThrownBy(() -> CapSchema.validate(document)).isInstanceOf(SAXException.class).hasMessageContaining("2022-01-05T18:00:00Z");
    }

    /** Nor a status that CAP does not know. */
    @Test
    void theSchemaRefusesAnUnknownStatus() {
        String document = writer.document(CapAlerts.decision(CapAlert.Status.ACTUAL, List.of()))
                .replace("<status>Actual</status>", "<status>Real</status>");

        assertThatThrownBy(() -> CapSchema.validate(document)).isInstanceOf(SAXException.class).hasMessageContaining("Real");
    }
}
