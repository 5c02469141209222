/**
 * KPI analysis for Continual Service Improvement: steps 4 and 5 of the seven-step process
 * ("Process data", Do; "Analyse data", Check) and the before/after verification of step 7 (Act).
 *
 * <ul>
 *   <li>{@link io.csiloop.kpi.Period}: day, ISO week, month or quarter in a time zone;</li>
 *   <li>{@link io.csiloop.kpi.KpiStream}: the value of each period, streamed over time-ordered data points;</li>
 *   <li>{@link io.csiloop.kpi.KpiStatus}, {@link io.csiloop.kpi.Gap}, {@link io.csiloop.kpi.Progress}:
 *       direction-aware RAG with a tolerance, gap to target, progress from baseline;</li>
 *   <li>{@link io.csiloop.kpi.Trend} and {@link io.csiloop.kpi.Forecast}: least-squares slope, whether the trend
 *       is real (significant slope by Student's t, or a 7-point trend run), and when a real trend reaches the
 *       target, or the level a stable process delivers;</li>
 *   <li>{@link io.csiloop.kpi.XmrChart}, {@link io.csiloop.kpi.XmrLimits}, {@link io.csiloop.kpi.RunRules}:
 *       the individuals and moving-range chart with its natural process limits and signals, read with the measure's
 *       rule profile; {@link io.csiloop.kpi.SignalMeaning}, {@link io.csiloop.kpi.VariationIcon},
 *       {@link io.csiloop.kpi.AssuranceIcon} and {@link io.csiloop.kpi.SignalReading}: what the signals mean for the
 *       measure (docs/statistics.md);</li>
 *   <li>{@link io.csiloop.kpi.BeforeAfter} with {@link io.csiloop.kpi.MannWhitneyU}: "did we get there?", and
 *       {@link io.csiloop.kpi.ChangeVerdict}: an improvement cycle's verdict at its go-live, from period values;</li>
 *   <li>{@link io.csiloop.kpi.KpiReading}: a measure's latest value, status, gap, trend and chart at one moment,
 *       with one trend window and one chart window: "the KPI now" as every panel, snapshot, API answer and pack
 *       shows it.</li>
 * </ul>
 *
 * <p>Plain JDK code without state between calls: every result is an immutable value, and the
 * user-facing words are i18n keys ({@code csiloop.kpi.*}).
 *
 * <p>May import: the JDK, {@code io.csiloop.kernel} and {@code io.csiloop.measure}.
 */
package io.csiloop.kpi;
