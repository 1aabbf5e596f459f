package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.entente.support.MessageFiles;
import org.junit.jupiter.api.Test;

/** Every page speaks English, Russian and Indonesian: one set of keys in the three files, and every key a template names. */
class MessagesTest {

    /** A key written out in a template: {@code #{pledge.add}} or {@code #{pledge.hours(...)}}; keys built from values are left to the page tests. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

    private static final Map<String, Locale> FILES = Map.of(
            "messages.properties", Locale.ENGLISH, "messages_ru.properties", Locale.of("ru"), "messages_id.properties", Locale.of("id"));

    private static Properties messages(String file) {
        return MessageFiles.named(file);
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(messages(file).stringPropertyNames());
    }

    /** The arguments a message takes ({@code {0}}, {@code {1, plural, ...}}), as ICU reads its pattern. */
    private static Set<String> arguments(String pattern, Locale language) {
        return new TreeSet<>(new MessageFormat(pattern, ULocale.forLocale(language)).getArgumentNames());
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");

        assertThat(keys("messages_ru.properties")).isEqualTo(english);
        assertThat(keys("messages_id.properties")).isEqualTo(english);
    }

    /** A message is formatted by ICU ({@code IcuMessageSource}): its plural and number arguments must parse, in every language. */
    @Test
    void everyMessageIsAnIcuPatternTakingTheSameArgumentsInTheThreeLanguages() throws IOException {
        Properties english = messages("messages.properties");
        for (var file : FILES.entrySet()) {
            Properties translated = messages(file.getKey());
            for (String key : translated.stringPropertyNames()) {
                String pattern = translated.getProperty(key);
                if (!pattern.contains("{")) {
                    continue;
                }
                assertThat(arguments(pattern, file.getValue()))
                        .as("%s in %s", key, file.getKey())
                        .isEqualTo(arguments(english.getProperty(key), Locale.ENGLISH));
            }
        }
    }

    /**
     * A message without arguments is shown as written, not read as a pattern: an apostrophe in it is written once ("the
     * exercise's page"), where one with arguments doubles it ("{0}''s").
     */
    @Test
    void aMessageWithoutArgumentsHasNoDoubledApostrophe() {
        for (String file : FILES.keySet()) {
            Properties translated = messages(file);
            for (String key : translated.stringPropertyNames()) {
                String message = translated.getProperty(key);
                assertThat(message.contains("{") || !message.contains("''")).as("%s in %s: %s", key, file, message).isTrue();
            }
        }
    }

    @Test
    void everyKeyATemplateNamesIsTranslated() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src", "main", "resources", "templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }

        assertThat(named).isNotEmpty();
        assertThat(english).containsAll(named);
    }
}
