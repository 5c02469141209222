package io.csiloop.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Where the host keeps the data model version of each AO namespace, as the AO plugin keeps it in Jira's plugin
 * settings. A host table ({@code AO_E7FE69_HOST_MODEL_VER}), not one of the app's: it is never in {@code <ao>}.
 */
@Table("HOST_MODEL_VER")
public interface ModelVersionEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(100)
    String getPluginNamespace();

    void setPluginNamespace(String pluginNamespace);

    @NotNull
    @StringLength(20)
    String getModelVersion();

    void setModelVersion(String modelVersion);
}
