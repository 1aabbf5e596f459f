package org.entente.mission;

import java.util.Comparator;

/**
 * Which series of figures gives the headline for a category and population, when several reporters
 * count the same people. Each series is represented by its current figure (its latest, neither
 * retracted nor revised); the preferred one is the first by, in this order:
 * <ol>
 *   <li>basis: an official count over an independent count over an estimate. An official count is one
 *       its authority stands behind and revises in public, which makes its revisions a series a reader
 *       can follow; independent counts and estimates stay beside it, in the range, not under it;</li>
 *   <li>status: a confirmed figure over a provisional one, the reporter's own word on its firmness;</li>
 *   <li>the later as-of date: a count that covers more of the crisis;</li>
 *   <li>the later recording: what the record learned last;</li>
 *   <li>the reporter's name, so that the headline never depends on the order figures were stored in.</li>
 * </ol>
 * The headline is a choice of what to show first, not a judgement that the others are wrong: every
 * other series is shown beside it, and the range spans them all.
 */
public final class FigurePrecedence {

    /** Current figures of different series, the preferred first. */
    public static final Comparator<ReportedFigure> PREFERRED_FIRST = Comparator
            .comparing(ReportedFigure::basis)
            .thenComparing(figure -> figure.status() == ReportedFigure.Status.CONFIRMED ? 0 : 1)
            .thenComparing(ReportedFigure::asOf, Comparator.reverseOrder())
            .thenComparing(ReportedFigure::recordedAt, Comparator.reverseOrder())
            .thenComparing(ReportedFigure::reportedBy);

    private FigurePrecedence() {
    }
}
