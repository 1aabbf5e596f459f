package org.entente.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import org.entente.EntenteApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

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

    /** Force generation's API is its domain (the statement of requirements, the plan, its objective and explanation), not its planner. */
    @Test
    void forceGenerationExposesItsDomainNotItsPlanner() {
        List<JavaClass> exposed = modules.getModuleByName("forcegeneration").orElseThrow().getNamedInterfaces().stream()
                .flatMap(NamedInterface::asJavaClasses).toList();

        assertThat(exposed).extracting(JavaClass::getSimpleName)
                .contains("StatementOfRequirements", "Requirement", "ForcePlan", "Objective", "Explanation", "Progress", "Eta")
                .doesNotContain("LocalSearch", "GreedyConstruction", "PlanState", "TimefoldPlanner", "ProblemFiles", "ForceGenerator", "Replanning");
        assertThat(exposed).as("the API imports nothing of the module's internals")
                .flatExtracting(type -> type.getDirectDependenciesFromSelf().stream().map(dependency -> dependency.getTargetClass().getPackageName()).toList())
                .noneMatch(target -> target.startsWith("org.entente.forcegeneration.internal"));
    }
}
