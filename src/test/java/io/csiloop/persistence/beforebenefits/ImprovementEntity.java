package io.csiloop.persistence.beforebenefits;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code AO_E7FE69_IMPROVEMENT} as released at model version 2, before the benefit columns (issue 18): the schema
 * of an installation the upgrade finds. Test only; getters only (rows are created from column maps).
 */
@Table("IMPROVEMENT")
public interface ImprovementEntity extends Entity {

    @NotNull
    @Unique
    long getIssueId();

    @NotNull
    @Indexed
    long getProjectId();

    @NotNull
    int getCycleNumber();

    @StringLength(StringLength.UNLIMITED)
    String getObjective();

    @StringLength(StringLength.UNLIMITED)
    String getExpectedBenefit();

    @StringLength(30)
    String getEffort();

    @StringLength(StringLength.UNLIMITED)
    String getJustification();

    String getFourDimensions();

    @StringLength(60)
    String getValueChainActivity();

    @StringLength(60)
    String getImprovementSource();
}
