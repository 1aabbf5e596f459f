package org.entente.alerting.internal.cap;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.entente.forces.GeoPoint;

/** Alerts of every kind Entente sends, for the tests: about the CSTO's decision on Kazakhstan's request of January 2022. */
final class CapAlerts {

    static final String SENDER = "csto.entente.example";
    /** 6 January 2022, 00:00 in Almaty (UTC+6): when the decision was announced. */
    static final OffsetDateTime DECIDED = OffsetDateTime.parse("2022-01-06T00:00:00+06:00");

    private CapAlerts() {
    }

    static CapInfo info(List<CapArea> areas) {
        return new CapInfo("en", "Decision: deploy forces", CapInfo.Urgency.IMMEDIATE, CapInfo.Severity.SEVERE, CapInfo.Certainty.OBSERVED,
                "CSTO decides to deploy forces to Kazakhstan", "The council decided on request KAZ-2022 (internal unrest) under Article 4.",
                URI.create("https://entente.example/organizations/CSTO/requests/KAZ-2022"), areas);
    }

    static CapArea almatyCircle() {
        return new CapArea("Almaty and Almaty Region", new CapArea.Circle(new GeoPoint(43.2389, 76.8897), 50));
    }

    static CapArea almatyPolygon() {
        return new CapArea("Almaty", new CapArea.Polygon(List.of(new GeoPoint(43.4, 76.7), new GeoPoint(43.4, 77.1), new GeoPoint(43.1, 77.1),
                new GeoPoint(43.1, 76.7), new GeoPoint(43.4, 76.7))));
    }

    static CapAlert decision(CapAlert.Status status, List<CapArea> areas) {
        return CapAlert.alert("CSTO.KAZ-2022.decided", SENDER, DECIDED, status, info(areas));
    }

    static CapAlert revision(CapAlert earlier, CapAlert.MessageType type, OffsetDateTime sent, List<CapArea> areas) {
        return new CapAlert(earlier.identifier() + "." + type.cap().toLowerCase(java.util.Locale.ROOT), SENDER, sent, earlier.status(), type,
                List.of(earlier.reference()), info(areas));
    }
}
