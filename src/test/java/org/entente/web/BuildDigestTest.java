package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds that answer alike share a digest, wherever they are installed; a changed template makes another. */
class BuildDigestTest {

    @Test
    void theSameFilesAnywhereGiveOneDigestAndAChangedTemplateAnother(@TempDir Path here, @TempDir Path there, @TempDir Path changed) throws Exception {
        build(here, "<p>members</p>");
        build(there, "<p>members</p>");
        build(changed, "<p>members on a date</p>");

        assertThat(digest(here)).isEqualTo(digest(there)).isNotEqualTo(digest(changed));
    }

    private static void build(Path root, String template) throws Exception {
        Files.createDirectories(root.resolve("classes/templates"));
        Files.writeString(root.resolve("classes/templates/organization.html"), template);
        Files.writeString(root.resolve("classes/messages.properties"), "title=Entente\n");
    }

    private static String digest(Path root) throws Exception {
        try (var loader = new URLClassLoader(new URL[] {root.resolve("classes").toUri().toURL()}, null)) {
            return BuildDigest.of(loader, "classpath*:templates/**/*.html", "classpath*:messages*.properties");
        }
    }
}
