package org.entente.alerting.internal.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The weekly digest's Atom feed as a reader fetches it, anonymously, parsed with the JDK's DOM parser: one entry per complete
 * week, the last eight, newest first, each with a stable id per organization and week, the digest's title with its period,
 * a link to the week's page, and the digest as HTML.
 */
class DigestFeedTest extends DatabaseTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    private Clock clock;

    private HttpResponse<byte[]> fetched(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Document feed(String path) throws Exception {
        HttpResponse<byte[]> response = fetched(path);
        assertThat(response.statusCode()).as(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
    }

    private static List<Element> children(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("one %s in %s", name, parent.getLocalName()).hasSize(1);
        return found.getFirst().getTextContent();
    }

    @Test
    void theFeedHoldsTheLastEightCompleteWeeksOneEntryEachNewestFirst() throws Exception {
        Element root = feed("/organizations/CSTO/digest.atom").getDocumentElement();
        IsoWeek week = IsoWeek.lastCompleteBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));

        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(only(root, "id")).startsWith("tag:").endsWith(",2026:CSTO/digest");
        assertThat(only(root, "title")).isEqualTo("CSTO: weekly digest");
        assertThat(children(root, "link")).anyMatch(link -> link.getAttribute("rel").equals("self")
                && link.getAttribute("href").equals(uri("/organizations/CSTO/digest.atom").toString()));
        assertThat(children(root, "author")).hasSize(1);
        List<Element> entries = children(root, "entry");
        assertThat(entries).hasSize(8);
        assertThat(Instant.parse(only(root, "updated"))).isEqualTo(week.end());
        for (Element entry : entries) {
            assertThat(only(entry, "id")).startsWith("tag:").endsWith(",2026:CSTO/digest/" + week);
            assertThat(only(entry, "title")).startsWith("CSTO: the week of").contains(Integer.toString(week.sunday().getYear()));
            assertThat(OffsetDateTime.parse(only(entry, "updated")).toInstant()).isEqualTo(week.end());
            List<Element> links = children(entry, "link");
            assertThat(links).hasSize(1);
            assertThat(links.getFirst().getAttribute("rel")).isEqualTo("alternate");
            assertThat(links.getFirst().getAttribute("href")).isEqualTo(uri("/organizations/CSTO/digest?week=" + week).toString());
            Element content = children(entry, "content").getFirst();
            assertThat(content.getAttribute("type")).isEqualTo("html");
            assertThat(content.getTextContent()).contains("class=\"digest\"").contains("data-week=\"" + week + "\"");
            week = week.previous();
        }
    }

    @Test
    void anEntrysIdStaysTheSameFromOneReadingToTheNext() throws Exception {
        List<String> first = children(feed("/organizations/CSTO/digest.atom").getDocumentElement(), "entry").stream().map(entry -> only(entry, "id")).toList();
        List<String> again = children(feed("/organizations/CSTO/digest.atom?lang=ru").getDocumentElement(), "entry").stream().map(entry -> only(entry, "id")).toList();

        assertThat(again).isEqualTo(first).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownOrganizationHasNoFeed() throws Exception {
        assertThat(fetched("/organizations/NODIGEST/digest.atom").statusCode()).isEqualTo(404);
    }
}
