package org.entente.alerting.internal.cap;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.OffsetDateTime;
import java.util.List;
import org.entente.forces.GeoPoint;
import org.junit.jupiter.api.Test;

/** An alert that CAP 1.2 or Entente's use of it rules out cannot be made. */
class CapAlertTest {

    private static final CapAlert FIRST = CapAlerts.decision(CapAlert.Status.ACTUAL, List.of());

    @Test
    void refusesAnUpdateOrACancelThatNamesNoEarlierAlert() {
        for (CapAlert.MessageType type : List.of(CapAlert.MessageType.UPDATE, CapAlert.MessageType.CANCEL)) {
            assertThatIllegalArgumentException().isThrownBy(() -> new CapAlert("u1", CapAlerts.SENDER, CapAlerts.DECIDED.plusHours(1),
                    CapAlert.Status.ACTUAL, type, List.of(), CapAlerts.info(List.of()))).withMessageContaining("earlier alert");
        }
    }

    @Test
    void refusesANewAlertThatNamesAnEarlierOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CapAlert("a2", CapAlerts.SENDER, CapAlerts.DECIDED.plusHours(1),
                CapAlert.Status.ACTUAL, CapAlert.MessageType.ALERT, List.of(FIRST.reference()), CapAlerts.info(List.of())));
    }

    @Test
    void refusesAnUpdateOfALaterAlertOrOfItself() {
        assertThatIllegalArgumentException().isThrownBy(() -> CapAlerts.revision(FIRST, CapAlert.MessageType.UPDATE, CapAlerts.DECIDED.minusSeconds(1),
                List.of())).withMessageContaining("earlier");
        assertThatIllegalArgumentException().isThrownBy(() -> new CapAlert(FIRST.identifier(), FIRST.sender(), CapAlerts.DECIDED.plusHours(1),
                CapAlert.Status.ACTUAL, CapAlert.MessageType.UPDATE, List.of(FIRST.reference()), CapAlerts.info(List.of()))).withMessageContaining("itself");
    }

    /** CAP 1.2, 3.2.1: identifier and sender "MUST NOT include spaces, commas or restricted characters (< and &)". */
    @Test
    void refusesAnIdentifierOrSenderThatAReferencesListCouldNotCarry() {
        for (String bad : List.of("KAZ 2022", "KAZ,2022", "KAZ<2022", "KAZ&2022", " ")) {
            assertThatIllegalArgumentException().isThrownBy(() -> CapAlert.alert(bad, CapAlerts.SENDER, CapAlerts.DECIDED, CapAlert.Status.ACTUAL,
                    CapAlerts.info(List.of())));
            assertThatIllegalArgumentException().isThrownBy(() -> new CapReference(bad, "x", CapAlerts.DECIDED));
        }
    }

    @Test
    void refusesATimeCapCannotWrite() {
        OffsetDateTime withMillis = OffsetDateTime.parse("2022-01-06T00:00:00.250+06:00");
        OffsetDateTime withOffsetSeconds = OffsetDateTime.parse("2022-01-06T00:00:00+06:00:30");

        assertThatIllegalArgumentException().isThrownBy(() -> CapAlert.alert("a1", CapAlerts.SENDER, withMillis, CapAlert.Status.ACTUAL,
                CapAlerts.info(List.of()))).withMessageContaining("second");
        assertThatIllegalArgumentException().isThrownBy(() -> CapTime.format(withOffsetSeconds));
    }

    @Test
    void refusesAPolygonThatIsNotClosedOrHasTooFewPoints() {
        GeoPoint a = new GeoPoint(43.4, 76.7);
        GeoPoint b = new GeoPoint(43.4, 77.1);
        GeoPoint c = new GeoPoint(43.1, 77.1);

        assertThatIllegalArgumentException().isThrownBy(() -> new CapArea.Polygon(List.of(a, b, c, b))).withMessageContaining("closed");
        assertThatIllegalArgumentException().isThrownBy(() -> new CapArea.Polygon(List.of(a, b, a))).withMessageContaining("four");
        assertThatIllegalArgumentException().isThrownBy(() -> new CapArea.Circle(a, -1));
    }

    @Test
    void refusesARelativeWebLinkAndTextXmlCannotCarry() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CapInfo("en", "e", CapInfo.Urgency.PAST, CapInfo.Severity.MINOR,
                CapInfo.Certainty.OBSERVED, "h", "d", java.net.URI.create("/organizations/CSTO"), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new CapInfo("en", "e\u0007", CapInfo.Urgency.PAST, CapInfo.Severity.MINOR,
                CapInfo.Certainty.OBSERVED, "h", "d", java.net.URI.create("https://entente.example/"), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new CapInfo("english language", "e", CapInfo.Urgency.PAST, CapInfo.Severity.MINOR,
                CapInfo.Certainty.OBSERVED, "h", "d", java.net.URI.create("https://entente.example/"), List.of()));
    }

    @Test
    void anAlertHasAtLeastOneInfoBlockAndOnePerLanguage() {
        assertThatIllegalArgumentException().isThrownBy(() -> CapAlert.alert("CSTO.none", CapAlerts.SENDER, CapAlerts.DECIDED, CapAlert.Status.ACTUAL,
                List.<CapInfo>of())).withMessageContaining("at least one info");
        assertThatIllegalArgumentException().isThrownBy(() -> CapAlert.alert("CSTO.twice", CapAlerts.SENDER, CapAlerts.DECIDED, CapAlert.Status.ACTUAL,
                List.of(CapAlerts.info(List.of()), CapAlerts.info(List.of())))).withMessageContaining("one info block per language");
    }
}
