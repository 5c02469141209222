package io.csiloop;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.csiloop.kernel.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layers of docs/architecture.md, as rules: the domain knows only the JDK and itself, the application layer
 * holds the use cases and knows no host, persistence, REST, views and the Jira adapter sit outside and call in.
 * A rule here and the picture in the document change together.
 */
@AnalyzeClasses(packages = "io.csiloop", importOptions = {ImportOption.DoNotIncludeTests.class})
class ArchitectureTest {

    static final String KERNEL = "io.csiloop.kernel..";
    static final String PROCESS = "io.csiloop.process..";
    static final String LIFECYCLE = "io.csiloop.lifecycle..";
    static final String IMPROVEMENT = "io.csiloop.improvement..";
    static final String MEASURE = "io.csiloop.measure..";
    static final String KPI = "io.csiloop.kpi..";
    static final String PACK = "io.csiloop.pack..";
    static final String PORT = "io.csiloop.port..";
    static final String APPLICATION = "io.csiloop.application..";
    static final String PERSISTENCE = "io.csiloop.persistence..";
    static final String REST = "io.csiloop.rest..";
    static final String VIEW = "io.csiloop.view..";
    static final String JIRA = "io.csiloop.jira..";

    /** The domain: the process models, the measures and their analysis, the pack's rendering, the host ports. */
    static final String[] DOMAIN = {KERNEL, PROCESS, LIFECYCLE, IMPROVEMENT, MEASURE, KPI, PACK, PORT};
    /** Everything that adapts the app to the outside world and calls into it. */
    static final String[] OUTSIDE = {PERSISTENCE, REST, VIEW, JIRA};
    static final String[] HOST = {"com.atlassian..", "com.opensymphony..", "net.java.ao..", "jakarta.."};

    @ArchTest
    static final ArchRule kernelKnowsOnlyTheJdk = classes()
            .that().resideInAPackage(KERNEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", KERNEL)
            .because("the kernel (refusals, messages, field errors) is what every layer shares");

    @ArchTest
    static final ArchRule processModelKnowsOnlyTheJdk = classes()
            .that().resideInAnyPackage(PROCESS, LIFECYCLE, IMPROVEMENT)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", KERNEL, PROCESS, LIFECYCLE, IMPROVEMENT)
            .because("the lifecycle and CSI process models must be testable without Jira, storage or HTTP");

    @ArchTest
    static final ArchRule processVocabularyKnowsNeitherModel = noClasses()
            .that().resideInAPackage(PROCESS)
            .should().dependOnClassesThat().resideInAnyPackage(LIFECYCLE, IMPROVEMENT)
            .because("process holds the vocabulary both workflows share; each model builds on it, not the reverse");

    @ArchTest
    static final ArchRule theModelsDoNotKnowEachOther = noClasses()
            .that().resideInAPackage(LIFECYCLE)
            .should().dependOnClassesThat().resideInAPackage(IMPROVEMENT)
            .because("the lifecycle and the seven steps share only the process vocabulary");

    @ArchTest
    static final ArchRule improvementDoesNotKnowTheLifecycle = noClasses()
            .that().resideInAPackage(IMPROVEMENT)
            .should().dependOnClassesThat().resideInAPackage(LIFECYCLE)
            .because("the lifecycle and the seven steps share only the process vocabulary");

    @ArchTest
    static final ArchRule kpiEngineKnowsOnlyTheJdk = classes()
            .that().resideInAnyPackage(MEASURE, KPI)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", KERNEL, MEASURE, KPI)
            .because("the KPI analysis must be testable without Jira, storage or HTTP");

    @ArchTest
    static final ArchRule measuresDoNotKnowTheirAnalysis = noClasses()
            .that().resideInAPackage(MEASURE)
            .should().dependOnClassesThat().resideInAPackage(KPI)
            .because("a measurement definition is a value; analysing it is the kpi package's job");

    @ArchTest
    static final ArchRule packRendersDomainValuesOnly = classes()
            .that().resideInAPackage(PACK)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.imageio..", "com.openhtmltopdf..",
                    KERNEL, PROCESS, LIFECYCLE, MEASURE, KPI, PACK)
            .because("the stakeholder pack is pure rendering: domain values in, XHTML, PDF and CSV out");

    @ArchTest
    static final ArchRule portsArePureJava = noClasses()
            .that().resideInAPackage(PORT)
            .should().dependOnClassesThat().resideInAnyPackage(HOST)
            .because("ports describe what the app needs from its host in the app's own terms");

    @ArchTest
    static final ArchRule theDomainLooksNoWhereElse = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, PERSISTENCE, REST, VIEW, JIRA)
            .because("the domain sits below the use cases and every adapter");

    @ArchTest
    static final ArchRule applicationKnowsNoHost = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(HOST)
            .orShould().dependOnClassesThat().resideInAnyPackage(OUTSIDE)
            .because("the use cases run without Jira, HTTP or Active Objects: they reach the host through ports and "
                    + "the tables through repository interfaces");

    @ArchTest
    static final ArchRule useCasesLiveInTheApplicationLayer = classes()
            .that().areAnnotatedWith(Repository.class)
            .should().onlyHaveDependentClassesThat().resideInAnyPackage(APPLICATION, PERSISTENCE)
            .because("whatever reads or writes the tables is a use case, so it lives in the application layer, where "
                    + "REST, the panels, the workflow modules and the job share it; persistence only implements them");

    @ArchTest
    static final ArchRule adaptersReachTheTablesOnlyThroughTheApplication = noClasses()
            .that().resideInAnyPackage(REST, VIEW, JIRA)
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .orShould().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .because("REST, the views and the Jira adapter call application services; Spring hands the repositories' "
                    + "implementations to those services only");

    @ArchTest
    static final ArchRule persistenceStaysBelowJiraAndRest = noClasses()
            .that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "jakarta..", REST, VIEW, JIRA)
            .because("persistence knows Active Objects, not Jira's issues or HTTP");

    @ArchTest
    static final ArchRule viewsAreHostFree = noClasses()
            .that().resideInAPackage(VIEW)
            .should().dependOnClassesThat().resideInAnyPackage(HOST)
            .orShould().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REST, JIRA)
            .because("what a panel or page shows is built without Jira, so it is tested and previewed without Jira");

    @ArchTest
    static final ArchRule restDoesNotReachIntoJira = noClasses()
            .that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "net.java.ao..")
            .orShould().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, VIEW, JIRA)
            .because("REST resources speak to the app through its services and ports, never to Jira or AO directly");

    @ArchTest
    static final ArchRule theJiraAdapterUsesNoTablesDirectly = noClasses()
            .that().resideInAPackage(JIRA)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REST, "net.java.ao..")
            .because("the Jira adapter calls the app; Spring hands it the repositories' implementations");

    @ArchTest
    static final ArchRule onlyTheJiraAdapterTouchesJira = noClasses()
            .that().resideOutsideOfPackage(JIRA)
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "com.opensymphony..")
            .because("Jira's API stays in the thin adapter layer");

    @ArchTest
    static final ArchRule noStaticServiceLocator = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
            .allowEmptyShould(true)
            .because("constructor injection everywhere: ComponentAccessor hides dependencies and defeats tests");
}
