package org.entente.exercise.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.access.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An exercise's after-action report: for its participants and the secretariat and observers of its organization. */
@RestController
@Tag(name = "Exercises")
class AfterActionApi {

    private final AfterActionReports reports;
    private final CurrentActor actor;

    AfterActionApi(AfterActionReports reports, CurrentActor actor) {
        this.reports = reports;
        this.actor = actor;
    }

    @GetMapping("/api/v1/organizations/{organization}/after-action")
    @Operation(summary = "The exercise's after-action report, as it stands now (its participants, whatever their role, and the secretariat and "
            + "observers of its organization)",
            description = "Compares the exercise, read from its own audit trail with each real instant turned into world time by its clock, with "
                    + "the scenario it runs: each step of the crisis cycle (decision, package, first_arrival, full_strength, withdrawal_start, "
                    + "withdrawal_end) timed from the scenario's start against the scenario's milestone (history's, in a replay), with by how much "
                    + "it was late or ahead; each inject that expects an answer, with when it arrived, whether the first matching action after it "
                    + "came in time (answered), later (late), not yet (awaited) or not at all in its time (unanswered); and the force package "
                    + "the exercise accepted against the contingents of the mission a replay's request had (force; null where neither is there). "
                    + "Durations are ISO-8601 of world time. The same as CSV: GET /organizations/{organization}/after-action.csv. "
                    + "See docs/exercises.md, \"After action\".")
    @ApiResponse(responseCode = "403", description = "The caller takes no part in the exercise and is neither the secretariat nor an observer of its organization")
    @ApiResponse(responseCode = "422", description = "The organization is no exercise, or the exercise runs no scenario (the problem names organization)")
    AfterActionView report(@PathVariable String organization) {
        return AfterActionView.of(reports.of(organization, actor.get()));
    }
}
