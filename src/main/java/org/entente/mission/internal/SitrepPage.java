package org.entente.mission.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.mission.internal.MissionViews.ChangeView;
import org.entente.mission.internal.MissionViews.SitrepView;

/**
 * The sitrep form of the pages, as typed: every field text, so that a refused form comes back as it was filled in.
 * Incidents, needs and sources are one per line; the changes are one status per site ({@code site.<id>.status},
 * {@code .at}, {@code .note}: to whom a site was handed over, or why relinquished) and one time per milestone of each
 * contingent in scope ({@code milestone.<state>.<milestone>}). It is read into the API's form ({@link MissionForms.SitrepForm}),
 * so that the pages and the API share one parser.
 */
record SitrepPage(String scope, String from, String until, String asOf, String summary, Map<String, SiteChange> sites,
                  Map<String, Map<String, String>> milestones, String incidents, String needs, String nextDue, String sources, String marking,
                  String version) {

    /** A site's change as typed: its new status (blank: none), when, and to whom or why. */
    record SiteChange(String status, String at, String note) {
    }

    /** The milestones a sitrep reports reached (the order to move is the mission's, not a sitrep's). */
    static final List<Milestone> REPORTED = List.of(Milestone.DEPARTURE, Milestone.ARRIVAL, Milestone.WITHDRAWAL_START, Milestone.WITHDRAWAL_COMPLETE);

    /** A new sitrep's form: its scope, the period from the last sitrep's end (or blank) to now, the marking a sitrep takes by default, nothing else. */
    static SitrepPage blank(String scope, List<String> siteIds, List<String> states, String from, Instant now, int version) {
        return new SitrepPage(scope, from, text(now), "", "", emptySites(siteIds), emptyMilestones(states), "", "", "", "",
                MissionService.FILED_SITREP_MARKING.code(), String.valueOf(version));
    }

    /** A revision's form: the latest revision as it stands, every field filled in. */
    static SitrepPage of(SitrepView sitrep, List<String> siteIds, List<String> states, int version) {
        var sites = emptySites(siteIds);
        var milestones = emptyMilestones(states);
        for (ChangeView change : sitrep.changes()) {
            if (change.kind().equals("site")) {
                var status = change.status();
                sites.put(change.site(), new SiteChange(status.status(), change.at(), status.to() != null ? status.to() : status.reason() == null ? "" : status.reason()));
            } else {
                milestones.computeIfAbsent(change.state(), state -> new LinkedHashMap<>()).put(change.milestone(), change.at());
            }
        }
        return new SitrepPage(sitrep.scope(), text(sitrep.from()), text(sitrep.until()), text(sitrep.asOf()), sitrep.summary(), sites, milestones,
                String.join("\n", sitrep.incidents()), String.join("\n", sitrep.needs()), text(sitrep.nextDue()), String.join("\n", sitrep.sources()),
                sitrep.marking(), String.valueOf(version));
    }

    /** The form as the browser posts it: flat fields named as above. */
    static SitrepPage posted(Map<String, String> fields, List<String> siteIds, List<String> states) {
        var sites = new LinkedHashMap<String, SiteChange>();
        for (String site : siteIds) {
            sites.put(site, new SiteChange(blank(fields.get("site." + site + ".status")), blank(fields.get("site." + site + ".at")),
                    blank(fields.get("site." + site + ".note"))));
        }
        var milestones = new LinkedHashMap<String, Map<String, String>>();
        for (String state : states) {
            var times = new LinkedHashMap<String, String>();
            for (Milestone milestone : REPORTED) {
                times.put(milestone.code(), blank(fields.get("milestone." + state + "." + milestone.code())));
            }
            milestones.put(state, times);
        }
        return new SitrepPage(fields.get("scope"), blank(fields.get("from")), blank(fields.get("until")), blank(fields.get("asOf")),
                blank(fields.get("summary")), sites, milestones, blank(fields.get("incidents")), blank(fields.get("needs")), blank(fields.get("nextDue")),
                blank(fields.get("sources")), blank(fields.get("marking")), fields.get("version"));
    }

    /** The API's form of this one; {@code scope} is left out of a revision (it keeps its sitrep's). */
    MissionForms.SitrepForm form(boolean revision) {
        List<String> cited = MissionForms.lines(sources);
        var changes = new ArrayList<MissionForms.Change>();
        sites.forEach((site, change) -> {
            if (!change.status().isBlank()) {
                boolean handedOver = change.status().equals("handed_over");
                changes.add(new MissionForms.Change("site", site, change.status(), change.at(), cited, handedOver ? change.note() : null,
                        handedOver ? null : change.note(), null, null));
            }
        });
        milestones.forEach((state, times) -> times.forEach((milestone, at) -> {
            if (at != null && !at.isBlank()) {
                changes.add(new MissionForms.Change("milestone", null, null, at, null, null, null, state, milestone));
            }
        }));
        MissionForms.Scope chosen = revision || scope == null || scope.isBlank() ? null
                : scope.equals("mission") ? new MissionForms.Scope("mission", null) : new MissionForms.Scope("contingent", scope);
        return new MissionForms.SitrepForm(null, null, chosen, from, until, asOf, summary, changes, MissionForms.lines(incidents), MissionForms.lines(needs), nextDue, cited,
                marking);
    }

    /**
     * This form, where it gives its period and summary: the page sends every field of a revision prefilled, so one left
     * blank was emptied, not left as it was (as the API reads a part not given).
     */
    SitrepPage complete() {
        for (var field : List.of(Map.entry("from", from), Map.entry("until", until), Map.entry("summary", summary))) {
            if (field.getValue() == null || field.getValue().isBlank()) {
                throw org.entente.command.Refusal.invalid(field.getKey(), "required");
            }
        }
        return this;
    }

    /** The version of the mission the form was read from, or null where none was sent. */
    Integer versionNumber() {
        try {
            return version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            throw org.entente.command.Refusal.invalid("version", "'" + version + "' is not a version");
        }
    }

    private static Map<String, SiteChange> emptySites(List<String> siteIds) {
        return siteIds.stream().collect(Collectors.toMap(id -> id, id -> new SiteChange("", "", ""), (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, Map<String, String>> emptyMilestones(List<String> states) {
        var milestones = new LinkedHashMap<String, Map<String, String>>();
        for (String state : states) {
            var times = new LinkedHashMap<String, String>();
            REPORTED.forEach(milestone -> times.put(milestone.code(), ""));
            milestones.put(state, times);
        }
        return milestones;
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
