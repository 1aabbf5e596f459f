package org.entente.exercise.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.dataset.DatasetDocument;
import org.entente.dataset.DatasetDocument.DisagreementEntry;
import org.entente.dataset.DatasetDocument.OrganizationEntry;
import org.entente.dataset.DatasetDocument.RequestEntry;
import org.entente.register.OrganizationCode;

/**
 * An organization's dataset document made into its exercise's: the same record under the exercise's code (and every
 * disagreement about the organization itself under that code), its name marked as the exercise's ("Collective Security Treaty
 * Organization — exercise: Winter drill") and abbreviated by the exercise's code. Its native names are left out, so that every
 * language shows the marked name rather than the real organization's.
 */
final class ExerciseCopy {

    /** How the copy's name marks it, after the organization's own name. */
    static final String MARK = " — exercise: ";

    private ExerciseCopy() {
    }

    /**
     * The record {@code document} as it stood at the world instant {@code world}, for an exercise that runs a scenario starting there:
     * left out are the recorded requests received at or after it, the recorded missions that began at or after it (with their figures,
     * which they hold) or that answer a request left out, the recorded exercises that began at or after it, and the membership events
     * effective after it, together with every disagreement about what is left out. A date given to the month or the year counts from its
     * first day. Sources, instruments, clauses and force pools are kept as they are.
     */
    static DatasetDocument cutAt(DatasetDocument document, Instant world) {
        var requests = document.requests().stream().filter(request -> startOf(request.received()).isBefore(world)).toList();
        Set<String> keptRequests = requests.stream().map(RequestEntry::id).collect(Collectors.toSet());
        var missions = document.missions().stream()
                .filter(mission -> startOf(mission.path("period").path("from").asString(null)).isBefore(world))
                .filter(mission -> mission.path("request").isMissingNode() || mission.path("request").isNull()
                        || keptRequests.contains(mission.path("request").asString()))
                .toList();
        var exercises = document.exercises().stream().filter(exercise -> startOf(exercise.path("period").path("from").asString(null)).isBefore(world)).toList();
        var events = document.membershipEvents().stream().filter(event -> !startOf(event.date()).isAfter(world)).toList();
        Set<String> left = new HashSet<>();
        document.requests().stream().filter(request -> !requests.contains(request)).forEach(request -> left.add("request:" + request.id()));
        document.missions().stream().filter(mission -> !missions.contains(mission)).forEach(mission -> left.add("mission:" + mission.path("id").asString()));
        document.exercises().stream().filter(exercise -> !exercises.contains(exercise)).forEach(exercise -> left.add("exercise:" + exercise.path("id").asString()));
        document.membershipEvents().stream().filter(event -> !events.contains(event)).forEach(event -> left.add("membershipEvent:" + event.id()));
        var disagreements = document.disagreements().stream().filter(entry -> !left.contains(entry.subject())).toList();
        return new DatasetDocument(document.format(), document.version(), document.organization(), document.sources(), document.instruments(),
                document.clauses(), events, disagreements, requests, document.forcePools(), missions, exercises);
    }

    /** The first instant (UTC) of a dataset date given to the day, the month or the year; the end of time for none (never before a cut). */
    private static Instant startOf(String date) {
        if (date == null) {
            return Instant.MAX;
        }
        String day = switch (date.length()) {
            case 4 -> date + "-01-01";
            case 7 -> date + "-01";
            default -> date;
        };
        return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static DatasetDocument of(DatasetDocument document, OrganizationCode code, String title) {
        OrganizationEntry organization = document.organization();
        String subject = "organization:" + organization.code();
        var renamed = new OrganizationEntry(code.value(), organization.name() + MARK + title, code.value(), java.util.List.of(),
                organization.headquarters(), organization.militaryAlliance(), organization.sources(), organization.translations());
        var disagreements = document.disagreements().stream()
                .map(entry -> entry.subject().equals(subject) ? new DisagreementEntry(entry.id(), "organization:" + code.value(), entry.attribute(),
                        entry.question(), entry.reason(), entry.claims(), entry.translations()) : entry)
                .toList();
        return new DatasetDocument(document.format(), document.version(), renamed, document.sources(), document.instruments(), document.clauses(),
                document.membershipEvents(), disagreements, document.requests(), document.forcePools(), document.missions(), document.exercises());
    }
}
