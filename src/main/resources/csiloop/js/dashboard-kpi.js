/*
 * The KPI trend dashboard item (the scorecard, "Which KPIs are off target or getting worse?", is
 * dashboard-attention.js). The trend draws one measurement's control chart (control-chart.js, the drawing the
 * measure page and the Improvement panel share) from the REST API's KPI (/projects/{key}/definitions/{id}/kpi): the
 * periods of the chosen range and the KPI reading now, the one the issue panel and the project page show. They name
 * no time zone, so the server reads the periods in the reporting zone, as the panels do; the range only chooses
 * which periods are listed, never the latest value, the trend or the limits.
 */
(function () {
    'use strict';

    function range(days) {
        var to = new Date();
        return 'from=' + encodeURIComponent(new Date(to.getTime() - days * 86400000).toISOString());
    }

    function kpiPath(prefs, id) {
        return 'projects/' + encodeURIComponent(prefs.projectKey) + '/definitions/' + encodeURIComponent(id) + '/kpi?'
            + range(Number(prefs.days) || 365);
    }

    define('csiloop/dashboard/trend', ['jquery', 'csiloop/dashboard/common'], function ($, common) {
        function TrendItem(API) { this.API = API; }
        TrendItem.prototype.renderEdit = function (context, prefs) {
            common.renderEdit(this.API, common.target(context), prefs, {measure: true});
        };
        TrendItem.prototype.render = function (context, prefs) {
            var $el = common.target(context);
            common.resolved(prefs, true).done(function (p) {
                if (!p.definitionId) { return common.message($el, AJS.I18n.getText('csiloop.ui.dashboard.noMeasure')); }
                var definition = 'projects/' + encodeURIComponent(p.projectKey) + '/definitions/' + encodeURIComponent(p.definitionId);
                $.when(CSILoop.api.get(kpiPath(p, p.definitionId)), CSILoop.api.get(definition)).done(function (kpi, d) {
                    CSILoop.controlChart.draw($el, kpi[0], d[0], definition);
                }).fail(function (xhr) { common.message($el, CSILoop.api.errorOf(xhr).message); });
            });
        };
        return TrendItem;
    });
}());
