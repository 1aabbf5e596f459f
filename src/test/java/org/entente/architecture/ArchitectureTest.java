package org.entente.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules of the design brief that Spring Modulith does not check: a module's API (the types in the
 * module's own package) is plain Java, with neither Spring nor SQL; and no class outside a module
 * reaches into that module's {@code internal} package.
 */
@AnalyzeClasses(packages = "org.entente", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Pattern MODULE = Pattern.compile("org\\.entente\\.([a-z0-9]+)(\\..*)?");

    /**
     * {@code org.entente.web} is left out: it holds no domain types; its API (paging, RFC 9457
     * problem answers) is made for Spring MVC controllers by nature, and its adapters are internal.
     */
    private static final DescribedPredicate<JavaClass> IN_A_MODULE_API_PACKAGE = DescribedPredicate.describe(
            "in a module's API package (org.entente.<module>, except the web adapters)",
            javaClass -> javaClass.getPackageName().matches("org\\.entente\\.[a-z0-9]+")
                    && !javaClass.getPackageName().equals("org.entente.web")
                    && !javaClass.getSimpleName().equals("package-info"));

    @ArchTest
    static final ArchRule moduleApisAreFreeOfSpring = noClasses()
            .that(IN_A_MODULE_API_PACKAGE)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("a module's API holds domain types, which know nothing of Spring (design brief, style rule 5)");

    @ArchTest
    static final ArchRule moduleApisAreFreeOfSql = noClasses()
            .that(IN_A_MODULE_API_PACKAGE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("a module's API holds domain types, which know nothing of SQL (design brief, style rule 5)");

    @ArchTest
    static final ArchRule noClassReachesIntoAnotherModulesInternals = noClasses()
            .should(dependOnTheInternalsOfAnotherModule())
            .because("modules talk through their public API; a module's internals stay in internal/ (design brief, style rule 1)");

    private static ArchCondition<JavaClass> dependOnTheInternalsOfAnotherModule() {
        return new ArchCondition<>("depend on classes in the internal package of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = module(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    Optional<String> targetModule = module(target);
                    boolean internal = targetModule.isPresent()
                            && (target.equals("org.entente." + targetModule.get() + ".internal")
                            || target.startsWith("org.entente." + targetModule.get() + ".internal."));
                    if (internal && !targetModule.equals(own)) {
                        events.add(SimpleConditionEvent.satisfied(origin, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> module(String packageName) {
        Matcher matcher = MODULE.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
