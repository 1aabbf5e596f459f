package org.entente.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame needs: the path it was asked at (for the language switch) and the language in use. */
@ControllerAdvice(annotations = Controller.class)
class PageContext {

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return LanguageConfiguration.supported(locale).getLanguage();
    }
}
