package org.entente.alerting.internal.cap;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.alerting.internal.cap.CapInfo.Certainty;
import org.entente.alerting.internal.cap.CapInfo.Severity;
import org.entente.alerting.internal.cap.CapInfo.Urgency;
import org.entente.mission.Mission;
import org.entente.mission.MissionState;

/**
 * A mission's public steps as CAP alerts: the order to move (deploying), the force in place (deployed), the last contingent
 * home (withdrawn) and an early end (terminated), each a new {@code Alert} with one {@code info} block per language, the
 * mission's page as its link and its theatre as its area. A pure function of the mission as it stands, the sender's name,
 * the site's address, the time zone the times are written in and the words of each language; planning and the start of the
 * withdrawal (drawing down) are steps of the mission's own page, not alerts.
 */
public final class MissionAlerts {

    /**
     * The radius of the circle drawn around the point that stands for a theatre: a convention that the area is around there,
     * not a measurement of it (the record gives a point and a name, not a boundary).
     */
    public static final double THEATRE_RADIUS_KM = 50;

    private final AlertSite site;

    /**
     * @param sender the sender's name in every alert (no spaces or commas), e.g. the site's host name
     * @param site   the site's absolute address, to which the mission's page path is added
     * @param zone   the time zone in which times are written, with its numeric offset on that day
     * @param words  the texts and record names in each language
     */
    public MissionAlerts(String sender, URI site, ZoneId zone, AlertWords words) {
        this.site = new AlertSite(sender, site, zone, words);
    }

    /** What each public step says, and how urgent, grave and sure it is (CAP's urgency, severity and certainty). */
    enum Step {
        /** The order to move: contingents are on their way, and those in the theatre should act on it now. */
        DEPLOYING(Urgency.IMMEDIATE, Severity.MODERATE),
        /** Every contingent in place: the force is carrying out its mandate now. */
        DEPLOYED(Urgency.IMMEDIATE, Severity.MODERATE),
        /** The last contingent is home: nothing left to act on. */
        WITHDRAWN(Urgency.PAST, Severity.MINOR),
        /** Ended before its course was run: nothing left to act on. */
        TERMINATED(Urgency.PAST, Severity.MINOR);

        private final Urgency urgency;
        private final Severity severity;

        Step(Urgency urgency, Severity severity) {
            this.urgency = urgency;
            this.severity = severity;
        }

        /** The public step a mission's state is, if it is one. */
        static Optional<Step> of(MissionState state) {
            return switch (state) {
                case MissionState.Deploying deploying -> Optional.of(DEPLOYING);
                case MissionState.Deployed deployed -> Optional.of(DEPLOYED);
                case MissionState.Withdrawn withdrawn -> Optional.of(WITHDRAWN);
                case MissionState.Terminated terminated -> Optional.of(TERMINATED);
                case MissionState.Planned planned -> Optional.empty();
                case MissionState.DrawingDown drawingDown -> Optional.empty();
            };
        }

        Urgency urgency() {
            return urgency;
        }

        Severity severity() {
            return severity;
        }

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The alerts of the mission's public steps, in the order they were taken. A step is dated to the day (or less) by its record: it is
     * sent at that day's start in UTC (a month's or a year's first day), and never before the step it follows, so that a step the
     * sources date only to the month (the Kazakhstan mission deployed "2022-01") is not sent before the order to move of that month.
     */
    public List<CapAlert> steps(Mission mission, CapAlert.Status status) {
        var alerts = new ArrayList<CapAlert>();
        Instant previous = Instant.EPOCH;
        for (MissionState state : mission.history()) {
            Instant day = state.step().on().date().atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant at = day.isBefore(previous) ? previous : day;
            previous = at;
            Step.of(state).ifPresent(step -> alerts.add(CapAlert.alert(identifier(mission, step), site.sender(), site.time(at), status,
                    infos(mission, state, step))));
        }
        return List.copyOf(alerts);
    }

    /** {@code CSTO.mission.MIS-KAZ-2022.deployed}: the organization, the mission (its id URL-encoded), and the step. */
    static String identifier(Mission mission, Step step) {
        return mission.organization().value() + ".mission." + AlertSite.token(mission.id()) + "." + step.code();
    }

    private List<CapInfo> infos(Mission mission, MissionState state, Step step) {
        URI web = site.page(mission.organization().value(), "missions", mission.id());
        List<CapArea> areas = List.of(DecisionAlerts.theatre(mission.theatre(), THEATRE_RADIUS_KM));
        AlertWords words = site.words();
        String reason = state instanceof MissionState.Terminated terminated ? terminated.reason() : "";
        return AlertSite.inEachLanguage(language -> {
            Object[] arguments = {words.organization(mission.organization(), language), mission.name(), mission.id(),
                    words.state(mission.host(), language), mission.theatre().area(), reason};
            String key = "cap.mission." + step.code();
            return new CapInfo(language, words.text(language, key + ".event"), step.urgency(), step.severity(), Certainty.OBSERVED,
                    words.text(language, key + ".headline", arguments), words.text(language, key + ".description", arguments), web, areas);
        });
    }
}
