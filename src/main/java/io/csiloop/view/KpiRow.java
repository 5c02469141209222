package io.csiloop.view;

/**
 * One measurement as the KPI tables show it, every value ready to print.
 *
 * @param definitionId the stored definition's id, for the "record a value" form and the REST calls
 * @param latest the latest period's value with its unit, or empty when there is no data
 * @param period the latest period's name, e.g. {@code 2026-W48}; empty without data
 * @param target the target with its comparison, e.g. "≤ 8 hours", or the band
 * @param statusLabel the RAG status in words
 * @param statusStyle the AUI lozenge modifier that colours it ({@code success}, {@code moved}, {@code error}, or empty)
 * @param sparkline the SVG polyline points of the recent complete periods in a 100 × 24 box; empty when fewer than
 *     two values (the period in progress counted) are there to draw
 * @param sparklineOpenLine the SVG path of the dashed line to the period in progress; empty without one
 * @param sparklineOpenX the x of the period in progress's hollow point; empty without one
 * @param sparklineOpenY its y
 * @param sparklineLabel the recent values in words, then the period in progress, for people who cannot see the line
 * @param inProgress the period in progress in words, e.g. "91 % so far in 2026-12 (in progress)", shown apart from
 *     the latest complete period; empty when that period has no value yet
 * @param forecast what the trend says, e.g. "Stable around 10.9 hours: no real trend; …"; empty without a trend
 * @param variation the variation icon in words (the latest complete period: common cause, or a special cause that is
 *     an improvement or a concern); empty while the chart has no limits
 * @param variationStyle {@code improvement}, {@code concern} or {@code neutral} for a special cause; empty otherwise
 * @param assurance the assurance icon in words (the target against the limits); empty without limits or target
 * @param rules the rule profile the signals are read with, named wherever they are shown
 */
public record KpiRow(int definitionId, String key, String name, String unit, String latest, String period,
                     String target, String statusLabel, String statusStyle, String sparkline, String sparklineOpenLine,
                     String sparklineOpenX, String sparklineOpenY, String sparklineLabel, String inProgress,
                     String forecast, String variation, String variationStyle, String assurance, String rules) {

    public String getVariation() {
        return variation;
    }

    public String getVariationStyle() {
        return variationStyle;
    }

    public String getAssurance() {
        return assurance;
    }

    public String getRules() {
        return rules;
    }

    public int getDefinitionId() {
        return definitionId;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public String getLatest() {
        return latest;
    }

    public String getPeriod() {
        return period;
    }

    public String getTarget() {
        return target;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public String getStatusStyle() {
        return statusStyle;
    }

    public String getSparkline() {
        return sparkline;
    }

    public String getSparklineOpenLine() {
        return sparklineOpenLine;
    }

    public String getSparklineOpenX() {
        return sparklineOpenX;
    }

    public String getSparklineOpenY() {
        return sparklineOpenY;
    }

    public String getSparklineLabel() {
        return sparklineLabel;
    }

    public String getInProgress() {
        return inProgress;
    }

    public String getForecast() {
        return forecast;
    }
}
