package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code AO_E7FE69_AUTO_SETTINGS}: the automation settings of one scope (project id 0: the global settings) and
 * the last run of that scope. A project's null values follow the global settings.
 */
@Table("AUTO_SETTINGS")
public interface AutomationSettingsEntity extends Entity {

    /** The global row's scope. */
    long GLOBAL = 0L;

    @NotNull
    @Unique
    long getScopeProjectId();

    void setScopeProjectId(long scopeProjectId);

    /** {@code INTERVAL}, {@code CRON} or null (inherit). */
    @StringLength(30)
    String getScheduleKind();

    void setScheduleKind(String scheduleKind);

    Integer getIntervalMinutes();

    void setIntervalMinutes(Integer intervalMinutes);

    @StringLength(120)
    String getCronExpression();

    void setCronExpression(String cronExpression);

    @StringLength(60)
    String getZoneId();

    void setZoneId(String zoneId);

    Boolean getAutoRaise();

    void setAutoRaise(Boolean autoRaise);

    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    Long getUpdatedAtMillis();

    void setUpdatedAtMillis(Long updatedAtMillis);

    /** The most bytes one CSV import may have (global row only; null: the default). */
    Integer getCsvMaxBytes();

    void setCsvMaxBytes(Integer csvMaxBytes);

    /** The most rows one CSV import may have (global row only; null: the default). */
    Integer getCsvMaxRows();

    void setCsvMaxRows(Integer csvMaxRows);

    /** How many hours after the current period a data point may be dated (global row only; null: none). */
    Integer getFutureGraceHours();

    void setFutureGraceHours(Integer futureGraceHours);

    Long getLastRunAtMillis();

    void setLastRunAtMillis(Long lastRunAtMillis);

    @StringLength(StringLength.UNLIMITED)
    String getLastRunSummary();

    void setLastRunSummary(String lastRunSummary);
}
