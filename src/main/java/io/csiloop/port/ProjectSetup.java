package io.csiloop.port;

/**
 * "Enable CSI Loop for this project": adds the CSI Loop issue types to the project's issue type scheme and maps
 * them to the CSI Loop workflows in its workflow scheme. {@link #plan} says what would change without changing
 * anything; {@link #apply} changes it. Both require the host's "Administer Projects" permission on the project
 * ({@link ProjectAccess#ADMINISTER}) and refuse with {@link AccessDenied} otherwise (also for a project that
 * does not exist, so that its existence does not leak).
 */
public interface ProjectSetup {

    /** What enabling would change in the project; an empty plan means CSI Loop is enabled already. */
    SetupPlan plan(long projectId);

    /**
     * Carries the plan out and returns the plan as it stands afterwards (empty when all went well).
     *
     * @param confirmSharedSchemes whether the administrator agreed to change schemes other projects use too
     * @throws ProjectSetupRefused when a change would touch a scheme other projects share and that was not
     *     confirmed, or when the plan has a blocker; nothing was changed then
     */
    SetupPlan apply(long projectId, boolean confirmSharedSchemes);
}
