package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code AO_E7FE69_REBASE}: a rebase of a measure's control chart approved by a person, never changed afterwards.
 * The unique phase key ({@code <definition id>@<phase start millis>}) makes the database refuse a second rebase
 * beginning its phase with the same period, however concurrent the approvals.
 */
@Table("REBASE")
public interface RebaseEntity extends Entity {

    @NotNull
    @Indexed
    int getDefinitionId();

    void setDefinitionId(int definitionId);

    @NotNull
    @Unique
    @StringLength(40)
    String getPhaseKey();

    void setPhaseKey(String phaseKey);

    @NotNull
    long getRebaseAtMillis();

    void setRebaseAtMillis(long rebaseAtMillis);

    @NotNull
    long getPhaseStartMillis();

    void setPhaseStartMillis(long phaseStartMillis);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    @StringLength(255)
    String getApproverKey();

    void setApproverKey(String approverKey);

    @NotNull
    @Indexed
    long getApprovedAtMillis();

    void setApprovedAtMillis(long approvedAtMillis);
}
