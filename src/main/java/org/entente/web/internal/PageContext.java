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
        return languageLinks(request.getRequestURI(), request.getQueryString());
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return languageOf(locale);
    }

    /**
     * The page at {@code path} (with {@code query}, null for none) in each language, by language code; an address the
     * firewall refused (an error page's) may start with several slashes, which are read as one.
     */
    static Map<String, String> languageLinks(String path, String query) {
        var links = new LinkedHashMap<String, String>();
        String onThisSite = "/" + path.replaceFirst("^/+", ""); // never "//host/…", which a browser reads as another site
        for (Locale language : LanguageConfiguration.SUPPORTED) {
            links.put(language.getLanguage(), UriComponentsBuilder.fromPath(onThisSite).query(query)
                    .replaceQueryParam("lang", language.getLanguage()).build().toUriString());
        }
        return links;
    }

    /** The code of the supported language a page in {@code locale} is written in. */
    static String languageOf(Locale locale) {
        return LanguageConfiguration.supported(locale).getLanguage();
    }
}
