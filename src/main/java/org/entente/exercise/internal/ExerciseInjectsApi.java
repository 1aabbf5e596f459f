package org.entente.exercise.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.access.CurrentActor;
import org.entente.web.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The injects that have arrived in an exercise on its clock: read by its participants and by the secretariat and observers of its organization. */
@RestController
@RequestMapping("/api/v1/organizations/{organization}/injects")
@Tag(name = "Exercises")
class ExerciseInjectsApi {

    private final ExerciseInjects injects;
    private final CurrentActor actor;
    private final JsonMapper json;

    ExerciseInjectsApi(ExerciseInjects injects, CurrentActor actor, JsonMapper json) {
        this.injects = injects;
        this.actor = actor;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The injects of the exercise's scenario that have arrived, the newest first (its participants, whatever their role, "
            + "and the secretariat and observers of its organization)",
            description = "An inject arrives once the exercise's world clock has reached its world instant (the scenario's world start plus its "
                    + "offset); one not yet arrived is never listed, nor is a milestone. Each gives its id, kind, title, text, world instant, "
                    + "when it arrived (real time), its payload and expects as in the scenario format, the sources it cites, and what it did "
                    + "to the exercise's record (a unit_drops_out withdraws a pledge: withdrawnPledge). See docs/exercises.md, \"What participants see\".")
    @ApiResponse(responseCode = "403", description = "The caller takes no part in the exercise and is neither the secretariat nor an observer of its organization")
    @ApiResponse(responseCode = "422", description = "The organization is no exercise (the problem names organization)")
    PageOf<InjectView> injects(@PathVariable String organization, @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "" + PageOf.DEFAULT_SIZE) int size) {
        PageOf.check(page, size);
        return PageOf.of(injects.delivered(organization, actor.get()).stream().map(delivered -> InjectView.of(delivered, json)).toList(), page, size);
    }
}
