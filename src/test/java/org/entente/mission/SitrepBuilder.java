package org.entente.mission;

import java.time.Instant;
import java.util.List;
import org.entente.access.ReleaseMarking;

/**
 * Sitreps for the tests: sitrep 1, revision 1, of the Kazakhstan mission, on the whole mission, covering 6 January 2022
 * 06:00 UTC to 7 January 06:00 and as of its end, prepared by the secretariat's duty officer, filed at 07:00, with no
 * change, incident, need, next due time or source, public, unless changed.
 */
final class SitrepBuilder {

    private String missionId = "MIS-KAZ-2022";
    private int number = 1;
    private int revision = 1;
    private Sitrep.Scope scope = Sitrep.Scope.mission();
    private Instant from = Instant.parse("2022-01-06T06:00:00Z");
    private Instant until = Instant.parse("2022-01-07T06:00:00Z");
    private Instant asOf = until;
    private String preparedBy = "secretariat.duty";
    private String summary = "Quiet night in Almaty.";
    private List<Sitrep.Change> changes = List.of();
    private List<String> incidents = List.of();
    private List<String> needs = List.of();
    private Instant nextDue;
    private Instant filedAt = Instant.parse("2022-01-07T07:00:00Z");
    private List<String> sources = List.of();
    private ReleaseMarking marking = ReleaseMarking.PUBLIC;

    private SitrepBuilder() {
    }

    static SitrepBuilder sitrep(int number, int revision) {
        SitrepBuilder builder = new SitrepBuilder();
        builder.number = number;
        builder.revision = revision;
        return builder;
    }

    /** A builder holding everything {@code sitrep} holds, to change one part of it. */
    static SitrepBuilder from(Sitrep sitrep) {
        SitrepBuilder builder = new SitrepBuilder();
        builder.missionId = sitrep.missionId();
        builder.number = sitrep.number();
        builder.revision = sitrep.revision();
        builder.scope = sitrep.scope();
        builder.from = sitrep.from();
        builder.until = sitrep.until();
        builder.asOf = sitrep.asOf();
        builder.preparedBy = sitrep.preparedBy();
        builder.summary = sitrep.summary();
        builder.changes = sitrep.changes();
        builder.incidents = sitrep.incidents();
        builder.needs = sitrep.needs();
        builder.nextDue = sitrep.nextDue();
        builder.filedAt = sitrep.filedAt();
        builder.sources = sitrep.sources();
        builder.marking = sitrep.marking();
        return builder;
    }

    SitrepBuilder marking(ReleaseMarking value) {
        marking = value;
        return this;
    }

    SitrepBuilder missionId(String value) {
        missionId = value;
        return this;
    }

    SitrepBuilder revision(int value) {
        revision = value;
        return this;
    }

    SitrepBuilder scope(Sitrep.Scope value) {
        scope = value;
        return this;
    }

    /** The period covered, the sitrep as of its end. */
    SitrepBuilder covering(String fromInstant, String untilInstant) {
        from = Instant.parse(fromInstant);
        until = Instant.parse(untilInstant);
        asOf = until;
        return this;
    }

    SitrepBuilder asOf(String value) {
        asOf = Instant.parse(value);
        return this;
    }

    SitrepBuilder preparedBy(String value) {
        preparedBy = value;
        return this;
    }

    SitrepBuilder summary(String value) {
        summary = value;
        return this;
    }

    SitrepBuilder changes(Sitrep.Change... value) {
        changes = List.of(value);
        return this;
    }

    SitrepBuilder incidents(String... value) {
        incidents = List.of(value);
        return this;
    }

    SitrepBuilder needs(String... value) {
        needs = List.of(value);
        return this;
    }

    SitrepBuilder nextDue(String value) {
        nextDue = value == null ? null : Instant.parse(value);
        return this;
    }

    SitrepBuilder filedAt(String value) {
        filedAt = Instant.parse(value);
        return this;
    }

    SitrepBuilder sources(String... value) {
        sources = List.of(value);
        return this;
    }

    Sitrep build() {
        return new Sitrep(missionId, number, revision, scope, from, until, asOf, preparedBy, summary, changes, incidents, needs, nextDue, filedAt, sources, marking);
    }
}
