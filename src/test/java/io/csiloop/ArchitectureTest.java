package io.csiloop;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layer rules of ARCHITECTURE.md. The pure packages hold the thinking and must run without a host;
 * only the jira package may touch Jira's API; nothing locates services statically.
 *
 * <p>Rules over packages that later issues fill in allow an empty match until then.
 */
@AnalyzeClasses(packages = "io.csiloop", importOptions = {ImportOption.DoNotIncludeTests.class})
class ArchitectureTest {

    private static final String[] HOST_PACKAGES = {"com.atlassian..", "com.opensymphony..", "net.java.ao..", "jakarta.."};

    @ArchTest
    static final ArchRule processModelKnowsOnlyTheJdk = classes()
            .that().resideInAnyPackage("io.csiloop.lifecycle..", "io.csiloop.improvement..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.csiloop.lifecycle..", "io.csiloop.improvement..")
            .because("the lifecycle and CSI process model must be testable without Jira, storage or HTTP");

    @ArchTest
    static final ArchRule lifecycleDoesNotLookAtImprovement = noClasses()
            .that().resideInAPackage("io.csiloop.lifecycle..")
            .should().dependOnClassesThat().resideInAPackage("io.csiloop.improvement..")
            .because("lifecycle holds the vocabulary both models share; improvement builds on it, not the reverse");

    @ArchTest
    static final ArchRule kpiEngineKnowsOnlyTheJdk = classes()
            .that().resideInAnyPackage("io.csiloop.measure..", "io.csiloop.kpi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.csiloop.measure..", "io.csiloop.kpi..")
            .because("the KPI analysis must be testable without Jira, storage or HTTP");

    @ArchTest
    static final ArchRule measuresDoNotKnowTheirAnalysis = noClasses()
            .that().resideInAPackage("io.csiloop.measure..")
            .should().dependOnClassesThat().resideInAPackage("io.csiloop.kpi..")
            .because("a measurement definition is a value; analysing it is the kpi package's job");

    @ArchTest
    static final ArchRule portsArePureJava = noClasses()
            .that().resideInAPackage("io.csiloop.port..")
            .should().dependOnClassesThat().resideInAnyPackage(HOST_PACKAGES)
            .allowEmptyShould(true)
            .because("ports describe what the app needs from its host in the app's own terms");

    @ArchTest
    static final ArchRule storeStaysBelowJiraAndRest = noClasses()
            .that().resideInAPackage("io.csiloop.store..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "jakarta..", "io.csiloop.rest..", "io.csiloop.jira..")
            .allowEmptyShould(true)
            .because("persistence knows Active Objects, not Jira's issues or HTTP");

    @ArchTest
    static final ArchRule reviewIsPureAppCode = classes()
            .that().resideInAPackage("io.csiloop.review..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.csiloop.review..",
                    "io.csiloop.lifecycle..", "io.csiloop.improvement..", "io.csiloop.measure..", "io.csiloop.kpi..",
                    "io.csiloop.store..", "io.csiloop.port..")
            .because("the review layer is shared by the workflow modules, REST and the panels: app code, no Jira, "
                    + "no HTTP, no Active Objects types beyond the store's records");

    @ArchTest
    static final ArchRule onlyAdaptersUseTheReviewLayer = noClasses()
            .that().resideInAnyPackage("io.csiloop.lifecycle..", "io.csiloop.improvement..", "io.csiloop.measure..",
                    "io.csiloop.kpi..", "io.csiloop.store..", "io.csiloop.port..")
            .should().dependOnClassesThat().resideInAPackage("io.csiloop.review..")
            .because("the review layer sits above the model, the store and the ports, never below them");

    @ArchTest
    static final ArchRule automationIsAppCode = classes()
            .that().resideInAPackage("io.csiloop.automation")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "io.csiloop.automation",
                    "io.csiloop.lifecycle..", "io.csiloop.improvement..", "io.csiloop.measure..", "io.csiloop.kpi..",
                    "io.csiloop.store", "io.csiloop.review..", "io.csiloop.port..")
            .because("the scheduled job's logic runs without Jira: it reaches Jira only through ports, and its own "
                    + "tables only through the repository interfaces that io.csiloop.automation.store implements");

    @ArchTest
    static final ArchRule automationStoreStaysBelowJira = noClasses()
            .that().resideInAPackage("io.csiloop.automation.store..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "jakarta..", "io.csiloop.rest..",
                    "io.csiloop.jira..")
            .because("the automation's persistence knows Active Objects, not Jira's issues or HTTP");

    @ArchTest
    static final ArchRule nothingBelowUsesTheAutomation = noClasses()
            .that().resideInAnyPackage("io.csiloop.lifecycle..", "io.csiloop.improvement..", "io.csiloop.measure..",
                    "io.csiloop.kpi..", "io.csiloop.store..", "io.csiloop.port..", "io.csiloop.review..")
            .should().dependOnClassesThat().resideInAPackage("io.csiloop.automation..")
            .because("the automation sits above the model, the store, the review layer and the ports");

    @ArchTest
    static final ArchRule restDoesNotReachIntoJira = noClasses()
            .that().resideInAPackage("io.csiloop.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "io.csiloop.jira..", "net.java.ao..")
            .allowEmptyShould(true)
            .because("REST resources speak to the app through ports and repositories, never to Jira or AO directly");

    @ArchTest
    static final ArchRule onlyTheJiraAdapterTouchesJira = noClasses()
            .that().resideOutsideOfPackage("io.csiloop.jira..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "com.opensymphony..")
            .allowEmptyShould(true)
            .because("Jira's API stays in the thin adapter layer");

    @ArchTest
    static final ArchRule noStaticServiceLocator = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
            .allowEmptyShould(true)
            .because("constructor injection everywhere: ComponentAccessor hides dependencies and defeats tests");

    @ArchTest
    static final ArchRule packRendersDomainValuesOnly = classes()
            .that().resideInAPackage("io.csiloop.pack")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.imageio..", "io.csiloop.pack",
                    "io.csiloop.kpi..", "io.csiloop.measure..", "io.csiloop.lifecycle..", "com.openhtmltopdf..")
            .because("the stakeholder pack is pure rendering: domain values in, XHTML, PDF and CSV out");

    @ArchTest
    static final ArchRule packSnapshotsStayBelowJiraAndRest = noClasses()
            .that().resideInAPackage("io.csiloop.pack..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "jakarta..", "io.csiloop.rest..",
                    "io.csiloop.jira..")
            .because("packs are produced and stored below the adapters, which call them");
}
