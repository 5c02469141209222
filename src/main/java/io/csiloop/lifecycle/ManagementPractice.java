package io.csiloop.lifecycle;

import java.util.List;
import java.util.stream.Stream;

/**
 * The management practices a project's work can draw on, each in its family (general, service or technical
 * management). While Executing, the team says which of them co-create the value.
 */
public enum ManagementPractice implements ChecklistItem {
    ARCHITECTURE_MANAGEMENT(Family.GENERAL),
    CONTINUAL_IMPROVEMENT(Family.GENERAL),
    INFORMATION_SECURITY_MANAGEMENT(Family.GENERAL),
    KNOWLEDGE_MANAGEMENT(Family.GENERAL),
    MEASUREMENT_AND_REPORTING(Family.GENERAL),
    ORGANIZATIONAL_CHANGE_MANAGEMENT(Family.GENERAL),
    PORTFOLIO_MANAGEMENT(Family.GENERAL),
    PROJECT_MANAGEMENT(Family.GENERAL),
    RELATIONSHIP_MANAGEMENT(Family.GENERAL),
    RISK_MANAGEMENT(Family.GENERAL),
    SERVICE_FINANCIAL_MANAGEMENT(Family.GENERAL),
    STRATEGY_MANAGEMENT(Family.GENERAL),
    SUPPLIER_MANAGEMENT(Family.GENERAL),
    WORKFORCE_AND_TALENT_MANAGEMENT(Family.GENERAL),
    AVAILABILITY_MANAGEMENT(Family.SERVICE),
    BUSINESS_ANALYSIS(Family.SERVICE),
    CAPACITY_AND_PERFORMANCE_MANAGEMENT(Family.SERVICE),
    CHANGE_ENABLEMENT(Family.SERVICE),
    INCIDENT_MANAGEMENT(Family.SERVICE),
    IT_ASSET_MANAGEMENT(Family.SERVICE),
    MONITORING_AND_EVENT_MANAGEMENT(Family.SERVICE),
    PROBLEM_MANAGEMENT(Family.SERVICE),
    RELEASE_MANAGEMENT(Family.SERVICE),
    SERVICE_CATALOGUE_MANAGEMENT(Family.SERVICE),
    SERVICE_CONFIGURATION_MANAGEMENT(Family.SERVICE),
    SERVICE_CONTINUITY_MANAGEMENT(Family.SERVICE),
    SERVICE_DESIGN(Family.SERVICE),
    SERVICE_DESK(Family.SERVICE),
    SERVICE_LEVEL_MANAGEMENT(Family.SERVICE),
    SERVICE_REQUEST_MANAGEMENT(Family.SERVICE),
    SERVICE_VALIDATION_AND_TESTING(Family.SERVICE),
    DEPLOYMENT_MANAGEMENT(Family.TECHNICAL),
    INFRASTRUCTURE_AND_PLATFORM_MANAGEMENT(Family.TECHNICAL),
    SOFTWARE_DEVELOPMENT_AND_MANAGEMENT(Family.TECHNICAL);

    /** The family of a practice: general, service or technical management. */
    public enum Family implements io.csiloop.process.KeyedByName {
        GENERAL,
        SERVICE,
        TECHNICAL;

        /** The practices of the family, in order. */
        public List<ManagementPractice> practices() {
            return Stream.of(ManagementPractice.values()).filter(p -> p.family == this).toList();
        }
    }

    private final Family family;

    ManagementPractice(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    @Override
    public String messageFamily() {
        return "csiloop.evidence.practice";
    }
}
