package org.entente.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.EntenteApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules of the monolith, verified: no cycles, only APIs and named interfaces used across modules. */
class ModularityTests {

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
}
