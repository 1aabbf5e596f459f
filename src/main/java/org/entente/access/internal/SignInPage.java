package org.entente.access.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles what it posts. */
@Controller
class SignInPage {

    @GetMapping("/sign-in")
    String signIn() {
        return "sign-in";
    }
}
