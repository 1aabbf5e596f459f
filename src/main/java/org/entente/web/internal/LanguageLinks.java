package org.entente.web.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** A page in each language: its address with {@code ?lang=} for each supported language. */
public final class LanguageLinks {

    private LanguageLinks() {
    }

    /**
     * The page at {@code path} (with {@code query}, null or empty for none) in each language, by language code; an address the
     * firewall refused (an error page's) may start with several slashes, which are read as one.
     */
    public static Map<String, String> of(String path, String query) {
        var links = new LinkedHashMap<String, String>();
        String onThisSite = "/" + path.replaceFirst("^/+", ""); // never "//host/…", which a browser reads as another site
        for (Locale language : LanguageConfiguration.SUPPORTED) {
            links.put(language.getLanguage(), UriComponentsBuilder.fromPath(onThisSite).query(query == null || query.isEmpty() ? null : query)
                    .replaceQueryParam("lang", language.getLanguage()).build().toUriString());
        }
        return links;
    }
}
