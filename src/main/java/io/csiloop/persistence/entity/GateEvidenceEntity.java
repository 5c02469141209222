package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code AO_E7FE69_GATE_EVIDENCE}: one answered checklist item of one gate of one issue. Generic on purpose:
 * the process model decides what gates and items mean. (issue, gate, item) is unique; its index also serves
 * the lookups by issue and by issue and gate, which are its leading columns.
 */
@Table("GATE_EVIDENCE")
@Indexes(@Index(name = "issue_gate_item", methodNames = {"getIssueId", "getGateId", "getItemKey"}, unique = true))
public interface GateEvidenceEntity extends Entity {

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
    @StringLength(30)
    String getAnswerState();

    void setAnswerState(String answerState);

    @StringLength(StringLength.UNLIMITED)
    String getAnswerText();

    void setAnswerText(String answerText);

    @NotNull
    String getAnsweredBy();

    void setAnsweredBy(String answeredBy);

    @NotNull
    long getAnsweredAtMillis();

    void setAnsweredAtMillis(long answeredAtMillis);
}
