package org.entente.access.internal;

import java.time.Duration;
import java.util.Optional;
import org.entente.access.CurrentActor;
import org.entente.register.Exercises;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's page: their roles (the real record's first, each in an exercise marked), and their personal access tokens for scripts. */
@Controller
class AccountPages {

    private final CurrentActor actor;
    private final PersonalAccessTokens tokens;
    private final Exercises exercises;

    AccountPages(CurrentActor actor, PersonalAccessTokens tokens, Exercises exercises) {
        this.actor = actor;
        this.tokens = tokens;
        this.exercises = exercises;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("me", actor.get());
        model.addAttribute("grants", ExerciseRoles.realFirst(actor.get().grants(), exercises));
        model.addAttribute("tokens", tokens.list(actor.get().name()));
        model.addAttribute("longestDays", tokens.longestDays());
        return "account";
    }

    /** Creates a token and redirects to the account page, which shows the secret once (a reload creates nothing). */
    @PostMapping("/account/tokens")
    String create(@RequestParam String name, @RequestParam(required = false) Integer validForDays, RedirectAttributes next) {
        Optional<String> label = PersonalAccessTokens.name(name);
        Optional<Duration> validity = tokens.validity(validForDays);
        if (label.isEmpty() || validity.isEmpty()) {
            next.addFlashAttribute("invalid", true);
        } else {
            next.addFlashAttribute("created", tokens.create(actor.get().name(), label.get(), validity.get(), PersonalAccessTokens.Proof.SESSION));
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable String id) {
        tokens.revoke(actor.get().name(), id);
        return "redirect:/account";
    }
}
