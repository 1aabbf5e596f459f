package org.entente.mission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.register.PartialDate;

/**
 * One reporter's figures for one category and population, in the order they were reported: its
 * history, every revision a point with its sources (retracted ones kept and marked). Its current
 * figure is the latest cumulative one that is not retracted: a revision replaces what it revises, and
 * a retracted revision gives the floor back to the figure before it.
 *
 * <p>History order: a revision always comes after the figure it revises, even when its own date says
 * less (a figure "as of January 2022" revising one as of 10 January 2022); otherwise by as-of date,
 * then by when each was recorded. The current figure is the last in that order that stands.
 */
public record FigureSeries(String reportedBy, ReportedFigure.Category category, ReportedFigure.Population population,
        List<ReportedFigure> history) {

    public FigureSeries {
        Objects.requireNonNull(reportedBy, "reportedBy");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(population, "population");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a series holds at least one figure");
        }
        for (ReportedFigure figure : history) {
            if (figure.category() != category || figure.population() != population || !figure.reportedBy().equals(reportedBy)) {
                throw new IllegalArgumentException("figure " + figure.id() + " is not of the series " + category.code() + ", "
                        + population.code() + " by " + reportedBy);
            }
        }
        history = inReportedOrder(history);
    }

    /** The last cumulative figure of the history that is not retracted; empty if none stands. */
    public Optional<ReportedFigure> current() {
        return history.stream()
                .filter(figure -> figure.cumulative() && figure.status() != ReportedFigure.Status.RETRACTED)
                .reduce((earlier, later) -> later);
    }

    private static List<ReportedFigure> inReportedOrder(List<ReportedFigure> figures) {
        Map<String, ReportedFigure> byId = figures.stream().collect(Collectors.toMap(ReportedFigure::id, Function.identity()));
        return figures.stream()
                .sorted(Comparator.comparing((ReportedFigure figure) -> revisedUpTo(figure, byId))
                        .thenComparingInt(figure -> revisions(figure, byId).size())
                        .thenComparing(ReportedFigure::recordedAt)
                        .thenComparing(ReportedFigure::id))
                .toList();
    }

    /** The latest as-of date among the figure and every figure it revises, directly or through its predecessors. */
    private static PartialDate revisedUpTo(ReportedFigure figure, Map<String, ReportedFigure> byId) {
        return revisions(figure, byId).stream().map(ReportedFigure::asOf).reduce(figure.asOf(), (one, other) -> one.compareTo(other) >= 0 ? one : other);
    }

    /** The figures of the series this one revises, directly or through its predecessors, the nearest first. */
    private static List<ReportedFigure> revisions(ReportedFigure figure, Map<String, ReportedFigure> byId) {
        List<ReportedFigure> revised = new ArrayList<>();
        for (ReportedFigure earlier = byId.get(figure.supersedes()); earlier != null && revised.size() <= byId.size(); earlier = byId.get(earlier.supersedes())) {
            revised.add(earlier);
        }
        return revised;
    }
}
