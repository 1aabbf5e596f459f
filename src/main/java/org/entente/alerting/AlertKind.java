package org.entente.alerting;

import java.util.Locale;

/**
 * The kinds of step in the crisis cycle that alerts are sent of (issue 14's list), each with its code (lower case, as every
 * coded enum of Entente is named in the API) and its CloudEvents {@code type}: {@code org.entente.} followed by the
 * full-stop delimited name the Standard Webhooks scheme recommends for event types (characters {@code [a-z0-9_]}).
 */
public enum AlertKind {
    REQUEST_FILED("request.filed"),
    COUNCIL_CONVENED("council.convened"),
    VOTE_NEEDED("vote.needed"),
    DECISION_TAKEN("request.decided"),
    PACKAGE_ACCEPTED("package.accepted"),
    MISSION_DEPLOYED("mission.deployed"),
    CONTINGENT_ARRIVED("contingent.arrived"),
    CONTINGENT_LATE("contingent.late"),
    SITREP_FILED("sitrep.filed"),
    CASUALTY_FIGURE_REVISED("casualty_figure.revised"),
    MISSION_WITHDRAWN("mission.withdrawn"),
    MANDATE_ENDING("mandate.ending"),
    /**
     * An inject of an exercise's scenario arrived: told to everyone who takes part in the exercise, whatever their role, without
     * subscribing; not subscribed to, never sent to a webhook.
     */
    INJECT_ARRIVED("inject.arrived"),
    /** A notice to the organization's secretariat that a webhook endpoint was disabled; not subscribed to, never sent to a webhook. */
    ENDPOINT_DISABLED("endpoint.disabled"),
    /** The organization's week, mailed to each subscriber of its weekly digest; chosen by the subscription's channel, not as a kind. */
    WEEKLY_DIGEST("digest.weekly"),
    /** The alerts of a day that a subscriber asked for in a daily digest, in one mail; chosen by the subscription's channel. */
    DAILY_DIGEST("digest.daily");

    /** The reverse-DNS prefix of every CloudEvents {@code type} Entente sends. */
    public static final String TYPE_PREFIX = "org.entente.";

    private final String event;

    AlertKind(String event) {
        this.event = event;
    }

    /**
     * Whether people subscribe to this kind (all but the secretariat's notices and an exercise's injects, which reach their people
     * without subscribing, and the digests).
     */
    public boolean subscribable() {
        return this != ENDPOINT_DISABLED && this != INJECT_ARRIVED && this != WEEKLY_DIGEST && this != DAILY_DIGEST;
    }

    /** The kind as subscriptions and the API name it, e.g. {@code decision_taken}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The CloudEvents {@code type} of an alert of this kind, e.g. {@code org.entente.request.decided}. */
    public String cloudEventType() {
        return TYPE_PREFIX + event;
    }
}
