package org.entente.exercise.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.entente.access.CurrentActor;
import org.entente.web.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who takes part in an exercise, and in which role: set by its secretariat, read by the secretariat and observers of it and of its organization. */
@RestController
@RequestMapping("/api/v1/organizations/{organization}/participants")
@Tag(name = "Exercises")
class ExerciseParticipantsApi {

    private static final String NOT_AN_EXERCISE = "The organization is no exercise (the problem names organization): participants are set in exercises only";

    private final ExerciseParticipation participation;
    private final CurrentActor actor;

    ExerciseParticipantsApi(ExerciseParticipation participation, CurrentActor actor) {
        this.participation = participation;
        this.actor = actor;
    }

    /** A participant to add: an account's name, a role, and the member state a liaison or council representative acts for. */
    record ExerciseParticipantBody(String username, String role, String state) {
    }

    @GetMapping
    @Operation(summary = "Who takes part in the exercise and who took part before, with their periods, in the order they were added "
            + "(the secretariat and observers of the exercise and of its organization)")
    @ApiResponse(responseCode = "403", description = "The caller is neither the secretariat nor an observer of the exercise or of its organization")
    @ApiResponse(responseCode = "422", description = NOT_AN_EXERCISE)
    PageOf<ExerciseParticipantView> participants(@PathVariable String organization, @RequestParam(defaultValue = "0") int page,
                                                 @RequestParam(defaultValue = "" + PageOf.DEFAULT_SIZE) int size) {
        PageOf.check(page, size);
        return PageOf.of(participation.participants(organization, actor.get()).stream().map(ExerciseParticipantView::of).toList(), page, size);
    }

    @PostMapping
    @Operation(summary = "Add a participant to the running exercise (its secretariat)",
            description = "Grants the person the role in the exercise (role secretariat or observer; liaison or council_representative with "
                    + "the member state of the exercise's record they act for), beside their other roles, audited account.grant in the "
                    + "exercise's organization, and records the participation. A role in an exercise grants nothing in the real record. "
                    + "422 naming username where there is no such account, naming state where the state is no member of the exercise's record, "
                    + "naming organization where the organization is no exercise; 409 where the person holds the role there already or the "
                    + "exercise is closed.")
    @ApiResponse(responseCode = "201", description = "Added: the participation; Location is the exercise's participants", useReturnTypeSchema = true)
    ResponseEntity<ExerciseParticipantView> add(@PathVariable String organization, @RequestBody ExerciseParticipantBody body) {
        var added = participation.add(organization, actor.get(), ExerciseForms.participation(body.username(), body.role(), body.state()));
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + added.grant().organization() + "/participants")).body(ExerciseParticipantView.of(added));
    }

    @DeleteMapping("/{username}/{role}")
    @Operation(summary = "Remove a participant in an organization role (secretariat or observer) from the running exercise (its secretariat)",
            description = "The participation is kept with its period; the role is taken back, audited account.revoke. 404 where the person "
                    + "does not take part in that role; 409 for the exercise's last secretariat or a closed exercise.")
    ExerciseParticipantView remove(@PathVariable String organization, @PathVariable String username, @PathVariable String role) {
        return ExerciseParticipantView.of(participation.remove(organization, actor.get(), ExerciseForms.participation(username, role, null)));
    }

    @DeleteMapping("/{username}/{role}/{state}")
    @Operation(summary = "Remove a liaison or council representative for a state from the running exercise (its secretariat)",
            description = "As the removal of an organization role, for a role that acts for the state named.")
    ExerciseParticipantView removeForState(@PathVariable String organization, @PathVariable String username, @PathVariable String role,
                                           @PathVariable String state) {
        return ExerciseParticipantView.of(participation.remove(organization, actor.get(), ExerciseForms.participation(username, role, state)));
    }
}
