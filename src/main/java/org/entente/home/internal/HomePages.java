package org.entente.home.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.entente.access.Actor;
import org.entente.access.CurrentActor;
import org.entente.register.Register;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: the organizations (as the register stood at {@code recordedAt}, when given) and, for someone signed in, what
 * awaits their action now, the real record's first and each exercise's marked; someone not signed in sees nothing of it.
 */
@Controller
class HomePages {

    private final Register register;
    private final AwaitingService awaiting;
    private final CurrentActor actor;
    private final Clock clock;

    HomePages(Register register, AwaitingService awaiting, CurrentActor actor, Clock clock) {
        this.register = register;
        this.awaiting = awaiting;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) Instant recordedAt, Model model) {
        Instant now = clock.instant();
        model.addAttribute("organizations", register.organizations(recordedAt == null ? now : recordedAt));
        model.addAttribute("recordedAt", recordedAt);
        Actor current = actor.get();
        if (current instanceof Actor.Person) {
            Set<String> exercises = awaiting.exercisesOf(current);
            model.addAttribute("awaiting", awaiting.of(current, now, exercises));
            model.addAttribute("exerciseCodes", exercises);
            model.addAttribute("now", now);
        }
        return "home";
    }
}
