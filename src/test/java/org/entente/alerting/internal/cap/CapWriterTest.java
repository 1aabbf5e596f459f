package org.entente.alerting.internal.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.entente.forces.GeoPoint;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** What the writer puts in an alert, read back with the JDK's DOM parser; vectors from the CAP 1.2 standard's examples. */
class CapWriterTest {

    private final CapWriter writer = new CapWriter();

    @Test
    void writesATimeInUtcAsMinusZeroZeroNeverAsZ() {
        CapAlert alert = CapAlert.alert("a1", CapAlerts.SENDER, OffsetDateTime.parse("2022-01-05T18:00:00Z"), CapAlert.Status.ACTUAL,
                CapAlerts.info(List.of()));

        String document = writer.document(alert);

        assertThat(text(read(document), "sent")).isEqualTo("2022-01-05T18:00:00-00:00");
        assertThat(document).doesNotContain("18:00:00Z").doesNotContain("+00:00");
    }

    @Test
    void keepsTheOffsetTheTimeWasGivenIn() {
        assertThat(text(read(writer.document(CapAlerts.decision(CapAlert.Status.ACTUAL, List.of()))), "sent")).isEqualTo("2022-01-06T00:00:00+06:00");
        assertThat(CapTime.format(OffsetDateTime.parse("2003-06-11T20:56:00-07:00"))).isEqualTo("2003-06-11T20:56:00-07:00");
        assertThat(CapTime.format(OffsetDateTime.parse("2022-01-06T00:00:00+05:45"))).isEqualTo("2022-01-06T00:00:00+05:45");
    }

    @Test
    void namesAnEarlierAlertAsTheStandardsExampleDoes() {
        CapReference earthquake = new CapReference("trinet@caltech.edu", "TRI13970876.1", OffsetDateTime.parse("2003-06-11T20:30:00-07:00"));

        assertThat(earthquake.text()).isEqualTo(text(read(OasisExamples.EARTHQUAKE_UPDATE), "references"));
    }

    @Test
    void separatesSeveralReferencesByASpaceInTheOrderGiven() {
        CapAlert first = CapAlerts.decision(CapAlert.Status.ACTUAL, List.of());
        CapAlert update = CapAlerts.revision(first, CapAlert.MessageType.UPDATE, CapAlerts.DECIDED.plusHours(1), List.of());
        CapAlert cancel = new CapAlert("CSTO.KAZ-2022.cancelled", CapAlerts.SENDER, CapAlerts.DECIDED.plusHours(2), CapAlert.Status.ACTUAL,
                CapAlert.MessageType.CANCEL, List.of(first.reference(), update.reference()), CapAlerts.info(List.of()));

        Document document = read(writer.document(cancel));

        assertThat(text(document, "msgType")).isEqualTo("Cancel");
        assertThat(text(document, "references").split(" ")).containsExactly(
                "csto.entente.example,CSTO.KAZ-2022.decided,2022-01-06T00:00:00+06:00",
                "csto.entente.example,CSTO.KAZ-2022.decided.update,2022-01-06T01:00:00+06:00");
    }

    @Test
    void writesCirclesAndPolygonsAsTheStandardsExamplesDo() {
        CapArea.Circle circle = new CapArea.Circle(new GeoPoint(32.9525, -115.5527), 0);
        CapArea.Polygon polygon = new CapArea.Polygon(List.of(new GeoPoint(38.47, -120.14), new GeoPoint(38.34, -119.95),
                new GeoPoint(38.52, -119.74), new GeoPoint(38.62, -119.89), new GeoPoint(38.47, -120.14)));

        assertThat(circle.text()).isEqualTo(text(read(OasisExamples.EARTHQUAKE_UPDATE), "circle"));
        assertThat(polygon.text()).isEqualTo(OasisExamples.THUNDERSTORM_POLYGON);
    }

    @Test
    void writesEveryElementInTheCapNamespace() {
        CapAlert alert = CapAlerts.decision(CapAlert.Status.EXERCISE, List.of(CapAlerts.almatyCircle()));

        Document document = read(writer.document(alert));

        List<String> namespaces = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            namespaces.add(all.item(i).getNamespaceURI());
        }
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("alert");
        assertThat(namespaces).hasSizeGreaterThan(15).containsOnly("urn:oasis:names:tc:emergency:cap:1.2");
        assertThat(text(document, "status")).isEqualTo("Exercise");
        assertThat(text(document, "scope")).isEqualTo("Public");
        assertThat(text(document, "category")).isEqualTo("Security");
        assertThat(document.getElementsByTagNameNS("*", "references").getLength()).as("a new alert names no earlier one").isZero();
    }

    private static Document read(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Document document, String element) {
        NodeList found = document.getElementsByTagNameNS("urn:oasis:names:tc:emergency:cap:1.2", element);
        assertThat(found.getLength()).as(element).isEqualTo(1);
        return ((Element) found.item(0)).getTextContent();
    }
}
