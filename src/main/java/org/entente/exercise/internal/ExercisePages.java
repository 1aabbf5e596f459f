package org.entente.exercise.internal;

import java.time.Duration;
import java.util.List;
import org.entente.access.Actor;
import org.entente.access.CurrentActor;
import org.entente.access.Role;
import org.entente.command.Refusal;
import org.entente.register.Exercise;
import org.entente.register.ExerciseState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * An exercise's page, for those who read its injects (its participants, the secretariat and observers of its organization): its title
 * and scenario, its clock (world time, speed, running or paused; its secretariat pauses, resumes and sets the speed), and the injects
 * that have arrived, newest first, with their text and what they expect.
 */
@Controller
class ExercisePages {

    private final ExerciseInjects injects;
    private final ExerciseClockService clocks;
    private final JdbcExerciseScenarioRuns runs;
    private final CurrentActor actor;
    private final JsonMapper json;

    ExercisePages(ExerciseInjects injects, ExerciseClockService clocks, JdbcExerciseScenarioRuns runs, CurrentActor actor, JsonMapper json) {
        this.injects = injects;
        this.clocks = clocks;
        this.runs = runs;
        this.actor = actor;
        this.json = json;
    }

    /** A delivered inject as the page shows it: the inject, and what it expects in hours of world time (null: nothing). */
    record InjectShown(InjectView inject, String expects, Double withinHours) {
    }

    @GetMapping("/organizations/{organization}/exercise")
    String exercise(@PathVariable String organization, Model model) {
        Actor current = actor.get();
        Exercise exercise = injects.exercise(organization);
        List<DeliveredInject> delivered = injects.delivered(exercise, current);
        model.addAttribute("exercise", exercise);
        model.addAttribute("running", exercise.state() instanceof ExerciseState.Running);
        model.addAttribute("run", runs.of(exercise.code()).orElse(null));
        // As the clock's API answers it: a closed exercise's clock stands where it was at the closing.
        model.addAttribute("clock", ExerciseClockView.of(clocks.clockOf(exercise)));
        model.addAttribute("director", current.holds(Role.SECRETARIAT, exercise.code(), null) && exercise.state() instanceof ExerciseState.Running);
        model.addAttribute("injects", delivered.stream().map(inject -> shown(InjectView.of(inject, json))).toList());
        return "exercise";
    }

    @PostMapping("/organizations/{organization}/exercise/clock")
    String setClock(@PathVariable String organization, @RequestParam(required = false) Double speed, RedirectAttributes redirect) {
        try {
            clocks.set(organization, actor.get(), ExerciseClockForms.setting(null, speed));
        } catch (Refusal refused) {
            if (refused.reason() == Refusal.Reason.NOT_FOUND || refused.reason() == Refusal.Reason.FORBIDDEN) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.detail());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/organizations/{organization}/exercise").buildAndExpand(organization).encode().toUriString();
    }

    private static InjectShown shown(InjectView inject) {
        if (inject.expects() == null || inject.expects().isNull() || "none".equals(inject.expects().path("action").asString())) {
            return new InjectShown(inject, null, null);
        }
        Duration within = Duration.parse(inject.expects().path("within").asString());
        return new InjectShown(inject, inject.expects().path("action").asString(), within.toMinutes() / 60.0);
    }
}
