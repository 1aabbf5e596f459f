package org.entente.alerting.internal.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.entente.access.ReleaseMarking;
import org.entente.alerting.AlertKind;
import org.entente.provenance.Digests;

/**
 * One step of the crisis cycle as it is told: its kind, the organization, what it is about ({@code subject}, e.g.
 * {@code requests/42}) and the page that shows it ({@code path}), when it happened, who may read it (a release marking and,
 * for a mission's contributors, their states), the state and mission it concerns (for subscriptions narrowed to one), and
 * its values as codes ({@code data}, in key order). Made from a record event by {@link Alerts}; stored as JSON in each
 * delivery's row.
 */
public record Alert(AlertKind kind, String organization, String subject, String path, Instant at, ReleaseMarking marking,
                    List<String> contributors, String state, String mission, Map<String, String> data) {

    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(marking, "marking");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("an alert's page is a path from the site's root: " + path);
        }
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
        TreeMap<String, String> values = new TreeMap<>();
        (data == null ? Map.<String, String>of() : data).forEach((key, value) -> {
            if (value != null) {
                values.put(key, value);
            }
        });
        data = java.util.Collections.unmodifiableSortedMap(values);
    }

    /**
     * The alert's id, the same however often its event is heard (a crash before the event was marked done hears it again):
     * {@code msg_} and 32 hexadecimal digits of the SHA-256 of what the alert says. It is every delivery's {@code webhook-id}
     * and CloudEvents {@code id}, so a receiver drops a repeat by it; no full stop, as the webhook scheme asks.
     */
    public String messageId() {
        String said = String.join("\n", kind.code(), organization, subject, at.toString(), String.valueOf(state), String.valueOf(mission),
                data.toString());
        return "msg_" + Digests.sha256(said.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /**
     * What the alert is one version of, for amendments: a sitrep ({@code sitrep:<mission>:<number>}), a casualty figure's
     * series ({@code figure:<mission>:<category>:<population>:<reporter>}) or an exercise's injects ({@code injects:<exercise>}:
     * each inject amends the news of the one before, so that a fast clock mails no flood); null for a step that is never amended.
     */
    public String amendable() {
        return switch (kind) {
            case SITREP_FILED -> "sitrep:" + mission + ":" + data.get("number");
            case CASUALTY_FIGURE_REVISED -> "figure:" + mission + ":" + data.get("category") + ":" + data.get("population") + ":" + data.get("reportedBy");
            case INJECT_ARRIVED -> "injects:" + organization;
            default -> null;
        };
    }

    /** Whether the alert amends something told before: a sitrep's revision, a figure that supersedes another, an inject (the exercise's latest). */
    public boolean amends() {
        return kind == AlertKind.SITREP_FILED && !"1".equals(data.get("revision"))
                || kind == AlertKind.CASUALTY_FIGURE_REVISED && data.get("supersedes") != null
                || kind == AlertKind.INJECT_ARRIVED;
    }

    /** The source of its CloudEvent: the organization's path. */
    public String source() {
        return "/organizations/" + organization;
    }
}
