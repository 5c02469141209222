/*
 * The KPI dashboard items. The scorecard lists every measurement of the configured project with its latest value
 * against target and its status; the trend draws one measurement's period values with Chart.js, with the target
 * line, the XmR centre line and natural process limits over the periods the chart is drawn from, and the points
 * where a run rule fired marked and listed. Both read the REST API's KPI (/projects/{key}/definitions/{id}/kpi):
 * the periods of the chosen range and the KPI reading now, the one the issue panel and the project page show. They
 * name no time zone, so the server reads the periods in the reporting zone, as the panels do; the range only
 * chooses which periods are listed, never the latest value, the trend or the limits.
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
                        $row.append($('<th scope="row"></th>').text(d.name), $('<td class="csiloop-kpi-latest"></td>').text('…'),
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
                    draw($el, kpi[0], d[0]);
                }).fail(function (xhr) { common.message($el, CSILoop.api.errorOf(xhr).message); });
            });
        };
        return TrendItem;
    });

    function draw($el, kpi, definition) {
        var labels = kpi.periods.map(function (x) { return x.label; });
        var values = kpi.periods.map(function (x) { return round(x.value); });
        var signalled = {};
        var $signals = $('<ul class="csiloop-trend-signals"></ul>');
        ((kpi.chart && kpi.chart.signals) || []).forEach(function (s) {
            s.periods.forEach(function (label) { signalled[label] = true; });
            $signals.append($('<li></li>').text(s.description + ': ' + s.periods.join(', ')));
        });
        var summary = AJS.I18n.getText('csiloop.ui.dashboard.trendSummary',
            definition.name, kpi.latest ? round(kpi.latest.value) + ' ' + kpi.unit : '—', kpi.periods.length);
        if (kpi.inProgress) { // the value recorded this period shows, apart from the latest complete one
            summary += '; ' + AJS.I18n.getText('csiloop.ui.kpi.inProgress', round(kpi.inProgress.value) + ' ' + kpi.unit,
                kpi.inProgress.label);
        }
        var $head = $('<p class="csiloop-trend-summary"></p>').text(summary);
        var $canvas = $('<canvas role="img"></canvas>').attr('aria-label', AJS.I18n.getText('csiloop.ui.dashboard.trendChart', kpi.key));
        $el.empty().append($head, $('<div class="csiloop-trend-chart"></div>').append($canvas));
        if (kpi.trend && kpi.trend.forecastMessage) {
            $el.append($('<p class="csiloop-trend-forecast"></p>').text(kpi.trend.forecastMessage));
        }
        if ($signals.children().length) {
            $el.append($('<h3></h3>').text(AJS.I18n.getText('csiloop.ui.dashboard.signals')), $signals);
        }
        var flat = function (value) { return labels.map(function () { return value; }); };
        var charted = function (value) {
            var first = kpi.chart ? labels.indexOf(kpi.chart.firstPeriod) : -1;
            return labels.map(function (l, i) { return first === -1 || i >= first ? value : null; });
        };
        var datasets = [{label: kpi.key, data: values, borderColor: '#0052cc', backgroundColor: '#0052cc', tension: 0,
            // The period in progress is drawn apart, a hollow point: the status, limits and signals leave it out.
            pointRadius: kpi.periods.map(function (x) { return signalled[x.label] || x.inProgress ? 5 : 2; }),
            pointBackgroundColor: kpi.periods.map(function (x) {
                return x.inProgress ? '#ffffff' : signalled[x.label] ? '#de350b' : '#0052cc';
            })}];
        if (kpi.chart) {
            datasets.push({label: AJS.I18n.getText('csiloop.ui.dashboard.centre'), data: charted(round(kpi.chart.centre)),
                borderColor: '#6b778c', borderDash: [2, 2], pointRadius: 0, borderWidth: 1});
            datasets.push({label: AJS.I18n.getText('csiloop.ui.dashboard.limits'), data: charted(round(kpi.chart.upperLimit)),
                borderColor: '#ff8b00', borderDash: [6, 4], pointRadius: 0, borderWidth: 1});
            datasets.push({label: AJS.I18n.getText('csiloop.ui.dashboard.limits'), data: charted(round(kpi.chart.lowerLimit)),
                borderColor: '#ff8b00', borderDash: [6, 4], pointRadius: 0, borderWidth: 1});
        }
        (definition.band ? [definition.band.low, definition.band.high] : [definition.target]).forEach(function (t) {
            datasets.push({label: AJS.I18n.getText('csiloop.ui.kpi.target'), data: flat(t), borderColor: '#00875a',
                pointRadius: 0, borderWidth: 2});
        });
        new window.Chart($canvas[0], {type: 'line', data: {labels: labels, datasets: datasets},
            options: {animation: false, maintainAspectRatio: false,
                plugins: {legend: {labels: {filter: function (item, data) {
                    return data.datasets.findIndex(function (d) { return d.label === item.text; }) === item.datasetIndex;
                }}}}}});
    }
}());
