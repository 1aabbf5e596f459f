package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/security.md shows the access table of the code, row for row. */
class SecurityDocumentationTest {

    @Test
    void theDocumentedAccessTableIsTheTableOfTheCode() throws IOException {
        List<String> documented = Files.readAllLines(Path.of("docs", "security.md")).stream()
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.split("\\|"))
                .map(cells -> cells[1].strip() + " " + cells[2].strip() + " " + cells[3].strip())
                .toList();

        List<String> coded = AccessPolicy.RULES.stream()
                .map(rule -> "`" + rule.method() + "` `" + rule.pattern() + "` " + who(rule.audience()))
                .toList();

        assertThat(documented).containsExactlyElementsOf(coded);
    }

    private static String who(Audience audience) {
        return switch (audience) {
            case Audience.Everyone everyone -> "everyone";
            case Audience.SignedIn signedIn -> "anyone signed in";
            case Audience.RoleHolders holders -> holders.roles().stream().sorted()
                    .map(role -> role.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
        };
    }
}
