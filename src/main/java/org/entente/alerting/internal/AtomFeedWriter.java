package org.entente.alerting.internal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.alerting.internal.cap.CapWriter;

/**
 * Writes an {@link AtomFeed} as Atom 1.0 (RFC 4287) with the JDK's StAX writer. An entry's content is HTML as escaped text
 * ({@code type="html"}), or a CAP {@code alert} element itself under the type {@value #CAP_TYPE} (an XML media type, so the
 * content is that one element, RFC 4287 4.1.3.3), the entry then also linking to the alert's own address as the OASIS CAP feeds
 * practice asks.
 */
public final class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CAP_TYPE = "application/cap+xml";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();
    private final CapWriter cap = new CapWriter();

    public String write(AtomFeed feed) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter out = factory.createXMLStreamWriter(text);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement("", "feed", ATOM);
            out.writeDefaultNamespace(ATOM);
            element(out, "id", feed.id());
            element(out, "title", feed.title());
            element(out, "updated", time(feed.updated()));
            link(out, "self", "application/atom+xml", feed.self().toASCIIString());
            link(out, "alternate", "text/html", feed.alternate().toASCIIString());
            out.writeStartElement("", "author", ATOM);
            element(out, "name", feed.author());
            out.writeEndElement();
            for (AtomFeed.Entry entry : feed.entries()) {
                entry(entry, out);
            }
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the feed " + feed.id(), e);
        }
        return text.toString();
    }

    private void entry(AtomFeed.Entry entry, XMLStreamWriter out) throws XMLStreamException {
        out.writeStartElement("", "entry", ATOM);
        element(out, "id", entry.id());
        element(out, "title", entry.title());
        element(out, "updated", time(entry.updated()));
        link(out, "alternate", "text/html", entry.alternate().toASCIIString());
        if (entry.content() instanceof AtomFeed.Content.Cap alert) {
            link(out, "alternate", CAP_TYPE, alert.address().toASCIIString());
        }
        out.writeStartElement("", "content", ATOM);
        switch (entry.content()) {
            case AtomFeed.Content.Html html -> {
                out.writeAttribute("type", "html");
                out.writeCharacters(html.html());
            }
            case AtomFeed.Content.Cap alert -> {
                out.writeAttribute("type", CAP_TYPE);
                cap.write(alert.alert(), out);
            }
        }
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
