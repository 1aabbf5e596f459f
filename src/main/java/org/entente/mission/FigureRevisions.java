package org.entente.mission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.command.Verdict;

/**
 * The named policies a revision of a reported figure must pass: it revises a figure of its own
 * series (same category, population and reporter), and one not yet revised (a later revision revises
 * the revision, so that a series' revisions form one line). A figure that revises nothing passes both.
 */
public final class FigureRevisions {

    public static final String REVISES_ITS_OWN_SERIES = "revises-its-own-series";
    public static final String REVISES_THE_LATEST_REVISION = "revises-the-latest-revision";

    private FigureRevisions() {
    }

    /** The figure revised is recorded, and is of the same category, population and reporter. */
    public static Verdict revisesItsOwnSeries(ReportedFigure revision, List<ReportedFigure> recorded) {
        Objects.requireNonNull(revision, "revision");
        if (revision.supersedes() == null) {
            return new Verdict.Allowed(REVISES_ITS_OWN_SERIES);
        }
        Optional<ReportedFigure> revised = recorded.stream().filter(figure -> figure.id().equals(revision.supersedes())).findFirst();
        if (revised.isEmpty()) {
            return new Verdict.Refused(REVISES_ITS_OWN_SERIES, "figure " + revision.id() + " revises " + revision.supersedes() + ", which is not recorded");
        }
        return revised.get().sameSeriesAs(revision)
                ? new Verdict.Allowed(REVISES_ITS_OWN_SERIES)
                : new Verdict.Refused(REVISES_ITS_OWN_SERIES, "figure " + revision.id() + " (" + series(revision) + ") cannot revise "
                        + revised.get().id() + " (" + series(revised.get()) + "): figures of different series are kept side by side, never merged");
    }

    /** No other recorded figure already revises the figure this one revises. */
    public static Verdict revisesTheLatestRevision(ReportedFigure revision, List<ReportedFigure> recorded) {
        Objects.requireNonNull(revision, "revision");
        return recorded.stream()
                .filter(figure -> !figure.id().equals(revision.id()) && revision.supersedes() != null && revision.supersedes().equals(figure.supersedes()))
                .findFirst()
                .<Verdict>map(other -> new Verdict.Refused(REVISES_THE_LATEST_REVISION, "figure " + revision.supersedes()
                        + " is already revised by " + other.id() + "; revise that instead"))
                .orElse(new Verdict.Allowed(REVISES_THE_LATEST_REVISION));
    }

    private static String series(ReportedFigure figure) {
        return figure.category().code() + ", " + figure.population().code() + ", by " + figure.reportedBy();
    }
}
