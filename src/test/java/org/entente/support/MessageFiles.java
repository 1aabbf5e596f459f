package org.entente.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** The interface's message files as the application reads them from the classpath (UTF-8), by language. */
public final class MessageFiles {

    /** The interface languages, English (the default file) first. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "id");

    private MessageFiles() {
    }

    /** The messages of {@code language} ({@code en} for the default file). */
    public static Properties of(String language) {
        return named(language.equals("en") ? "messages.properties" : "messages_" + language + ".properties");
    }

    /** The message file {@code name}, e.g. {@code messages_ru.properties}. */
    public static Properties named(String name) {
        try (InputStream in = MessageFiles.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no message file " + name + " on the classpath");
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
