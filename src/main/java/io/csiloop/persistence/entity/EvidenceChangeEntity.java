package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code AO_E7FE69_EVIDENCE_CHANGE}: one version of a checklist item's answer, with the answer before and after
 * and, for an amendment after the gate passed, the reason. Issue, gate and item are plain values, like those of
 * {@code GATE_EVIDENCE}. (issue, gate, item, version) is unique: two writers that both read n versions of an
 * item cannot both log version n + 1, which makes the second one fail and roll back. Its leading columns serve
 * the lookups by issue and by issue and gate.
 */
@Table("EVIDENCE_CHANGE")
@Indexes(@Index(name = "issue_gate_item_version",
        methodNames = {"getIssueId", "getGateId", "getItemKey", "getVersion"}, unique = true))
public interface EvidenceChangeEntity extends Entity {

    @NotNull
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(100)
    String getGateId();

    void setGateId(String gateId);

    @NotNull
    @StringLength(100)
    String getItemKey();

    void setItemKey(String itemKey);

    @NotNull
    int getVersion();

    void setVersion(int version);

    @NotNull
    String getChangedBy();

    void setChangedBy(String changedBy);

    @NotNull
    long getChangedAtMillis();

    void setChangedAtMillis(long changedAtMillis);

    @StringLength(450)
    String getReason();

    void setReason(String reason);

    @NotNull
    @StringLength(30)
    String getOldState();

    void setOldState(String oldState);

    @StringLength(StringLength.UNLIMITED)
    String getOldText();

    void setOldText(String oldText);

    @NotNull
    @StringLength(30)
    String getNewState();

    void setNewState(String newState);

    @StringLength(StringLength.UNLIMITED)
    String getNewText();

    void setNewText(String newText);
}
