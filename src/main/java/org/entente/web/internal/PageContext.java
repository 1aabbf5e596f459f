package org.entente.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.entente.web.ExerciseMarking;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame needs: the language in use, this same page in each language (its query kept), and the exercise
 * the page is inside, if any (its banner).
 */
@ControllerAdvice(annotations = Controller.class)
class PageContext {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return LanguageLinks.of(request.getRequestURI(), request.getQueryString());
    }

    @ModelAttribute(ExerciseMarking.ATTRIBUTE)
    ExerciseMarking exerciseMarking(HttpServletRequest request) {
        return ExerciseMarking.of(request).orElse(null);
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
