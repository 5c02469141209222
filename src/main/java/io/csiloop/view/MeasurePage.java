package io.csiloop.view;

import io.csiloop.kernel.MessageSource;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.UserDirectory;
import io.csiloop.port.UserRef;

import java.util.List;

/**
 * The measure page of one measurement definition, every value ready to print: what the server draws (name, unit,
 * target, owner by display name, links back to the project page and the owning improvement) and what the page's script needs to
 * fill the REST-driven sections (the REST path, whether the viewer may approve rebases and correct data points).
 *
 * @param improvementKey the key of the Improvement that owns the measure; empty for a project measure
 * @param mayEdit whether the viewer has Edit Issues in the project: approve a rebase, correct and delete points
 */
public record MeasurePage(ProjectRef project, StoredDefinition stored, String improvementKey, String owner,
                          boolean mayEdit, String title) {

    /**
     * @param people who the owner is: their display name; a key the host does not know (a deleted user) is shown
     *               as it is stored
     */
    public static MeasurePage of(ProjectRef project, StoredDefinition stored, String improvementKey, boolean mayEdit,
                                 MessageSource messages, UserDirectory people) {
        String key = stored.ownership().ownerKey();
        String owner = key == null ? "" : people.userByKey(key).map(UserRef::displayName).orElse(key);
        return new MeasurePage(project, stored, improvementKey, owner, mayEdit,
                messages.text("csiloop.ui.measurePage.title", List.of(stored.definition().name(), project.name())));
    }

    private MeasurementDefinition d() {
        return stored.definition();
    }

    public String getTitle() {
        return title;
    }

    public String getProjectKey() {
        return project.key();
    }

    public String getProjectName() {
        return project.name();
    }

    public int getDefinitionId() {
        return stored.id();
    }

    public String getKey() {
        return d().key();
    }

    public String getName() {
        return d().name();
    }

    public String getUnit() {
        return d().unit();
    }

    public String getTarget() {
        return Numbers.target(d());
    }

    public String getOwner() {
        return owner;
    }

    public String getImprovementKey() {
        return improvementKey;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    /** The definition's REST path under {@code /rest/csiloop/1.0}, for the page's script. */
    public String getRestPath() {
        return "projects/" + java.net.URLEncoder.encode(project.key(), java.nio.charset.StandardCharsets.UTF_8)
                + "/definitions/" + stored.id();
    }
}
