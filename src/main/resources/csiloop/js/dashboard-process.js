/*
 * The process dashboard items. The CSI pipeline counts the project's improvements at each of the seven steps (with
 * their PDCA stage) and at Improved; the lifecycle portfolio lists the project's Lifecycle Projects by phase, each
 * with the gate ahead of it and how much of its checklist is answered. Jira's issue search finds the issues; their
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

    function item(render) {
        return function ($, common) {
            function Item(API) { this.API = API; }
            Item.prototype.renderEdit = function (context, prefs) {
                common.renderEdit(this.API, common.target(context), prefs, false);
            };
            Item.prototype.render = function (context, prefs) {
                var $el = common.target(context);
                common.resolved(prefs, false).done(function (p) {
                    if (!p.projectKey) { return common.message($el, AJS.I18n.getText('csiloop.ui.dashboard.noProject')); }
                    render($, common, $(context), $el, p.projectKey);
                });
            };
            return Item;
        };
    }

    define('csiloop/dashboard/pipeline', ['jquery', 'csiloop/dashboard/common'], item(function ($, common, $context, $el, project) {
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
    }));

    define('csiloop/dashboard/portfolio', ['jquery', 'csiloop/dashboard/common'], item(function ($, common, $context, $el, project) {
        common.search(issuesOf($context, 'lifecycle', project)).done(function (found) {
            var $table = table([AJS.I18n.getText('csiloop.ui.dashboard.phase'), AJS.I18n.getText('csiloop.ui.dashboard.projects')]);
            byStatus(found.issues, model($context, 'lifecycle')).forEach(function (g) {
                var $list = $('<ul class="csiloop-portfolio-projects"></ul>');
                g.issues.forEach(function (issue) {
                    var $entry = $('<li></li>').append(issueLink(issue), ' ', $('<span></span>').text(issue.fields.summary));
                    $list.append($entry);
                    gateStatus(issue.key, $entry, $context.find('.csiloop-model[data-workflow="lifecycle"]').data('openState'));
                });
                $table.find('tbody').append($('<tr class="csiloop-portfolio-row"></tr>').attr('data-status', g.status.jiraName)
                    .append($('<th scope="row"></th>').text(g.status.label),
                        $('<td></td>').append(g.issues.length ? $list : $('<span class="csiloop-empty">&mdash;</span>'))));
            });
            $el.empty().append($table);
        }).fail(function (xhr) { common.message($el, CSILoop.api.errorOf(xhr).message); });
    }));

    /** The gate ahead of a project and how much of its checklist is answered (the full verdict is on the issue). */
    function gateStatus(key, $entry, openState) {
        CSILoop.api.get('issues/' + encodeURIComponent(key) + '/lifecycle').done(function (process) {
            var gated = (process.transitions || []).filter(function (t) { return t.gate; });
            if (!gated.length) { return; }
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
