package org.entente.mission;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.command.Verdict;

/**
 * Every casualty and incident figure reported about a mission's crisis and about the mission itself,
 * one row per figure, grouped into series (one reporter's figures for one category and population)
 * from which the headlines are drawn. The crisis's figures and the mission's own losses
 * ({@code mission_personnel}) are read apart; a category nobody reported has no headline, which is
 * not a zero.
 */
public record CasualtyFigures(List<ReportedFigure> figures) {

    /** Series by the precedence of their current figures; a series with none stands last. */
    private static final Comparator<FigureSeries> PREFERRED_FIRST = Comparator
            .comparing((FigureSeries series) -> series.current().isEmpty())
            .thenComparing(series -> series.current().orElse(null), Comparator.nullsLast(FigurePrecedence.PREFERRED_FIRST))
            .thenComparing(FigureSeries::reportedBy);

    public CasualtyFigures {
        figures = List.copyOf(figures);
        Set<String> ids = new HashSet<>();
        for (ReportedFigure figure : figures) {
            if (!ids.add(figure.id())) {
                throw new IllegalArgumentException("figure " + figure.id() + " is recorded twice");
            }
        }
        for (ReportedFigure figure : figures) {
            for (Verdict verdict : List.of(FigureRevisions.revisesItsOwnSeries(figure, figures), FigureRevisions.revisesTheLatestRevision(figure, figures))) {
                if (verdict instanceof Verdict.Refused refused) {
                    throw new IllegalArgumentException(refused.reason());
                }
            }
        }
    }

    /** Every reporter's series for the category and population, the preferred first; series with no current figure last. */
    public List<FigureSeries> series(ReportedFigure.Category category, ReportedFigure.Population population) {
        return figures.stream()
                .filter(figure -> figure.category() == category && figure.population() == population)
                .collect(Collectors.groupingBy(ReportedFigure::reportedBy))
                .entrySet().stream()
                .map(entry -> new FigureSeries(entry.getKey(), category, population, entry.getValue()))
                .sorted(PREFERRED_FIRST)
                .toList();
    }

    /** The headline for the category and population, or empty when no series has a figure that stands. */
    public Optional<Headline> headline(ReportedFigure.Category category, ReportedFigure.Population population) {
        List<FigureSeries> standing = series(category, population).stream().filter(series -> series.current().isPresent()).toList();
        return standing.isEmpty() ? Optional.empty() : Optional.of(new Headline(standing.getFirst(), standing.subList(1, standing.size())));
    }

    /** The crisis's headlines, by category then population: everyone but the mission's own personnel. */
    public List<Headline> crisisHeadlines() {
        return headlines(Arrays.stream(ReportedFigure.Population.values()).filter(population -> population != ReportedFigure.Population.MISSION_PERSONNEL).toList());
    }

    /** The mission's own losses, by category: kept apart from the crisis's figures and never part of its {@code all}. */
    public List<Headline> missionLosses() {
        return headlines(List.of(ReportedFigure.Population.MISSION_PERSONNEL));
    }

    private List<Headline> headlines(List<ReportedFigure.Population> populations) {
        return Arrays.stream(ReportedFigure.Category.values())
                .flatMap(category -> populations.stream().map(population -> headline(category, population)))
                .flatMap(Optional::stream)
                .toList();
    }
}
