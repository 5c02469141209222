package io.csiloop.port;

/**
 * Raises an Improvement issue in the host, as the user the draft names, through the host's own validation (the
 * user needs permission to create issues in the project; required fields must be satisfied).
 */
public interface ImprovementRaiser {

    /**
     * @return the created issue
     * @throws RaiseRefused when the host refuses to create it; nothing was created then
     */
    IssueRef raise(ImprovementDraft draft);
}
