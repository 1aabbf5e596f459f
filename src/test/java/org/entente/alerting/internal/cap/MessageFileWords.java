package org.entente.alerting.internal.cap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.register.OrganizationCode;

/**
 * The alerts' words for tests without the application: the shipped message files, formatted by ICU as the application formats
 * them, and the CSTO named as its record names it (ОДКБ in Russian).
 */
final class MessageFileWords implements AlertWords {

    static final MessageFileWords INSTANCE = new MessageFileWords();

    private final Map<String, Properties> files = new ConcurrentHashMap<>();

    private MessageFileWords() {
    }

    @Override
    public String text(String language, String key, Object... arguments) {
        String pattern = files.computeIfAbsent(language, MessageFileWords::load).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key + " in " + language);
        }
        return new MessageFormat(pattern, ULocale.forLanguageTag(language)).format(arguments);
    }

    @Override
    public String organization(OrganizationCode organization, String language) {
        return organization.value().equals("CSTO") && language.equals("ru") ? "ОДКБ" : organization.value();
    }

    private static Properties load(String language) {
        String file = language.equals("en") ? "/messages.properties" : "/messages_" + language + ".properties";
        var properties = new Properties();
        try (var in = MessageFileWords.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
