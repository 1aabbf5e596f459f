package org.entente.alerting.internal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.alerting.internal.cap.CapAlert;
import org.entente.alerting.internal.cap.CapWriter;

/**
 * Writes an {@link AlertFeed} as an Atom 1.0 feed (RFC 4287) with the JDK's StAX writer: each alert an entry whose
 * {@code content} of type {@value #CAP_TYPE} holds the CAP {@code alert} element itself (an XML media type, so the content
 * is that one element, RFC 4287 4.1.3.3), and which links to the alert's own address as the OASIS CAP feeds practice asks.
 */
final class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CAP_TYPE = "application/cap+xml";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();
    private final CapWriter cap = new CapWriter();

    String write(AlertFeed feed) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter out = factory.createXMLStreamWriter(text);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement("", "feed", ATOM);
            out.writeDefaultNamespace(ATOM);
            element(out, "id", feed.id());
            element(out, "title", feed.organizationName() + ": council decisions and mission steps");
            element(out, "updated", time(feed.updated()));
            link(out, "self", "application/atom+xml", feed.self().toASCIIString());
            link(out, "alternate", "text/html", feed.page().toASCIIString());
            out.writeStartElement("", "author", ATOM);
            element(out, "name", feed.organizationName());
            out.writeEndElement();
            for (CapAlert alert : feed.alerts()) {
                entry(feed, alert, out);
            }
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the alert feed of " + feed.organization().value(), e);
        }
        return text.toString();
    }

    private void entry(AlertFeed feed, CapAlert alert, XMLStreamWriter out) throws XMLStreamException {
        out.writeStartElement("", "entry", ATOM);
        element(out, "id", feed.id(alert));
        element(out, "title", alert.info().headline());
        element(out, "updated", time(alert.sent().toInstant()));
        link(out, "alternate", "text/html", alert.info().web().toASCIIString());
        link(out, "alternate", CAP_TYPE, feed.address(alert).toASCIIString());
        out.writeStartElement("", "content", ATOM);
        out.writeAttribute("type", CAP_TYPE);
        cap.write(alert, out);
        out.writeEndElement();
        out.writeEndElement();
    }

    /** RFC 3339 in UTC, to the second: {@code 2022-01-06T00:00:00Z}. */
    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void link(XMLStreamWriter out, String rel, String type, String href) throws XMLStreamException {
        out.writeEmptyElement("", "link", ATOM);
        out.writeAttribute("rel", rel);
        out.writeAttribute("type", type);
        out.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement("", name, ATOM);
        out.writeCharacters(text);
        out.writeEndElement();
    }
}
