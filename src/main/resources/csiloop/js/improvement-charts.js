/*
 * The control charts of the Improvement panel (templates/panels/charts.vm, shown from step 4 to Improved): each
 * measure's container is filled with the chart control-chart.js draws for the dashboard's KPI trend too, from the
 * REST KPI and the REST definition: one KPI request per measure. A chart that cannot be loaded says so in an AUI
 * warning inside its own container; the rest of the panel stays as it is. jQuery-4-clean.
 */
(function (window, $) {
    'use strict';

    /*
     * The window: the last year of periods. An improvement reaching step 4 is judged against its baseline, the
     * periods before the change, and the limits need enough of them (the XmR baseline wants 20 or more); a year holds
     * the baseline and the change for a cycle of a few months in weekly or monthly periods. It only chooses which
     * periods are listed: the limits, the signals and the latest value are the server's, whatever the window.
     */
    var WINDOW_DAYS = 365;

    function failed($body, name, message) {
        $body.removeAttr('aria-busy').empty().append($('<div class="aui-message aui-message-warning"></div>')
            .append($('<p></p>').text(AJS.I18n.getText('csiloop.ui.charts.failed', name, message))));
    }

    function drawChart($chart) {
        $chart.attr('data-drawn', 'true');
        var path = $chart.attr('data-definition-path');
        var name = $chart.find('.csiloop-panel-chart-name').first().text();
        var $body = $chart.find('.csiloop-panel-chart-body');
        var from = new Date(Date.now() - WINDOW_DAYS * 86400000).toISOString();
        $.when(CSILoop.api.get(path + '/kpi?from=' + encodeURIComponent(from)), CSILoop.api.get(path))
            .done(function (kpi, definition) {
                try {
                    // Headings below the measure's own h4 (the signals' list) keep the panel's outline; from step 7
                    // the panel's own "Did it work?" says the cycle's verdict, so the chart does not say it twice.
                    CSILoop.controlChart.draw($body, kpi[0], definition[0], path, {headingLevel: 5,
                        didItWork: !$chart.closest('.csiloop-improvement-panel').find('.csiloop-verdicts').length});
                    $body.removeAttr('aria-busy');
                } catch (e) {
                    failed($body, name, String(e && e.message || e));
                }
            }).fail(function (xhr) {
                failed($body, name, CSILoop.api.errorOf(xhr).message);
            });
    }

    /** Draws every chart container in the root (the page when none) not drawn yet. */
    function drawAll(root) {
        $(root && root.jquery ? root : document).find('.csiloop-panel-chart:not([data-drawn])')
            .each(function () { drawChart($(this)); });
    }

    window.CSILoop = window.CSILoop || {};
    /** init: what a panel needs once it is in the page (issue-panel-loader.js calls it with the panel). */
    window.CSILoop.panelCharts = {drawAll: drawAll, init: drawAll};

    // A panel drawn with the page (none since the panels load after it; kept for a page that draws one itself).
    $(function () { drawAll(); });
}(window, window.jQuery));
