package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code AO_E7FE69_AUTO_RAISED_SIGNAL}: a signal that raised an Improvement issue, under a unique fingerprint, with
 * the span of periods it covers (which grows while the signal goes on) and the issue.
 */
@Table("AUTO_RAISED_SIGNAL")
public interface RaisedSignalEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(200)
    String getFingerprint();

    void setFingerprint(String fingerprint);

    @NotNull
    @Indexed
    int getDefinitionId();

    void setDefinitionId(int definitionId);

    @NotNull
    @StringLength(30)
    String getSignalKind();

    void setSignalKind(String signalKind);

    @NotNull
    long getSpanStartMillis();

    void setSpanStartMillis(long spanStartMillis);

    @NotNull
    long getSpanEndMillis();

    void setSpanEndMillis(long spanEndMillis);

    Long getIssueId();

    void setIssueId(Long issueId);

    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    long getRaisedAtMillis();

    void setRaisedAtMillis(long raisedAtMillis);
}
