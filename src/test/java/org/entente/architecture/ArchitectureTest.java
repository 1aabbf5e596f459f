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
import jakarta.servlet.Filter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.web.Problems;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rules of the design brief that Spring Modulith does not check: a module's API (the types in the
 * module's own package) is plain Java, with neither Spring nor SQL; no class outside a module
 * reaches into that module's {@code internal} package; only the web adapters speak HTTP; and no
 * page depends on an API controller.
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

    /**
     * The classes that speak HTTP, and nothing else does: controllers and controller advice (annotated
     * {@code @Controller}, {@code @RestController}, {@code @ControllerAdvice} or {@code @RestControllerAdvice}),
     * the web module ({@code org.entente.web..}: problem answers, error pages, Tomcat's valves and filters),
     * the security chain's configuration (a {@code @Configuration} that builds an {@code HttpSecurity}) and
     * what it plugs in (servlet filters, authorization managers); with the classes nested in them.
     */
    private static final DescribedPredicate<JavaClass> WEB_ADAPTER = DescribedPredicate.describe(
            "a web adapter (a controller or controller advice, a class of org.entente.web, the security chain's configuration, "
                    + "a servlet filter, an authorization manager or a server-sent event stream, or a class nested in one)",
            ArchitectureTest::isWebAdapter);

    @ArchTest
    static final ArchRule onlyWebAdaptersSpeakHttp = noClasses()
            .that(DescribedPredicate.not(WEB_ADAPTER))
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "speak HTTP (org.springframework.http.., ErrorResponseException, org.entente.web.Problems)",
                    javaClass -> javaClass.getPackageName().startsWith("org.springframework.http")
                            || javaClass.isAssignableTo(ErrorResponseException.class) || javaClass.isEquivalentTo(Problems.class)))
            .because("services return results or throw org.entente.command.Refusal, and the web adapters alone answer in HTTP: "
                    + "controllers, controller advice, the web module, the security configuration and its filters, server-sent event streams (issue 11)");

    /** A page: a {@code @Controller} (not a {@code @RestController}) or a class named {@code *Pages}, or a class nested in one. */
    private static final DescribedPredicate<JavaClass> PAGE = DescribedPredicate.describe(
            "a page class (@Controller or *Pages, or nested in one)",
            javaClass -> outermost(javaClass).isAnnotatedWith(Controller.class) || outermost(javaClass).getSimpleName().endsWith("Pages"));

    @ArchTest
    static final ArchRule noPageDependsOnAnApiController = noClasses()
            .that(PAGE)
            .should().dependOnClassesThat(DescribedPredicate.describe("an API controller (@RestController) or a class nested in one",
                    javaClass -> outermost(javaClass).isAnnotatedWith(RestController.class)))
            .because("input parsing and views live in one place per module (as forces' PledgeForms and ForcesViews), used by the API and the pages alike");

    @ArchTest
    static final ArchRule commandsAppendToTheAuditTrailThroughTheOneSkeleton = noClasses()
            .that().resideInAnyPackage("org.entente.assistance..", "org.entente.forces..", "org.entente.forcegeneration..")
            .should().callMethod(AuditTrail.class, "append", AuditRecord.class)
            .because("a command that changes a record locks, checks, changes and audits it through org.entente.audit.AuditedCommands, "
                    + "which missions and alerting will use too, not through a copy of that skeleton (issue 11)");

    private static boolean isWebAdapter(JavaClass javaClass) {
        JavaClass outer = outermost(javaClass);
        return outer.isMetaAnnotatedWith(Controller.class) || outer.isAnnotatedWith(Controller.class)
                || outer.isMetaAnnotatedWith(ControllerAdvice.class) || outer.isAnnotatedWith(ControllerAdvice.class)
                || outer.getPackageName().equals("org.entente.web") || outer.getPackageName().startsWith("org.entente.web.")
                || outer.isAnnotatedWith(Configuration.class) && outer.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().isEquivalentTo(HttpSecurity.class))
                || outer.isAssignableTo(Filter.class) || outer.isAssignableTo(AuthorizationManager.class)
                || outer.getDirectDependenciesFromSelf().stream().anyMatch(dependency -> dependency.getTargetClass().isEquivalentTo(SseEmitter.class));
    }

    private static JavaClass outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

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
