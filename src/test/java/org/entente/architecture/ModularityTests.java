package org.entente.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.EntenteApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of the monolith, verified (no cycles, only API and named interfaces used across modules) and documented. */
class ModularityTests {

    private static final String DOCUMENTATION = "target/spring-modulith-docs";

    private final ApplicationModules modules = ApplicationModules.of(EntenteApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirApisWithoutCycles() {
        modules.verify();
    }

    @Test
    void theFeatureModulesAreDetected() {
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .contains("org.entente.register", "org.entente.provenance", "org.entente.dataset");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION))
                .writeDocumentation();

        assertThat(Path.of(DOCUMENTATION, "components.puml")).isRegularFile();
        assertThat(Files.exists(Path.of(DOCUMENTATION, "module-register.puml"))).isTrue();
    }
}
