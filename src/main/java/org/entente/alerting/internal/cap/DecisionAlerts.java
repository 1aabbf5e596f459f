package org.entente.alerting.internal.cap;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.alerting.internal.cap.CapInfo.Certainty;
import org.entente.alerting.internal.cap.CapInfo.Severity;
import org.entente.alerting.internal.cap.CapInfo.Urgency;
import org.entente.assistance.DecisionKind;
import org.entente.mission.Theatre;

/**
 * A council's decision as a CAP alert, and its revision as an Update of it: a pure function of the decision, the sender's
 * name, the site's address (for the link to the request's page), the time zone the times are written in and the words of
 * each language ({@link AlertWords}): one {@code info} block in English, Russian and Indonesian each.
 */
public final class DecisionAlerts {

    private final AlertSite site;

    /**
     * @param sender the sender's name in every alert (no spaces or commas), e.g. the site's host name
     * @param site   the site's absolute address, to which the request's page path is added
     * @param zone   the time zone in which times are written, with its numeric offset on that day
     * @param words  the texts and record names in each language
     */
    public DecisionAlerts(String sender, URI site, ZoneId zone, AlertWords words) {
        this.site = new AlertSite(sender, site, zone, words);
    }

    /** The first alert of a decision, sent when it was decided. */
    public CapAlert decided(DecidedRequest decided, CapAlert.Status status, List<CapArea> areas) {
        OffsetDateTime sent = site.time(decided.decidedAt());
        return CapAlert.alert(identifier(decided, 1), site.sender(), sent, status, infos(decided, areas));
    }

    /**
     * An Update of {@code earlier} for the same decision as revised at {@code revisedAt} (not before {@code earlier} was sent):
     * it names the earlier alert and every alert that one named, so a reader that missed a step still links the whole chain,
     * and it is numbered after them, so that two revisions within one second are two alerts.
     */
    public CapAlert revised(CapAlert earlier, DecidedRequest revised, Instant revisedAt, List<CapArea> areas) {
        if (!earlier.identifier().startsWith(decisionOf(revised))) {
            throw new IllegalArgumentException("an Update revises an alert of the same decision: " + earlier.identifier() + " is not of request "
                    + revised.requestId());
        }
        OffsetDateTime sent = site.time(revisedAt);
        if (sent.isBefore(earlier.sent())) {
            throw new IllegalArgumentException("a revision is sent after the alert it revises (" + earlier.sent() + "), not at " + sent);
        }
        List<CapReference> chain = chain(earlier);
        return new CapAlert(identifier(revised, chain.size() + 1), site.sender(), sent, earlier.status(), CapAlert.MessageType.UPDATE, chain,
                infos(revised, areas));
    }

    /** The theatre of a mission as an alert's area: its name, and a circle of {@code radiusKm} around the point that stands for it. */
    public static CapArea theatre(Theatre theatre, double radiusKm) {
        return new CapArea(theatre.area(), new CapArea.Circle(theatre.point(), radiusKm));
    }

    private static List<CapReference> chain(CapAlert earlier) {
        Set<CapReference> chain = new LinkedHashSet<>(earlier.references());
        chain.add(earlier.reference());
        return new ArrayList<>(chain);
    }

    /**
     * {@code CSTO.KAZ-2022.decision.2}: the organization, the request (its id URL-encoded, so no space or comma), and the
     * alert's number among the decision's alerts (1 for the first, then each revision's).
     */
    private static String identifier(DecidedRequest decided, int number) {
        return decisionOf(decided) + number;
    }

    private static String decisionOf(DecidedRequest decided) {
        return decided.organization().value() + "." + AlertSite.token(decided.requestId()) + ".decision.";
    }

    private List<CapInfo> infos(DecidedRequest decided, List<CapArea> areas) {
        URI web = site.page(decided.organization().value(), "requests", decided.requestId());
        AlertWords words = site.words();
        return AlertSite.inEachLanguage(language -> {
            String organization = words.organization(decided.organization(), language);
            String state = words.state(decided.state(), language);
            String decision = words.text(language, "decision." + decided.decision().code());
            String threat = words.text(language, "threat." + decided.threat().code());
            String clause = decided.clause() != null ? decided.clause() : words.text(language, "cap.decision.noClause");
            return new CapInfo(language, words.text(language, "cap.decision.event", decision), urgency(decided.decision()),
                    severity(decided.decision()), Certainty.OBSERVED, words.text(language, "cap.decision.headline", organization, state, decision),
                    words.text(language, "cap.decision.description", organization, decided.requestId(), state, threat, decision, clause), web, areas);
        });
    }

    /** Forces deploying call for action now; assistance soon; a deferral later; a rejection for none. */
    static Urgency urgency(DecisionKind decision) {
        return switch (decision) {
            case DEPLOY_FORCES -> Urgency.IMMEDIATE;
            case NON_MILITARY_ASSISTANCE -> Urgency.EXPECTED;
            case DEFERRED -> Urgency.FUTURE;
            case REJECTED -> Urgency.PAST;
        };
    }

    /** Forces deploying into a member state is a severe step; assistance a moderate one; a rejection or a deferral a minor one. */
    static Severity severity(DecisionKind decision) {
        return switch (decision) {
            case DEPLOY_FORCES -> Severity.SEVERE;
            case NON_MILITARY_ASSISTANCE -> Severity.MODERATE;
            case DEFERRED, REJECTED -> Severity.MINOR;
        };
    }
}
