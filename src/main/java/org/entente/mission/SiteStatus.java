package org.entente.mission;

import java.util.List;
import java.util.Objects;
import org.entente.command.Result;
import org.entente.register.Coded;

/**
 * Where a mission's site stands, each state with when it was reached and on which sources. A site is assigned to a
 * contingent, secured once the contingent holds it, and handed over (to the host's forces, or whoever takes it on) when
 * the mission leaves it; it may be relinquished, with the reason, from any state that is not final: the assignment
 * cancelled before the site was secured, or a site given up or lost. Each transition returns the next state, or why it
 * cannot happen now ({@link Result}); no step comes certainly before the one it follows ({@link Moment#isCertainlyBefore}).
 */
public sealed interface SiteStatus {

    /** The longest name of whom a site was handed over to, and the longest reason it was relinquished. */
    int MAX_TEXT = 300;

    Step step();

    /** Where a site stands, as a code for storage, the API and filters. */
    enum Status implements Coded {
        ASSIGNED, SECURED, HANDED_OVER, RELINQUISHED;

        /** Whether a site in this status may move to {@code next}: one step forward, or relinquished while not final. */
        public boolean leadsTo(Status next) {
            return switch (this) {
                case ASSIGNED -> next == SECURED || next == RELINQUISHED;
                case SECURED -> next == HANDED_OVER || next == RELINQUISHED;
                case HANDED_OVER, RELINQUISHED -> false;
            };
        }

        /** Whether the mission is done with the site: handed over or relinquished. */
        public boolean isFinal() {
            return this == HANDED_OVER || this == RELINQUISHED;
        }
    }

    default Status status() {
        return switch (this) {
            case Assigned assigned -> Status.ASSIGNED;
            case Secured secured -> Status.SECURED;
            case HandedOver handedOver -> Status.HANDED_OVER;
            case Relinquished relinquished -> Status.RELINQUISHED;
        };
    }

    /**
     * When the site reached a state (an instant, or a day where the sources give only the day), and the sources that
     * report it (none for a step recorded in Entente, e.g. from a sitrep, which is then its record).
     */
    record Step(Moment at, List<String> sources) {
        public Step {
            Objects.requireNonNull(at, "at");
            sources = List.copyOf(sources);
        }
    }

    /** The site is given to a contingent to take and hold. */
    record Assigned(Step step) implements SiteStatus {
        public Assigned {
            Objects.requireNonNull(step, "step");
        }
    }

    /** The contingent holds the site. */
    record Secured(Step step) implements SiteStatus {
        public Secured {
            Objects.requireNonNull(step, "step");
        }
    }

    /** The mission passed the site on, to whom is named (e.g. "National Guard of Kazakhstan"). */
    record HandedOver(Step step, String to) implements SiteStatus {
        public HandedOver {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(to, "to");
            if (to.isBlank() || to.length() > MAX_TEXT) {
                throw new IllegalArgumentException("a site is handed over to someone named in 1 to " + MAX_TEXT + " characters");
            }
        }
    }

    /** The mission left the site without handing it over, for the reason given (the assignment cancelled, the site given up or lost). */
    record Relinquished(Step step, String reason) implements SiteStatus {
        public Relinquished {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank() || reason.length() > MAX_TEXT) {
                throw new IllegalArgumentException("a site relinquished gives its reason in 1 to " + MAX_TEXT + " characters");
            }
        }
    }

    /** The contingent holds the site: assigned → secured. */
    default Result<SiteStatus> secure(Step step) {
        return to(new Secured(step), "secure");
    }

    /** The mission passes the site on: secured → handed over. */
    default Result<SiteStatus> handOver(Step step, String to) {
        return to(new HandedOver(step, to), "hand over");
    }

    /** The mission leaves the site without handing it over, from any state that is not final. */
    default Result<SiteStatus> relinquish(Step step, String reason) {
        return to(new Relinquished(step, reason), "relinquish");
    }

    /** Whether {@code next} may follow this state: the status leads to it, and it does not come certainly before this step. */
    default boolean mayBeFollowedBy(SiteStatus next) {
        return status().leadsTo(next.status()) && !next.step().at().isCertainlyBefore(step().at());
    }

    private Result<SiteStatus> to(SiteStatus next, String action) {
        if (!status().leadsTo(next.status())) {
            String where = switch (this) {
                case Assigned assigned -> "it is only assigned: it was not secured";
                case Secured secured -> "it is secured";
                case HandedOver handedOver -> "it was handed over to " + handedOver.to();
                case Relinquished relinquished -> "it was relinquished (" + relinquished.reason() + ")";
            };
            return new Result.Refused<>("cannot " + action + " this site: " + where);
        }
        if (next.step().at().isCertainlyBefore(step().at())) {
            return new Result.Refused<>("cannot " + action + " this site at " + describe(next.step().at()) + ": it has been "
                    + status().code().replace('_', ' ') + " since " + describe(step().at()));
        }
        return new Result.Done<>(next);
    }

    private static String describe(Moment moment) {
        return switch (moment) {
            case Moment.At at -> at.instant().toString();
            case Moment.On on -> on.date().toString();
        };
    }
}
