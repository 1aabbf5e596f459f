package org.entente.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame needs: the language in use, and this same page in each language (its query kept). */
@ControllerAdvice(annotations = Controller.class)
class PageContext {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return LanguageLinks.of(request.getRequestURI(), request.getQueryString());
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return languageOf(locale);
    }

    /** The code of the supported language a page in {@code locale} is written in. */
    static String languageOf(Locale locale) {
        return LanguageConfiguration.supported(locale).getLanguage();
    }
}
