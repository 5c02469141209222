package io.csiloop.application.automation;

import io.csiloop.kernel.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The automation configured for measurement definitions, one per definition, with its progress. */
@Repository
public interface DefinitionAutomations {

    Optional<StoredAutomation> find(int definitionId);

    /** The project's configurations, by definition id. */
    List<StoredAutomation> ofProject(long projectId);

    /** Creates or replaces the configuration of its definition; the progress starts over. */
    StoredAutomation save(DefinitionAutomation automation, Instant at);

    /** Removes the definition's configuration (and its progress); false when there was none. */
    boolean remove(int definitionId);

    /** Removes the configurations of the given definitions (they were deleted). */
    void removeAll(Collection<Integer> definitionIds);

    /** Stores how far the definition's collection has got; nothing happens when it has no configuration. */
    void progress(int definitionId, AutomationProgress progress);

    /** Records that the last attempt failed, keeping the periods counted so far. */
    void failed(int definitionId, String error, Instant at);
}
