package org.entente.forcegeneration.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Force generation's layers (design brief, "Services never speak HTTP"): only its web adapters (the API
 * controller, the pages and the event streams) know HTTP; the service, the job runner, the views and the
 * repository throw domain refusals; and the pages parse input with the module's forms, never through the
 * API controller.
 */
@AnalyzeClasses(packages = "org.entente.forcegeneration", importOptions = ImportOption.DoNotIncludeTests.class)
class ForceGenerationLayersTest {

    @ArchTest
    static final ArchRule onlyTheWebAdaptersSpeakHttp = noClasses()
            .that().resideInAPackage("org.entente.forcegeneration..")
            .and().doNotHaveSimpleName("ForceGenerationApi").and().doNotHaveSimpleName("ForceGenerationPages")
            .and().doNotHaveSimpleName("JobEvents")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..", "org.springframework.web..", "org.entente.web..")
            .because("services return results or throw org.entente.command.Refusal, which the one exception handler answers");

    @ArchTest
    static final ArchRule pagesDoNotCallTheApiController = noClasses()
            .that().haveSimpleName("ForceGenerationPages")
            .should().dependOnClassesThat().haveSimpleName("ForceGenerationApi")
            .because("input parsing lives in one forms class that the API and the pages share");
}
