package org.entente.access.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form, and the way to the organization's OpenID provider where one is configured; Spring Security handles the rest. */
@Controller
class SignInPage {

    private final ObjectProvider<ClientRegistrationRepository> singleSignOn;

    SignInPage(ObjectProvider<ClientRegistrationRepository> singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/sign-in")
    String signIn(Model model) {
        model.addAttribute("singleSignOn", singleSignOn.getIfAvailable() != null);
        return "sign-in";
    }
}
