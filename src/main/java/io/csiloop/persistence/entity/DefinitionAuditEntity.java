package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code AO_E7FE69_DEFINITION_AUDIT}: one change of a measurement definition. The definition id is a plain
 * column, not a foreign key, so the log outlives the definition. (definition, version) is unique: two
 * writers that both read version n cannot both log version n + 1, which makes the second one fail.
 */
@Table("DEFINITION_AUDIT")
@Indexes(@Index(name = "def_version", methodNames = {"getDefinitionId", "getVersion"}, unique = true))
public interface DefinitionAuditEntity extends Entity {

    @NotNull
    int getDefinitionId();

    void setDefinitionId(int definitionId);

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    int getVersion();

    void setVersion(int version);

    @NotNull
    @StringLength(30)
    String getChangeAction();

    void setChangeAction(String changeAction);

    @NotNull
    String getChangedBy();

    void setChangedBy(String changedBy);

    @NotNull
    long getChangedAtMillis();

    void setChangedAtMillis(long changedAtMillis);

    @StringLength(StringLength.UNLIMITED)
    String getBeforeText();

    void setBeforeText(String beforeText);

    @StringLength(StringLength.UNLIMITED)
    String getAfterText();

    void setAfterText(String afterText);
}
