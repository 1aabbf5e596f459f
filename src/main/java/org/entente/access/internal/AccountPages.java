package org.entente.access.internal;

import java.time.Duration;
import org.entente.access.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's page: their roles, and their personal access tokens for scripts. */
@Controller
class AccountPages {

    private final CurrentActor actor;
    private final PersonalAccessTokens tokens;

    AccountPages(CurrentActor actor, PersonalAccessTokens tokens) {
        this.actor = actor;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("me", actor.get());
        model.addAttribute("tokens", tokens.list(actor.get().name()));
        return "account";
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam String name, @RequestParam(required = false) Integer validForDays, Model model) {
        String label = name.strip();
        if (label.isEmpty() || label.length() > 100 || validForDays != null && (validForDays < 1 || validForDays > 366)) {
            model.addAttribute("invalid", true);
        } else {
            model.addAttribute("created", tokens.create(actor.get().name(), label, validForDays == null ? null : Duration.ofDays(validForDays)));
        }
        return account(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable String id) {
        tokens.revoke(actor.get().name(), id);
        return "redirect:/account";
    }
}
