package org.entente.alerting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.entente.alerting.internal.cap.CapSchema;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Atom feed of an organization's public decisions as a reader fetches it, anonymously, parsed with the JDK's DOM parser:
 * well-formed Atom with its required elements, each entry's embedded CAP alert valid against the shipped CAP 1.2 schema (the
 * JDK's validator), the recorded Kazakhstan 2022 decision among them, a decided request filed in Entente in it and an open one not.
 */
class AlertFeedTest extends DatabaseTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";

    private record Fetched(int status, String contentType, byte[] body) {
    }

    private Fetched anonymous(String path) throws Exception {
        return anonymous(path, "*/*");
    }

    private Fetched anonymous(String path, String accept) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Fetched(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private Document feed(String organization) throws Exception {
        Fetched fetched = anonymous("/organizations/" + organization + "/alerts.atom");
        assertThat(fetched.status()).as(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(fetched.contentType()).startsWith("application/atom+xml");
        return parse(fetched.body());
    }

    private static Document parse(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        var found = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String only(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        assertThat(found).as("one %s in %s", name, parent.getLocalName()).hasSize(1);
        return found.getFirst().getTextContent();
    }

    private static List<Element> entries(Document feed) {
        return children(feed.getDocumentElement(), ATOM, "entry");
    }

    /** The one CAP alert element an entry's content holds. */
    private static Element alert(Element entry) {
        List<Element> contents = children(entry, ATOM, "content");
        assertThat(contents).hasSize(1);
        assertThat(contents.getFirst().getAttribute("type")).isEqualTo("application/cap+xml");
        List<Element> alerts = children(contents.getFirst(), CAP, "alert");
        assertThat(alerts).as("one CAP alert in the content").hasSize(1);
        return alerts.getFirst();
    }

    private static String text(Element element) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(element), new StreamResult(out));
        return out.toString();
    }

    private static List<String> identifiers(Document feed) {
        return entries(feed).stream().map(entry -> only(alert(entry), CAP, "identifier")).toList();
    }

    @Test
    void theCstoFeedHoldsTheKazakhstan2022DecisionAndEveryEntrysAlertIsValidCap() throws Exception {
        Document feed = feed("CSTO");

        for (Element entry : entries(feed)) {
            Element alert = alert(entry);
            assertThatCode(() -> CapSchema.validate(text(alert))).as("%s", text(alert)).doesNotThrowAnyException();
            assertThat(only(entry, ATOM, "title")).isEqualTo(only(children(alert, CAP, "info").getFirst(), CAP, "headline"));
            assertThat(children(alert, CAP, "info").stream().map(info -> only(info, CAP, "language")).toList()).containsExactly("en", "ru", "id");
            assertThat(OffsetDateTime.parse(only(entry, ATOM, "updated")).toInstant()).isEqualTo(OffsetDateTime.parse(only(alert, CAP, "sent")).toInstant());
        }
        List<String> identifiers = identifiers(feed);
        if (identifiers.contains("CSTO.KAZ-2022.decision.1")) {
            Element kaz = entries(feed).get(identifiers.indexOf("CSTO.KAZ-2022.decision.1"));
            Element alert = alert(kaz);
            // The dataset dates the decision 2022-01-06, to the day: that day's start in UTC, which CAP writes -00:00.
            assertThat(only(alert, CAP, "sent")).isEqualTo("2022-01-06T00:00:00-00:00");
            assertThat(only(alert, CAP, "status")).isEqualTo("Actual");
            assertThat(only(alert, CAP, "msgType")).isEqualTo("Alert");
            Element info = children(alert, CAP, "info").getFirst();
            assertThat(only(info, CAP, "urgency")).isEqualTo("Immediate");
            assertThat(only(info, CAP, "web")).endsWith("/organizations/CSTO/requests/KAZ-2022");
            assertThat(children(kaz, ATOM, "link").stream().map(link -> link.getAttribute("href")).toList())
                    .anyMatch(href -> href.endsWith("/organizations/CSTO/requests/KAZ-2022"));
        } else {
            // The tests of one Spring context share its record: only fifty newer decisions filed by other tests push it out.
            assertThat(identifiers).hasSize(50);
            assertThat(entries(feed)).allMatch(entry -> Instant.parse(only(entry, ATOM, "updated")).isAfter(Instant.parse("2022-01-06T00:00:00Z")));
        }
    }

    /** The entry of the alert {@code identifier} in the CSTO's feed, or none where fifty newer alerts of other tests pushed it out. */
    private java.util.Optional<Element> cstoEntry(Document feed, String identifier) {
        List<String> identifiers = identifiers(feed);
        if (identifiers.contains(identifier)) {
            return java.util.Optional.of(entries(feed).get(identifiers.indexOf(identifier)));
        }
        // The tests of one Spring context share its record: only fifty newer alerts filed by other tests push it out.
        assertThat(identifiers).hasSize(50);
        return java.util.Optional.empty();
    }

    private static Element info(Element alert, String language) {
        return children(alert, CAP, "info").stream().filter(info -> only(info, CAP, "language").equals(language)).findFirst().orElseThrow();
    }

    @Test
    void theKazakhstan2022MissionsDeploymentAndWithdrawalAreInTheFeedWhenTheRecordDatesThemWithTheTheatre() throws Exception {
        Document feed = feed("CSTO");
        // csto.json: the order to move on 2022-01-06; deployed dated only "2022-01" (sent no earlier than the order it follows); withdrawn 2022-01-19.
        Map<String, String> sent = Map.of("CSTO.mission.MIS-KAZ-2022.deploying", "2022-01-06T00:00:00-00:00",
                "CSTO.mission.MIS-KAZ-2022.deployed", "2022-01-06T00:00:00-00:00", "CSTO.mission.MIS-KAZ-2022.withdrawn", "2022-01-19T00:00:00-00:00");
        for (var step : sent.entrySet()) {
            var found = cstoEntry(feed, step.getKey());
            if (found.isEmpty()) {
                continue;
            }
            Element alert = alert(found.get());
            assertThat(only(alert, CAP, "sent")).isEqualTo(step.getValue());
            assertThat(only(alert, CAP, "msgType")).isEqualTo("Alert");
            for (String language : List.of("en", "ru", "id")) {
                Element info = info(alert, language);
                assertThat(only(info, CAP, "web")).endsWith("/organizations/CSTO/missions/MIS-KAZ-2022");
                Element area = children(info, CAP, "area").getFirst();
                assertThat(only(area, CAP, "areaDesc")).isEqualTo("Almaty and Almaty Region, Kazakhstan");
                assertThat(only(area, CAP, "circle")).isEqualTo("43.2389,76.8897 50");
            }
            String urgency = only(info(alert, "en"), CAP, "urgency");
            assertThat(urgency).isEqualTo(step.getKey().endsWith("withdrawn") ? "Past" : "Immediate");
        }
    }

    @Test
    void theRussianAndIndonesianBlocksOfEveryAlertAreNotEnglish() throws Exception {
        for (Element entry : entries(feed("CSTO"))) {
            Element alert = alert(entry);
            Element english = info(alert, "en");
            for (String language : List.of("ru", "id")) {
                for (String field : List.of("event", "headline", "description")) {
                    assertThat(only(info(alert, language), CAP, field)).as("%s %s of %s", language, field, only(alert, CAP, "identifier"))
                            .isNotEqualTo(only(english, CAP, field));
                }
            }
        }
    }

    @Test
    void eachEntryLinksToItsAlertsOwnAddressWhichAnswersTheSameAlert() throws Exception {
        Document feed = feed("CSTO");
        for (Element entry : entries(feed).subList(0, Math.min(3, entries(feed).size()))) {
            List<Element> links = children(entry, ATOM, "link").stream().filter(link -> link.getAttribute("type").equals("application/cap+xml")).toList();
            assertThat(links).singleElement().satisfies(link -> assertThat(link.getAttribute("rel")).isEqualTo("alternate"));
            String href = links.getFirst().getAttribute("href");
            String identifier = only(alert(entry), CAP, "identifier");
            assertThat(href).isEqualTo(uri("/organizations/CSTO/alerts/" + URLEncoder.encode(identifier, StandardCharsets.UTF_8) + ".xml").toString());
            assertThat(only(entry, ATOM, "id")).endsWith(":alerts/" + identifier);

            Fetched fetched = anonymous(java.net.URI.create(href).getRawPath());

            assertThat(fetched.status()).isEqualTo(200);
            assertThat(fetched.contentType()).startsWith("application/cap+xml");
            String document = new String(fetched.body(), StandardCharsets.UTF_8);
            assertThatCode(() -> CapSchema.validate(document)).as(document).doesNotThrowAnyException();
            assertThat(document).contains("<identifier>" + identifier + "</identifier>");
            assertThat(parse(fetched.body()).getDocumentElement().isEqualNode(alert(entry))).as("%s is the entry's %s", document, text(alert(entry))).isTrue();
        }
    }

    @Test
    void theRecordedMissionsAlertHasItsOwnAddressAndAnUnknownAlertIsAProblem404() throws Exception {
        Fetched deployed = anonymous("/organizations/CSTO/alerts/CSTO.mission.MIS-KAZ-2022.deployed.xml");
        assertThat(deployed.status()).isEqualTo(200);
        String document = new String(deployed.body(), StandardCharsets.UTF_8);
        assertThatCode(() -> CapSchema.validate(document)).as(document).doesNotThrowAnyException();
        assertThat(document).contains("<identifier>CSTO.mission.MIS-KAZ-2022.deployed</identifier>", "<sent>2022-01-06T00:00:00-00:00</sent>",
                "<language>ru</language>", "<language>id</language>");

        Fetched unknown = anonymous("/organizations/CSTO/alerts/CSTO.mission.NO-SUCH-MISSION.deployed.xml", "application/cap+xml");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("identifier");
        assertThat(anonymous("/organizations/NOSUCHORG/alerts/CSTO.KAZ-2022.decision.1.xml").status()).isEqualTo(404);
    }

    @Test
    void theFeedIsAtomWithAnIdATitleAndAnUpdatedTimeForItselfAndEachEntryNewestFirst() throws Exception {
        Document feed = feed("CSTO");
        Element root = feed.getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(only(root, ATOM, "id")).startsWith("tag:");
        assertThat(only(root, ATOM, "title")).isNotBlank();
        Instant updated = OffsetDateTime.parse(only(root, ATOM, "updated")).toInstant();
        assertThat(children(root, ATOM, "link")).anyMatch(link -> link.getAttribute("rel").equals("self")
                && link.getAttribute("href").equals(uri("/organizations/CSTO/alerts.atom").toString()));
        assertThat(children(root, ATOM, "author")).isNotEmpty();
        List<Element> entries = entries(feed);
        assertThat(entries).isNotEmpty().hasSizeLessThanOrEqualTo(50);
        var ids = new ArrayList<String>();
        Instant previous = null;
        for (Element entry : entries) {
            ids.add(only(entry, ATOM, "id"));
            assertThat(only(entry, ATOM, "title")).isNotBlank();
            Instant time = OffsetDateTime.parse(only(entry, ATOM, "updated")).toInstant();
            if (previous != null) {
                assertThat(time).as("newest first").isBeforeOrEqualTo(previous);
            }
            previous = time;
        }
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.startsWith("tag:"));
        assertThat(updated).as("the feed's time is its newest entry's").isEqualTo(OffsetDateTime.parse(only(entries.getFirst(), ATOM, "updated")).toInstant());
    }

    @Test
    void aDecidedRequestFiledInEntenteIsInTheFeedAndAnOpenOneIsNot() throws Exception {
        String secretariat = tokenFor("feed-secretariat", "secretariat@CSTO");
        String decided = CrisisSteps.decidedToDeploy(this, "feed-requests", secretariat, "TJK", "terrorism", "Armed groups hold a valley near Isfara");
        CrisisSteps.noOpenRequest(org.entente.support.CrisisSteps.Client.of(this), secretariat, "BLR", "border_incident");
        Answer filed = postAs(tokenFor("feed-liaison-blr-filer", "liaison@CSTO/BLR"), "/api/v1/organizations/CSTO/requests",
                json().writeValueAsBytes(Map.of("state", "BLR", "threat", "border_incident", "description", "Shelling at the border, near Brest")));
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        String open = filed.body().path("id").asString();

        List<String> identifiers = identifiers(feed("CSTO"));

        assertThat(identifiers).contains("CSTO." + URLEncoder.encode(decided, StandardCharsets.UTF_8) + ".decision.1");
        assertThat(identifiers).noneMatch(identifier -> identifier.startsWith("CSTO." + URLEncoder.encode(open, StandardCharsets.UTF_8) + "."));
    }

    /** The {@code href} of the one element {@code pattern} finds on the page, as a browser reads it. */
    private String href(String page, String pattern) {
        var found = java.util.regex.Pattern.compile(pattern, java.util.regex.Pattern.DOTALL).matcher(page);
        assertThat(found.find()).as("the page has %s", pattern).isTrue();
        var href = java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(found.group());
        assertThat(href.find()).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(href.group(1));
    }

    @Test
    void theRequestsPageLinksToTheFeedInEachLanguageAndInItsHead() throws Exception {
        for (String language : List.of("en", "ru", "id")) {
            String page = new String(anonymous("/organizations/CSTO/requests?lang=" + language).body(), StandardCharsets.UTF_8);
            String head = page.substring(0, page.indexOf("</head>"));

            String shown = href(page, "<a[^>]*id=\"alerts-feed\"[^>]*>");
            String alternate = href(head, "<link[^>]*rel=\"alternate\"[^>]*type=\"application/atom\\+xml\"[^>]*>");

            assertThat(shown).isEqualTo(alternate);
            Fetched feed = anonymous(shown);
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.contentType()).startsWith("application/atom+xml");
        }
    }

    @Test
    void anUnknownOrganizationHasNoFeed() throws Exception {
        assertThat(anonymous("/organizations/NOSUCHORG/alerts.atom").status()).isEqualTo(404);
    }
}
