/*
 * The process dashboard items. The CSI pipeline counts the project's improvements at each of the seven steps (with
 * their PDCA stage) and at Improved; the lifecycle portfolio ("Where is each project in its lifecycle?") lists the
 * Lifecycle Projects in phase order, each with the gate ahead of it, how much of its checklist is answered and its
 * days in the phase. Jira's issue search finds the issues; their
 * issue types, the statuses in order and the state of an unanswered item come from the server-side view
 * (ProcessModelsContextProvider), so this script spells none of them.
 */
(function () {
    'use strict';

    function model($context, workflow) {
        return $context.find('.csiloop-model[data-workflow="' + workflow + '"] li').map(function () {
            return {jiraName: $(this).data('jiraName'), label: $(this).text(), stage: $(this).data('stage') || ''};
        }).get();
    }

    /** The JQL that finds the project's issues of the workflow's issue type. */
    function issuesOf($context, workflow, project) {
        var type = $context.find('.csiloop-model[data-workflow="' + workflow + '"]').data('issueType');
        return 'project = "' + project + '" AND issuetype = "' + type + '" ORDER BY key';
    }

    function issueLink(issue) {
        return $('<a></a>').attr('href', CSILoop.api.contextPath() + '/browse/' + encodeURIComponent(issue.key))
            .text(issue.key).attr('title', issue.fields.summary);
    }

    function byStatus(issues, statuses) {
        var groups = statuses.map(function (s) { return {status: s, issues: []}; });
        issues.forEach(function (issue) {
            var group = groups.find(function (g) { return g.status.jiraName === issue.fields.status.name; });
            if (group) { group.issues.push(issue); }
        });
        return groups;
    }

    function table(headings) {
        var $table = $('<table class="aui csiloop-process-table"><thead><tr></tr></thead><tbody></tbody></table>');
        headings.forEach(function (h) { $table.find('thead tr').append($('<th scope="col"></th>').text(h)); });
        return $table;
    }

    define('csiloop/dashboard/pipeline', ['jquery', 'csiloop/dashboard/common'], function ($, common) {
        return common.projectItem(function ($context, $el, project) {
            common.search(issuesOf($context, 'improvement', project)).done(function (found) {
                var groups = byStatus(found.issues, model($context, 'improvement'));
                var most = Math.max.apply(null, groups.map(function (g) { return g.issues.length; }).concat([1]));
                var $table = table([AJS.I18n.getText('csiloop.ui.register.step'), AJS.I18n.getText('csiloop.ui.register.stage'),
                    AJS.I18n.getText('csiloop.ui.dashboard.count'), AJS.I18n.getText('csiloop.ui.register.improvements')]);
                groups.forEach(function (g) {
                    var $bar = $('<span class="csiloop-bar"></span>').css('width', (g.issues.length / most * 100) + '%');
                    var $issues = $('<td></td>');
                    g.issues.forEach(function (issue) { $issues.append(issueLink(issue), ' '); });
                    $table.find('tbody').append($('<tr class="csiloop-pipeline-row"></tr>').attr('data-status', g.status.jiraName).append(
                        $('<th scope="row"></th>').text(g.status.label), $('<td></td>').text(g.status.stage),
                        $('<td class="csiloop-count"></td>').append($('<span class="csiloop-count-number"></span>').text(g.issues.length),
                            $('<span class="csiloop-bar-track" aria-hidden="true"></span>').append($bar)), $issues));
                });
                $el.empty().append($table);
            }).fail(function (xhr) { common.message($el, CSILoop.api.errorOf(xhr).message); });
        });
    });

    /*
     * "Where is each project in its lifecycle?": one row per Lifecycle Project of the configured project (or of every
     * project the viewer may browse), in phase order: its phase, the gate ahead with how much of its checklist is
     * answered, and the days in the phase (from the last transition into it, Jira's change history; one request per
     * project for all of them).
     */
    define('csiloop/dashboard/portfolio', ['jquery', 'csiloop/dashboard/common'], function ($, common) {
        function Portfolio(API) { this.API = API; }
        Portfolio.prototype.renderEdit = function (context, prefs) {
            common.renderEdit(this.API, common.target(context), prefs, {allProjects: true});
        };
        Portfolio.prototype.render = function (context, prefs) {
            var $context = $(context);
            var $el = common.target(context);
            var phases = model($context, 'lifecycle');
            var openState = $context.find('.csiloop-model[data-workflow="lifecycle"]').data('openState');
            common.projects(prefs || {}).done(function (projects) {
                if (!projects.length) { return common.message($el, AJS.I18n.getText('csiloop.ui.dashboard.noProject')); }
                $.when.apply($, projects.map(function (project) {
                    return common.standingOf(project.key, $context.find('.csiloop-model[data-workflow="lifecycle"]').data('issueType')).then(null, function () { return $.Deferred().resolve([]); });
                })).done(function () {
                    var rows = [].concat.apply([], Array.prototype.slice.call(arguments));
                    var order = function (r) { return phases.findIndex(function (s) { return s.jiraName === r.issue.fields.status.name; }); };
                    rows.sort(function (a, b) { return order(a) - order(b) || a.issue.key.localeCompare(b.issue.key); });
                    if (!rows.length) { return common.message($el, AJS.I18n.getText('csiloop.ui.dashboard.portfolio.empty')); }
                    var $table = common.table('csiloop-process-table csiloop-portfolio-table',
                        AJS.I18n.getText('csiloop.ui.dashboard.portfolio'),
                        [AJS.I18n.getText('csiloop.ui.dashboard.projects'), AJS.I18n.getText('csiloop.ui.dashboard.phase'),
                            AJS.I18n.getText('csiloop.ui.dashboard.gateAhead'), AJS.I18n.getText('csiloop.ui.dashboard.daysInPhase')]);
                    rows.forEach(function (r) {
                        var phase = phases[order(r)];
                        var days = r.standing.daysInStatus;
                        var $gate = $('<td class="csiloop-portfolio-gate"></td>');
                        $table.find('tbody').append($('<tr class="csiloop-portfolio-row"></tr>')
                            .attr({'data-key': r.issue.key, 'data-status': r.issue.fields.status.name}).append(
                                $('<th scope="row"></th>').append(common.issueLink(r.issue.key, r.issue.fields.summary), ' ',
                                    $('<span></span>').text(r.issue.fields.summary)),
                                $('<td></td>').text(phase ? phase.label : r.issue.fields.status.name), $gate,
                                $('<td class="csiloop-portfolio-days"></td>').text(days === null || days === undefined ? '\u2014' : days)));
                        gateStatus(r.issue.key, $gate, openState);
                    });
                    $el.empty().append($table);
                });
            }).fail(function (xhr) { common.message($el, CSILoop.api.errorOf(xhr).message); });
        };
        return Portfolio;
    });

    /** The gate ahead of a project and how much of its checklist is answered (the full verdict is on the issue). */
    function gateStatus(key, $entry, openState) {
        CSILoop.api.get('issues/' + encodeURIComponent(key) + '/lifecycle').done(function (process) {
            var gated = (process.transitions || []).filter(function (t) { return t.gate; });
            if (!gated.length) {
                $entry.append($('<span class="csiloop-empty"></span>').text(AJS.I18n.getText('csiloop.ui.dashboard.noGateAhead')));
                return;
            }
            var answers = gated[0].gate.answers || [];
            var answered = answers.filter(function (a) { return a.state !== openState; }).length;
            var complete = answers.length > 0 && answered === answers.length;
            $entry.append($('<span class="csiloop-gate-lozenge"></span>')
                .addClass(complete ? 'csiloop-gate-complete' : 'csiloop-gate-open')
                .text(answers.length ? AJS.I18n.getText('csiloop.ui.dashboard.gateProgress', gated[0].gate.name, answered, answers.length)
                    : AJS.I18n.getText('csiloop.ui.dashboard.gateNoEvidence', gated[0].gate.name)));
        });
    }
}());
