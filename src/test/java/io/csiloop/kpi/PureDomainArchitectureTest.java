package io.csiloop.kpi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Measurements and KPI analysis are plain JDK code (ARCHITECTURE.md, "Layers"). */
@AnalyzeClasses(packages = {"io.csiloop.measure", "io.csiloop.kpi"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class PureDomainArchitectureTest {

    @ArchTest
    static final ArchRule ONLY_THE_JDK = classes().that().resideInAnyPackage("io.csiloop.measure..", "io.csiloop.kpi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.csiloop.measure..", "io.csiloop.kpi..");

    @ArchTest
    static final ArchRule MEASURES_DO_NOT_KNOW_THEIR_ANALYSIS = noClasses().that()
            .resideInAPackage("io.csiloop.measure..")
            .should().dependOnClassesThat().resideInAPackage("io.csiloop.kpi..");
}
