package org.entente.alerting.internal.cap;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link CapAlert} as a CAP 1.2 {@code alert} element in the namespace {@value #NAMESPACE}, with the JDK's
 * StAX writer, in the order the schema ({@code alerting/cap12.xsd}) sets.
 */
public final class CapWriter {

    /** The CAP 1.2 namespace. */
    public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    /** The alert as an XML document of its own. */
    public String document(CapAlert alert) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter out = factory.createXMLStreamWriter(text);
            out.writeStartDocument("UTF-8", "1.0");
            write(alert, out);
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write CAP alert " + alert.identifier(), e);
        }
        return text.toString();
    }

    /** The alert as an element written into {@code out}, e.g. into an Atom entry; it declares the CAP namespace itself. */
    public void write(CapAlert alert, XMLStreamWriter out) throws XMLStreamException {
        out.writeStartElement("", "alert", NAMESPACE);
        out.writeDefaultNamespace(NAMESPACE);
        element(out, "identifier", alert.identifier());
        element(out, "sender", alert.sender());
        element(out, "sent", CapTime.format(alert.sent()));
        element(out, "status", alert.status().cap());
        element(out, "msgType", alert.messageType().cap());
        element(out, "scope", CapAlert.SCOPE);
        if (!alert.references().isEmpty()) {
            element(out, "references", alert.referencesText());
        }
        for (CapInfo info : alert.infos()) {
            info(info, out);
        }
        out.writeEndElement();
    }

    private static void info(CapInfo info, XMLStreamWriter out) throws XMLStreamException {
        out.writeStartElement("", "info", NAMESPACE);
        element(out, "language", info.language());
        element(out, "category", CapInfo.CATEGORY);
        element(out, "event", info.event());
        element(out, "urgency", info.urgency().cap());
        element(out, "severity", info.severity().cap());
        element(out, "certainty", info.certainty().cap());
        element(out, "headline", info.headline());
        element(out, "description", info.description());
        element(out, "web", info.web().toASCIIString());
        for (CapArea area : info.areas()) {
            out.writeStartElement("", "area", NAMESPACE);
            element(out, "areaDesc", area.description());
            switch (area.shape()) {
                case CapArea.Polygon polygon -> element(out, "polygon", polygon.text());
                case CapArea.Circle circle -> element(out, "circle", circle.text());
            }
            out.writeEndElement();
        }
        out.writeEndElement();
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement("", name, NAMESPACE);
        out.writeCharacters(text);
        out.writeEndElement();
    }
}
