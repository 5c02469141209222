package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code AO_E7FE69_PACK_SNAPSHOT}: one stakeholder pack as it was produced. Rows are only ever inserted: nothing
 * in the app updates or deletes them, which is what makes a pack evidence.
 */
@Table("PACK_SNAPSHOT")
public interface PackSnapshotEntity extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    int getCycleNumber();

    void setCycleNumber(int cycleNumber);

    @NotNull
    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    /** Milliseconds since the epoch, UTC. */
    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getHtml();

    void setHtml(String html);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getCsv();

    void setCsv(String csv);

    /** The inputs the pack was rendered from, as {@link PackSource} writes them. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSourceData();

    void setSourceData(String sourceData);
}
