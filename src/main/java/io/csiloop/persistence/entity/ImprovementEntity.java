package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code AO_E7FE69_IMPROVEMENT}: the CSI register fields of one Improvement issue (Jira keeps its summary,
 * assignee, priority and due date). One row per issue: the issue id is unique.
 */
@Table("IMPROVEMENT")
public interface ImprovementEntity extends Entity {

    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    int getCycleNumber();

    void setCycleNumber(int cycleNumber);

    @StringLength(StringLength.UNLIMITED)
    String getObjective();

    void setObjective(String objective);

    @StringLength(StringLength.UNLIMITED)
    String getExpectedBenefit();

    void setExpectedBenefit(String expectedBenefit);

    @StringLength(30)
    String getEffort();

    void setEffort(String effort);

    @StringLength(StringLength.UNLIMITED)
    String getJustification();

    void setJustification(String justification);

    /** The Four Dimensions affected, comma-separated in a stable order; null when none is named. */
    String getFourDimensions();

    void setFourDimensions(String fourDimensions);

    @StringLength(60)
    String getValueChainActivity();

    void setValueChainActivity(String valueChainActivity);

    @StringLength(60)
    String getImprovementSource();

    void setImprovementSource(String improvementSource);

    /** The expected benefit as a number, in {@link #getBenefitUnit}; null when none is given. (Added in issue 18.) */
    Double getExpectedValue();

    void setExpectedValue(Double expectedValue);

    /** The unit of the expected and the realised benefit, e.g. {@code hours per month}. */
    @StringLength(60)
    String getBenefitUnit();

    void setBenefitUnit(String benefitUnit);

    /** The day the expected benefit should be reached, as an epoch day. */
    Integer getExpectedByDay();

    void setExpectedByDay(Integer expectedByDay);

    /** The benefit realised once Improved, in {@link #getBenefitUnit}. */
    Double getRealisedValue();

    void setRealisedValue(Double realisedValue);

    @StringLength(StringLength.UNLIMITED)
    String getRealisedNote();

    void setRealisedNote(String realisedNote);
}
