package io.csiloop.improvement;

import java.util.List;

/**
 * The choices of the CSI register the seven-step model defines, by the names the register stores. (The Four
 * Dimensions are the lifecycle model's {@code FourDimension}: the service management framework's, not the
 * register's.)
 */
public final class RegisterChoices {

    /** The six activities of the ITIL service value chain. */
    public static final List<String> VALUE_CHAIN = List.of("PLAN", "IMPROVE", "ENGAGE", "DESIGN_AND_TRANSITION",
            "OBTAIN_BUILD", "DELIVER_AND_SUPPORT");
    /** Where an improvement comes from. */
    public static final List<String> SOURCES = List.of("INCIDENT_TREND", "PROBLEM", "SURVEY", "AUDIT", "KPI_SIGNAL",
            "OTHER");

    private RegisterChoices() {
    }
}
