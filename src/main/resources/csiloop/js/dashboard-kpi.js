/*
 * The KPI dashboard items. The scorecard lists every measurement of the configured project with its latest value
 * against target and its status; the trend draws one measurement's control chart (control-chart.js, the drawing the
 * measure page and the Improvement panel share) from the REST API's KPI (/projects/{key}/definitions/{id}/kpi): the
 * periods of the chosen range and the KPI reading now, the one the issue panel and the project page show. They name
 * no time zone, so the server reads the periods in the reporting zone, as the panels do; the range only chooses
 * which periods are listed, never the latest value, the trend or the limits.
 */
(function () {
    'use strict';

    var STATUS = {
        ON_TARGET: ['success', AJS.I18n.getText('csiloop.kpi.status.onTarget')],
        NEAR_TARGET: ['moved', AJS.I18n.getText('csiloop.kpi.status.nearTarget')],
        OFF_TARGET: ['error', AJS.I18n.getText('csiloop.kpi.status.offTarget')],
        NO_DATA: ['', AJS.I18n.getText('csiloop.kpi.status.noData')]
    };

    function range(days) {
        var to = new Date();
        return 'from=' + encodeURIComponent(new Date(to.getTime() - days * 86400000).toISOString());
    }

    function kpiPath(prefs, id) {
        return 'projects/' + encodeURIComponent(prefs.projectKey) + '/definitions/' + encodeURIComponent(id) + '/kpi?'
            + range(Number(prefs.days) || 365);
    }

    function lozenge(status) {
        var s = STATUS[status] || STATUS.NO_DATA;
        return $('<span class="aui-lozenge csiloop-kpi-status"></span>').addClass(s[0] ? 'aui-lozenge-' + s[0] : '').text(s[1]);
    }

    function target(d) {
        return d.band ? d.band.low + ' – ' + d.band.high + ' ' + d.unit
            : (d.direction === 'HIGHER_IS_BETTER' ? '≥ ' : '≤ ') + d.target + ' ' + d.unit;
    }

    function round(value) {
        return Math.round(value * 100) / 100;
    }

    define('csiloop/dashboard/scorecard', ['jquery', 'csiloop/dashboard/common'], function ($, common) {
        function Scorecard(API) { this.API = API; }
        Scorecard.prototype.renderEdit = function (context, prefs) {
            common.renderEdit(this.API, common.target(context), prefs, false);
        };
        Scorecard.prototype.render = function (context, prefs) {
            var $el = common.target(context);
            common.resolved(prefs, false).done(function (p) {
                if (!p.projectKey) { return common.message($el, AJS.I18n.getText('csiloop.ui.dashboard.noProject')); }
                CSILoop.api.get('projects/' + encodeURIComponent(p.projectKey) + '/definitions').done(function (body) {
                    var $table = $('<table class="aui csiloop-kpi-table csiloop-dashboard-scorecard"><thead><tr></tr></thead><tbody></tbody></table>');
                    [AJS.I18n.getText('csiloop.ui.kpi.measure'), AJS.I18n.getText('csiloop.ui.kpi.latest'),
                        AJS.I18n.getText('csiloop.ui.kpi.target'), AJS.I18n.getText('csiloop.ui.kpi.status')].forEach(function (h) {
                        $table.find('thead tr').append($('<th scope="col"></th>').text(h));
                    });
                    $el.empty().append($table);
                    body.definitions.forEach(function (d) {
                        var $row = $('<tr class="csiloop-kpi-row"></tr>').attr('data-key', d.key).appendTo($table.find('tbody'));
                        $row.append($('<th scope="row"></th>').append($('<a class="csiloop-kpi-name"></a>')
                            .attr('href', CSILoop.api.measurePage(p.projectKey, d.id)).text(d.name)), $('<td class="csiloop-kpi-latest"></td>').text('…'),
                            $('<td></td>').text(target(d)), $('<td></td>'));
                        CSILoop.api.get(kpiPath(p, d.id)).done(function (kpi) {
                            $row.find('.csiloop-kpi-latest').text(kpi.latest ? round(kpi.latest.value) + ' ' + d.unit : '—');
                            $row.children().eq(3).append(lozenge(kpi.status));
                        });
                    });
                }).fail(function (xhr) { common.message($el, CSILoop.api.errorOf(xhr).message); });
            });
        };
        return Scorecard;
    });

    define('csiloop/dashboard/trend', ['jquery', 'csiloop/dashboard/common'], function ($, common) {
        function TrendItem(API) { this.API = API; }
        TrendItem.prototype.renderEdit = function (context, prefs) {
            common.renderEdit(this.API, common.target(context), prefs, true);
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
