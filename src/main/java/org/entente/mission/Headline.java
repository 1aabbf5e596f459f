package org.entente.mission;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a reader sees first for one category and population: the current figure of the preferred
 * series ({@link FigurePrecedence}), the current figure of every other series beside it, the range
 * they span, every source behind them, and the preferred series' history.
 *
 * <p>There is deliberately no total: figures of different reporters count the same people in
 * different ways, and adding them would count some twice. Every number a headline gives is a
 * {@link ReportedFigure}, with its reporter and sources.
 *
 * @param preferred the series the headline is taken from
 * @param others the other series that have a current figure, in order of precedence
 */
public record Headline(FigureSeries preferred, List<FigureSeries> others) {

    public Headline {
        Objects.requireNonNull(preferred, "preferred");
        others = List.copyOf(others);
        if (preferred.current().isEmpty() || others.stream().anyMatch(series -> series.current().isEmpty())) {
            throw new IllegalArgumentException("a headline is made of series with a current figure");
        }
    }

    public ReportedFigure.Category category() {
        return preferred.category();
    }

    public ReportedFigure.Population population() {
        return preferred.population();
    }

    /** The headline figure: the preferred series' current figure. */
    public ReportedFigure figure() {
        return preferred.current().orElseThrow();
    }

    /** The current figures of every series, the headline's first. */
    public List<ReportedFigure> currentFigures() {
        return Stream.concat(Stream.of(preferred), others.stream()).map(series -> series.current().orElseThrow()).toList();
    }

    /** The lowest and highest of the series' current figures (the same figure when one series reports). */
    public Range range() {
        Comparator<ReportedFigure> byCount = Comparator.comparing(ReportedFigure::count);
        List<ReportedFigure> current = currentFigures();
        return new Range(current.stream().min(byCount).orElseThrow(), current.stream().max(byCount).orElseThrow());
    }

    /** Every source behind the headline and the range: the sources of the series' current figures, each once, in order. */
    public List<String> sources() {
        return currentFigures().stream().flatMap(figure -> figure.sources().stream()).distinct().toList();
    }

    /** The headline over time: every figure of the preferred series, each with its sources. */
    public List<ReportedFigure> history() {
        return preferred.history();
    }

    /** The span of what the reporters say, each end a figure with its reporter and sources. */
    public record Range(ReportedFigure low, ReportedFigure high) {
        public Range {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }

        /** Whether every reporter's current count is the same number, said the same way. */
        public boolean agreed() {
            return low.count().equals(high.count());
        }
    }
}
