/*
 * "Which improvements are stuck?": the Improvements of one project or of every project the viewer may browse, each
 * with its step (and PDCA stage), its owner (the assignee), how many days it has been in that step (from the last
 * transition into it, Jira's change history) and the last verdict of its measures. Stuck first: an improvement in
 * a step for at least the days the viewer set in the item's configuration, the longest first; then the others, the
 * longest first; those at Improved (no PDCA stage: nothing left to be stuck in) last. Jira's issue search finds the
 * issues; one request per project (GET /projects/{key}/dashboard/issue-standing) adds the days and verdicts. The
 * filter "Did it work?" keeps the improvements with a last verdict of the kind chosen (Improved puts those that
 * worked first).
 */
(function ($) {
    'use strict';

    var VERDICT = {
        IMPROVED: ['success', AJS.I18n.getText('csiloop.kpi.change.verdict.IMPROVED')],
        WORSE: ['error', AJS.I18n.getText('csiloop.kpi.change.verdict.WORSE')],
        NO_DETECTABLE_CHANGE: ['', AJS.I18n.getText('csiloop.kpi.change.verdict.NO_DETECTABLE_CHANGE')]
    };

    function model($context) {
        var $model = $context.find('.csiloop-model[data-workflow="improvement"]');
        return {
            type: $model.data('issueType'),
            steps: $model.find('li').map(function () {
                return {jiraName: $(this).data('jiraName'), label: $(this).text(), stage: $(this).data('stage') || ''};
            }).get()
        };
    }

    function verdicts(list) {
        var $cell = $('<td class="csiloop-stuck-verdict"></td>');
        if (!list.length) { return $cell.append($('<span class="csiloop-empty"></span>').text(AJS.I18n.getText('csiloop.ui.dashboard.stuck.noVerdict'))); }
        list.forEach(function (v) {
            var style = VERDICT[v.verdict] || VERDICT.NO_DETECTABLE_CHANGE;
            $cell.append($('<span class="aui-lozenge"></span>').addClass(style[0] ? 'aui-lozenge-' + style[0] : '')
                .attr({'data-verdict': v.verdict, title: v.measureName}).text(style[1]), ' ',
            $('<span class="csiloop-stuck-measure"></span>').text(v.measureKey), ' ');
        });
        return $cell;
    }

    /** The verdict an improvement is filtered by: its measures' last verdicts, or NONE before any. */
    function matches(row, verdict) {
        var list = row.standing.verdicts || [];
        return !verdict || (verdict === 'NONE' ? !list.length : list.some(function (v) { return v.verdict === verdict; }));
    }

    function row(common, r) {
        var days = r.standing.daysInStatus;
        var $days = $('<td class="csiloop-stuck-days"></td>').text(days === null || days === undefined ? '\u2014' : days);
        if (r.stuck) {
            $days.append(' ', $('<span class="aui-lozenge aui-lozenge-moved csiloop-stuck-lozenge"></span>')
                .text(AJS.I18n.getText('csiloop.ui.dashboard.stuck.lozenge')));
        }
        var assignee = r.issue.fields.assignee;
        return $('<tr class="csiloop-stuck-row"></tr>')
            .attr({'data-key': r.issue.key, 'data-stuck': String(r.stuck)}).append(
                $('<th scope="row"></th>').append(common.issueLink(r.issue.key, r.issue.fields.summary), ' ',
                    $('<span class="csiloop-stuck-summary"></span>').text(r.issue.fields.summary)),
                $('<td></td>').text(r.step ? r.step.label + (r.step.stage ? ' (' + r.step.stage + ')' : '') : r.issue.fields.status.name),
                $('<td class="csiloop-stuck-owner"></td>').text(assignee ? assignee.displayName
                    : AJS.I18n.getText('csiloop.ui.dashboard.unassigned')),
                $days, verdicts(r.standing.verdicts || []));
    }

    /**
     * The summary line over all rows, the filter "Did it work?" by last verdict (so that those Improved come first
     * when it is asked), and the table, redrawn on every change of the filter.
     */
    function draw(common, $el, rows, threshold) {
        var uid = 'csiloop-' + Math.random().toString(36).slice(2);
        var $table = common.table('csiloop-process-table csiloop-stuck-table',
            AJS.I18n.getText('csiloop.ui.dashboard.stuck.caption', threshold),
            [AJS.I18n.getText('csiloop.ui.dashboard.stuck.improvement'), AJS.I18n.getText('csiloop.ui.register.step'),
                AJS.I18n.getText('csiloop.ui.dashboard.owner'), AJS.I18n.getText('csiloop.ui.dashboard.daysInStep'),
                AJS.I18n.getText('csiloop.ui.dashboard.stuck.lastVerdict')]);
        var $none = $('<p class="csiloop-empty csiloop-stuck-no-match" hidden></p>')
            .text(AJS.I18n.getText('csiloop.ui.dashboard.stuck.noMatch'));
        var $filters = $('<form class="aui csiloop-dashboard-filters"></form>').on('submit', function (e) { e.preventDefault(); })
            .append(common.filter('verdict', AJS.I18n.getText('csiloop.ui.dashboard.stuck.didItWork'),
                Object.keys(VERDICT).map(function (k) { return [k, VERDICT[k][1]]; })
                    .concat([['NONE', AJS.I18n.getText('csiloop.ui.dashboard.stuck.noVerdict')]]), uid));
        function show(verdict) {
            var shown = rows.filter(function (r) { return matches(r, verdict); });
            $table.find('tbody').empty().append(shown.map(function (r) { return row(common, r); }));
            $none.prop('hidden', shown.length > 0);
        }
        $filters.on('change', 'select', function () { show($(this).val()); });
        var stuck = rows.filter(function (r) { return r.stuck; }).length;
        $el.empty().append($('<p class="csiloop-stuck-summary-line"></p>').text(stuck
            ? AJS.I18n.getText('csiloop.ui.dashboard.stuck.count', stuck, threshold)
            : AJS.I18n.getText('csiloop.ui.dashboard.stuck.none', threshold)), $filters, $table, $none);
        show('');
    }

    define('csiloop/dashboard/stuck', ['jquery', 'csiloop/dashboard/common'], function (jq, common) {
        function Stuck(API) { this.API = API; }
        Stuck.prototype.renderEdit = function (context, prefs) {
            common.renderEdit(this.API, common.target(context), prefs, {allProjects: true, stuckDays: true});
        };
        Stuck.prototype.render = function (context, prefs) {
            var $el = common.target(context);
            var p = prefs || {};
            var threshold = Number(p.stuckDays) || common.STUCK_DAYS;
            var m = model($(context));
            common.projects(p).done(function (projects) {
                if (!projects.length) { return common.message($el, AJS.I18n.getText('csiloop.ui.dashboard.noProject')); }
                $.when.apply($, projects.map(function (project) {
                    return common.standingOf(project.key, m.type).then(null, function () { return $.Deferred().resolve([]); });
                })).done(function () {
                    var rows = [].concat.apply([], Array.prototype.slice.call(arguments)).map(function (r) {
                        var step = m.steps.find(function (s) { return s.jiraName === r.issue.fields.status.name; });
                        var days = r.standing.daysInStatus;
                        var open = !!(step && step.stage);
                        return $.extend(r, {step: step, open: open, stuck: open && days !== null && days !== undefined && days >= threshold});
                    });
                    if (!rows.length) { return common.message($el, AJS.I18n.getText('csiloop.ui.dashboard.stuck.empty')); }
                    rows.sort(function (a, b) {
                        return (b.stuck - a.stuck) || (b.open - a.open)
                            || ((b.standing.daysInStatus || 0) - (a.standing.daysInStatus || 0)) || a.issue.key.localeCompare(b.issue.key);
                    });
                    draw(common, $el, rows, threshold);
                });
            }).fail(function (xhr) { common.message($el, CSILoop.api.errorOf(xhr).message); });
        };
        return Stuck;
    });
}(window.jQuery));
