package org.entente.mission;

import java.time.Instant;
import java.util.List;
import org.entente.mission.ReportedFigure.Basis;
import org.entente.mission.ReportedFigure.Category;
import org.entente.mission.ReportedFigure.Population;
import org.entente.mission.ReportedFigure.Span;
import org.entente.mission.ReportedFigure.Status;
import org.entente.register.PartialDate;

/** Reported figures for the tests: a cumulative, provisional, official count of the killed, as of 10 January 2022, unless changed. */
final class Figures {

    private String id;
    private Category category = Category.KILLED;
    private Population population = Population.ALL;
    private Count count;
    private Span span = new Span.Cumulative();
    private PartialDate asOf = PartialDate.parse("2022-01-10");
    private Instant recordedAt = Instant.parse("2022-01-10T12:00:00Z");
    private String reportedBy;
    private Basis basis = Basis.OFFICIAL;
    private List<String> sources;
    private Status status = Status.PROVISIONAL;
    private String supersedes;

    private Figures() {
    }

    static Figures killed(String id, String reportedBy, long count) {
        Figures figure = new Figures();
        figure.id = id;
        figure.reportedBy = reportedBy;
        figure.count = Count.exactly(count);
        figure.sources = List.of("SRC-" + id);
        return figure;
    }

    Figures category(Category value) {
        category = value;
        return this;
    }

    Figures population(Population value) {
        population = value;
        return this;
    }

    Figures count(Count value) {
        count = value;
        return this;
    }

    Figures span(Span value) {
        span = value;
        return this;
    }

    Figures asOf(String value) {
        asOf = PartialDate.parse(value);
        return this;
    }

    Figures recordedAt(String value) {
        recordedAt = Instant.parse(value);
        return this;
    }

    Figures basis(Basis value) {
        basis = value;
        return this;
    }

    Figures sources(List<String> value) {
        sources = value;
        return this;
    }

    Figures status(Status value) {
        status = value;
        return this;
    }

    Figures supersedes(String value) {
        supersedes = value;
        return this;
    }

    ReportedFigure build() {
        return new ReportedFigure(id, category, population, count, span, asOf, recordedAt, reportedBy, basis, sources, null, status, supersedes);
    }
}
