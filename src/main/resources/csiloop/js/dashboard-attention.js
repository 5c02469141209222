/*
 * "Which KPIs are off target or getting worse?" (the KPI scorecard item): the KPIs of one project or of every project
 * the viewer may browse, one request per project (GET /projects/{key}/dashboard/kpi-attention, no request per KPI),
 * those most in need of attention first: off target, then near target, on target and without data; within a status
 * worsening, then steady, then improving. Each row has the status, the Making Data Count variation and assurance
 * icons (in words for a screen reader and as a tooltip), the trend's direction, and links to the measure's page.
 * The viewer sorts by any column (buttons in the headings, aria-sort) and filters by project, owner and status.
 */
(function ($) {
    'use strict';

    var STATUS = {
        OFF_TARGET: [0, 'error', AJS.I18n.getText('csiloop.kpi.status.offTarget')],
        NEAR_TARGET: [1, 'moved', AJS.I18n.getText('csiloop.kpi.status.nearTarget')],
        ON_TARGET: [2, 'success', AJS.I18n.getText('csiloop.kpi.status.onTarget')],
        NO_DATA: [3, '', AJS.I18n.getText('csiloop.kpi.status.noData')]
    };
    var TREND = {
        WORSENING: [0, '\u2198', AJS.I18n.getText('csiloop.ui.dashboard.trend.worsening')],
        STEADY: [1, '\u2192', AJS.I18n.getText('csiloop.ui.dashboard.trend.steady')],
        IMPROVING: [2, '\u2197', AJS.I18n.getText('csiloop.ui.dashboard.trend.improving')]
    };
    /** The glyph of each icon; the words come from the server with the row. */
    var VARIATION = {COMMON_CAUSE: '\u25CF', IMPROVEMENT_HIGH: '\u25B2', IMPROVEMENT_LOW: '\u25BC',
        CONCERN_HIGH: '\u25B2', CONCERN_LOW: '\u25BC', NEUTRAL_HIGH: '\u25B3', NEUTRAL_LOW: '\u25BD'};
    var ASSURANCE = {CONSISTENTLY_PASS: 'P', CONSISTENTLY_FAIL: 'F', HIT_AND_MISS: '?'};

    function status(row) { return STATUS[row.status] || STATUS.NO_DATA; }
    /** The owner by the name Jira shows (the key only for a user Jira no longer knows). */
    function owner(row) { return row.ownerName || row.ownerKey; }
    function trend(row) { return TREND[row.trend] || TREND.STEADY; }

    /** Attention first: by status, then by trend, then project and key. */
    function byAttention(a, b) {
        return status(a)[0] - status(b)[0] || trend(a)[0] - trend(b)[0]
            || a.projectKey.localeCompare(b.projectKey) || a.key.localeCompare(b.key);
    }

    var COLUMNS = [
        {id: 'name', label: AJS.I18n.getText('csiloop.ui.kpi.measure'), compare: function (a, b) { return a.name.localeCompare(b.name); }},
        {id: 'project', label: AJS.I18n.getText('csiloop.ui.dashboard.project'), compare: function (a, b) { return a.projectKey.localeCompare(b.projectKey); }},
        {id: 'owner', label: AJS.I18n.getText('csiloop.ui.dashboard.owner'), compare: function (a, b) { return owner(a).localeCompare(owner(b)); }},
        {id: 'latest', label: AJS.I18n.getText('csiloop.ui.kpi.latest'), compare: function (a, b) { return (a.latest === null ? -Infinity : a.latest) - (b.latest === null ? -Infinity : b.latest); }},
        {id: 'target', label: AJS.I18n.getText('csiloop.ui.kpi.target')},
        {id: 'status', label: AJS.I18n.getText('csiloop.ui.kpi.status'), compare: byAttention},
        {id: 'variation', label: AJS.I18n.getText('csiloop.ui.dashboard.variationHeading')},
        {id: 'assurance', label: AJS.I18n.getText('csiloop.ui.dashboard.assuranceHeading')},
        {id: 'trend', label: AJS.I18n.getText('csiloop.ui.dashboard.trendHeading'), compare: function (a, b) { return trend(a)[0] - trend(b)[0] || byAttention(a, b); }}
    ];

    function targetText(d) {
        return d.band ? d.band.low + ' \u2013 ' + d.band.high + ' ' + d.unit
            : (d.direction === 'HIGHER_IS_BETTER' ? '\u2265 ' : '\u2264 ') + d.target + ' ' + d.unit;
    }

    /** An icon: its glyph for the eye, its words as a tooltip and for a screen reader. */
    function icon(kind, code, glyph, words) {
        if (!code) { return $('<span class="csiloop-empty"></span>').text('\u2014'); }
        return $('<span class="csiloop-icon"></span>').addClass('csiloop-' + kind + '-' + code.toLowerCase())
            .attr({'data-icon': code, title: words}).append($('<span aria-hidden="true"></span>').text(glyph),
                $('<span class="csiloop-visually-hidden"></span>').text(words));
    }

    /** The row's cell of each column, by the column's id. */
    function cells(row) {
        var s = status(row);
        var t = row.trend ? trend(row) : null;
        return {
            name: $('<th scope="row"></th>').append($('<a class="csiloop-kpi-name"></a>')
                .attr('href', CSILoop.api.measurePage(row.projectKey, row.definitionId)).text(row.name)),
            project: $('<td class="csiloop-kpi-project"></td>').text(row.projectKey),
            owner: $('<td class="csiloop-kpi-owner"></td>').text(owner(row)),
            latest: $('<td class="csiloop-kpi-latest"></td>').text(row.latest === null ? '\u2014'
                : Math.round(row.latest * 100) / 100 + ' ' + row.unit),
            target: $('<td></td>').text(targetText(row.definition)),
            status: $('<td></td>').append($('<span class="aui-lozenge csiloop-kpi-status"></span>')
                .addClass(s[1] ? 'aui-lozenge-' + s[1] : '').attr('data-status', row.status).text(s[2])),
            variation: $('<td></td>').append(icon('variation', row.variation, VARIATION[row.variation], row.variationMessage)),
            assurance: $('<td></td>').append(icon('assurance', row.assurance, ASSURANCE[row.assurance], row.assuranceMessage)),
            trend: $('<td class="csiloop-kpi-trend"></td>').append(t ? icon('trend', row.trend, t[1], t[2]).append(' ', t[2])
                : $('<span class="csiloop-empty"></span>').text('\u2014'))
        };
    }

    function distinct(rows, key) {
        return rows.map(function (r) { return r[key]; }).filter(function (v, i, all) { return all.indexOf(v) === i; }).sort();
    }

    /** The table with its filters, redrawn on every sort and filter. */
    function draw(common, $el, rows) {
        var uid = 'csiloop-' + Math.random().toString(36).slice(2);
        var state = {sort: null, ascending: true, filters: {}};
        // One project: its name is the same on every row, so neither a column nor a filter of its own.
        var several = distinct(rows, 'projectKey').length > 1;
        var columns = COLUMNS.filter(function (c) { return several || c.id !== 'project'; });
        var $filters = $('<form class="aui csiloop-dashboard-filters"></form>').on('submit', function (e) { e.preventDefault(); }).append(
            several ? common.filter('projectKey', AJS.I18n.getText('csiloop.ui.dashboard.project'), distinct(rows, 'projectKey').map(function (k) { return [k, k]; }), uid) : null,
            common.filter('ownerKey', AJS.I18n.getText('csiloop.ui.dashboard.owner'), distinct(rows, 'ownerKey').map(function (k) {
                return [k, owner(rows.find(function (r) { return r.ownerKey === k; }))];
            }), uid),
            common.filter('status', AJS.I18n.getText('csiloop.ui.kpi.status'), Object.keys(STATUS).map(function (k) { return [k, STATUS[k][2]]; }), uid));
        var $table = common.table('csiloop-kpi-table csiloop-dashboard-scorecard', AJS.I18n.getText('csiloop.ui.dashboard.attention.caption'), []);
        var $none = $('<p class="csiloop-empty csiloop-attention-none" hidden></p>').text(AJS.I18n.getText('csiloop.ui.dashboard.attention.noMatch'));
        columns.forEach(function (c) {
            var $th = $('<th scope="col"></th>').attr('data-column', c.id);
            $th.append(c.compare ? $('<button type="button" class="aui-button aui-button-link csiloop-sort"></button>').text(c.label) : c.label);
            $table.find('thead tr').append($th);
        });
        function show() {
            var shown = rows.filter(function (r) {
                return Object.keys(state.filters).every(function (k) { return !state.filters[k] || r[k] === state.filters[k]; });
            });
            var column = COLUMNS.find(function (c) { return c.id === state.sort; });
            shown.sort(column ? function (a, b) { return (state.ascending ? 1 : -1) * column.compare(a, b); } : byAttention);
            $table.find('th[data-column]').removeAttr('aria-sort');
            if (column) { $table.find('th[data-column="' + column.id + '"]').attr('aria-sort', state.ascending ? 'ascending' : 'descending'); }
            var $body = $table.find('tbody').empty();
            shown.forEach(function (r) {
                var byColumn = cells(r);
                $body.append($('<tr class="csiloop-kpi-row csiloop-attention-row"></tr>')
                    .attr({'data-key': r.key, 'data-project': r.projectKey})
                    .append(columns.map(function (c) { return byColumn[c.id]; })));
            });
            $none.prop('hidden', shown.length > 0);
        }
        $table.on('click', '.csiloop-sort', function () {
            var id = $(this).closest('th').data('column');
            state.ascending = state.sort === id ? !state.ascending : true;
            state.sort = id;
            show();
            $table.find('th[data-column="' + id + '"] .csiloop-sort').trigger('focus');
        });
        $filters.on('change', 'select', function () { state.filters[this.name] = $(this).val(); show(); });
        $el.empty().append($filters, $('<div class="csiloop-table-scroll"></div>').append($table), $none);
        show();
    }

    define('csiloop/dashboard/scorecard', ['jquery', 'csiloop/dashboard/common'], function ($, c) {
        function Attention(API) { this.API = API; }
        Attention.prototype.renderEdit = function (context, prefs) {
            c.renderEdit(this.API, c.target(context), prefs, {allProjects: true});
        };
        Attention.prototype.render = function (context, prefs) {
            var $el = c.target(context);
            c.projects(prefs || {}).done(function (projects) {
                if (!projects.length) { return c.message($el, AJS.I18n.getText('csiloop.ui.dashboard.noProject')); }
                $.when.apply($, projects.map(function (p) {
                    return CSILoop.api.get('projects/' + encodeURIComponent(p.key) + '/dashboard/kpi-attention')
                        .then(function (body) { return body; }, function () { return $.Deferred().resolve({rows: []}); });
                })).done(function () {
                    var rows = [];
                    Array.prototype.slice.call(arguments).forEach(function (body) {
                        (body.rows || []).forEach(function (r) { rows.push($.extend({projectKey: body.projectKey}, r)); });
                    });
                    if (!rows.length) { return c.message($el, AJS.I18n.getText('csiloop.ui.dashboard.attention.none')); }
                    draw(c, $el, rows);
                });
            }).fail(function (xhr) { c.message($el, CSILoop.api.errorOf(xhr).message); });
        };
        return Attention;
    });
}(window.jQuery));
