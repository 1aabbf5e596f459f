package org.entente.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's frame needs: the language in use, and this same page in each language (its query kept). */
@ControllerAdvice(annotations = Controller.class)
class PageContext {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        var links = new LinkedHashMap<String, String>();
        for (Locale language : LanguageConfiguration.SUPPORTED) {
            links.put(language.getLanguage(), UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("lang", language.getLanguage())
                    .build()
                    .toUriString());
        }
        return links;
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return LanguageConfiguration.supported(locale).getLanguage();
    }
}
