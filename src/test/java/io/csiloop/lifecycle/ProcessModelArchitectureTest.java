package io.csiloop.lifecycle;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The process model is pure: it knows the JDK and itself, so Jira, storage and REST stay outside. */
@AnalyzeClasses(packages = {"io.csiloop.lifecycle", "io.csiloop.improvement"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ProcessModelArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdk = classes()
            .that().resideInAnyPackage("io.csiloop.lifecycle..", "io.csiloop.improvement..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.csiloop.lifecycle..", "io.csiloop.improvement..");

    @ArchTest
    static final ArchRule lifecycleDoesNotLookAtImprovement = noClasses()
            .that().resideInAPackage("io.csiloop.lifecycle..")
            .should().dependOnClassesThat().resideInAPackage("io.csiloop.improvement..");
}
