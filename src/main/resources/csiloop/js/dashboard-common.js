/*
 * What the CSI Loop dashboard items share: their configuration form (project, and for the KPI items a measurement
 * and a period; for the items that answer a question across projects, one project or all the viewer may browse; for
 * the stuck improvements, the days after which an improvement counts as stuck), saved through the dashboard's API,
 * and their defaults when nothing is configured yet (the first project the viewer may browse and its first
 * measurement). Jira's own /rest/api/2/project lists the projects.
 */
define('csiloop/dashboard/common', ['jquery'], function ($) {
    'use strict';

    var PERIODS = [90, 180, 365];

    function jira(path) {
        return $.ajax({url: CSILoop.api.contextPath() + '/rest/api/2/' + path, dataType: 'json'});
    }

    /** The preferences completed with defaults: a project, and when asked for, a measurement of it. */
    function resolved(prefs, needsMeasure) {
        var done = $.Deferred();
        var p = $.extend({days: 365}, prefs);
        var project = p.projectKey ? $.Deferred().resolve(p.projectKey)
            : jira('project').then(function (list) { return list.length ? list[0].key : null; });
        project.then(function (key) {
            p.projectKey = key;
            if (!key || !needsMeasure || p.definitionId) {
                return done.resolve(p);
            }
            CSILoop.api.get('projects/' + encodeURIComponent(key) + '/definitions').then(function (body) {
                p.definitionId = body.definitions.length ? body.definitions[0].id : null;
                done.resolve(p);
            }, function () { done.resolve(p); });
        }, function () { done.resolve(p); });
        return done.promise();
    }

    function field(id, label, $control) {
        return $('<div class="field-group"></div>').append($('<label></label>').attr('for', id).text(label),
            $control.attr('id', id));
    }

    /** The days after which an improvement counts as stuck when the viewer has not set them. */
    var STUCK_DAYS = 30;

    /**
     * The configuration form in the item's element; saving hands the preferences to the dashboard API.
     *
     * @param options true or {measure: true} for a measurement and period; {allProjects: true} to offer all
     *     projects; {stuckDays: true} for the threshold of a stuck improvement
     */
    function renderEdit(API, $el, prefs, options) {
        var o = options === true ? {measure: true} : (options || {});
        var withMeasure = !!o.measure;
        var uid = 'csiloop-' + Math.random().toString(36).slice(2);
        var $form = $('<form class="aui csiloop-dashboard-config"></form>');
        var $project = $('<select class="select" name="projectKey"></select>');
        var $measure = $('<select class="select" name="definitionId"></select>');
        var $days = $('<select class="select" name="days"></select>');
        var $stuck = $('<input class="text short-field" type="number" name="stuckDays" min="1" max="3650" required>');
        $form.append(field(uid + '-p', AJS.I18n.getText('csiloop.ui.dashboard.project'), $project));
        if (o.allProjects) {
            $project.append($('<option value=""></option>').text(AJS.I18n.getText('csiloop.ui.dashboard.allProjects')));
        }
        if (o.stuckDays) {
            $stuck.val(String(prefs.stuckDays || STUCK_DAYS));
            $form.append(field(uid + '-s', AJS.I18n.getText('csiloop.ui.dashboard.stuckDays'), $stuck));
        }
        if (withMeasure) {
            $form.append(field(uid + '-m', AJS.I18n.getText('csiloop.ui.dashboard.measure'), $measure),
                field(uid + '-d', AJS.I18n.getText('csiloop.ui.dashboard.period'), $days));
            PERIODS.forEach(function (d) {
                $days.append($('<option></option>').val(d).text(AJS.I18n.getText('csiloop.ui.dashboard.lastDays', d)));
            });
            $days.val(String(prefs.days || 365));
        }
        $form.append($('<div class="buttons-container"><div class="buttons"></div></div>').find('.buttons')
            .append($('<button type="submit" class="aui-button aui-button-primary"></button>')
                .text(AJS.I18n.getText('csiloop.ui.dashboard.save'))).end());
        function loadMeasures() {
            CSILoop.api.get('projects/' + encodeURIComponent($project.val()) + '/definitions').done(function (body) {
                $measure.empty();
                body.definitions.forEach(function (d) {
                    $measure.append($('<option></option>').val(d.id).text(d.name + ' (' + d.key + ')'));
                });
                if (prefs.definitionId) { $measure.val(String(prefs.definitionId)); }
            });
        }
        jira('project').done(function (list) {
            list.forEach(function (p) { $project.append($('<option></option>').val(p.key).text(p.name)); });
            if (prefs.projectKey || o.allProjects) { $project.val(prefs.projectKey || ''); }
            if (withMeasure) { loadMeasures(); }
        });
        $project.on('change', function () { if (withMeasure) { loadMeasures(); } });
        $form.on('submit', function (event) {
            event.preventDefault();
            var saved = {projectKey: $project.val()};
            if (o.stuckDays) { saved.stuckDays = Math.max(1, parseInt($stuck.val(), 10) || STUCK_DAYS); }
            if (withMeasure) {
                saved.definitionId = $measure.val();
                saved.days = $days.val();
            }
            API.savePreferences(saved);
        });
        $el.empty().append($form);
    }

    function message($el, text) {
        $el.empty().append($('<p class="csiloop-empty"></p>').text(text));
    }

    /** Where an item draws: the frame its view rendered inside the element the dashboard hands over. */
    function target(context) {
        var $frame = $(context).find('.csiloop-dashboard-item');
        return $frame.length ? $frame.first() : $(context);
    }

    /** Jira's issue search, for the items that count issues by status. */
    function search(jql) {
        return jira('search?maxResults=500&fields=summary,status,assignee&jql=' + encodeURIComponent(jql));
    }

    /**
     * The projects an item that may span projects reads: the configured one, or (none configured, the item offering
     * all) every project the viewer may browse, as Jira's project list gives them.
     */
    function projects(prefs) {
        if (prefs.projectKey) {
            return $.Deferred().resolve([{key: prefs.projectKey}]).promise();
        }
        return jira('project');
    }

    /**
     * The project's issues of an issue type from Jira's search (summary, status, assignee), each with where it stands
     * (days in its status, an Improvement's last verdicts) from one request for all of them: [{issue, standing}].
     */
    function standingOf(project, issueType) {
        return search('project = "' + project + '" AND issuetype = "' + issueType + '" ORDER BY key').then(function (found) {
            if (!found.issues.length) { return []; }
            // by id: Jira reads many issues by id at once (IssueManager.getIssueObjects), by key only one at a time
            var ids = found.issues.map(function (i) { return i.id; }).join(',');
            return CSILoop.api.get('projects/' + encodeURIComponent(project) + '/dashboard/issue-standing?keys='
                + encodeURIComponent(ids)).then(function (body) {
                var standing = {};
                body.issues.forEach(function (s) { standing[s.key] = s; });
                return found.issues.map(function (i) { return {issue: i, standing: standing[i.key] || {verdicts: []}}; });
            });
        });
    }

    /** An AUI table with a caption and its column headings. */
    function table(className, caption, headings) {
        var $table = $('<table class="aui"><caption class="csiloop-visually-hidden"></caption><thead><tr></tr></thead><tbody></tbody></table>')
            .addClass(className);
        $table.find('caption').text(caption);
        headings.forEach(function (h) { $table.find('thead tr').append($('<th scope="col"></th>').text(h)); });
        return $table;
    }

    /** A link to an issue by its key, its summary as the title. */
    function issueLink(key, summary) {
        return $('<a></a>').attr('href', CSILoop.api.contextPath() + '/browse/' + encodeURIComponent(key)).text(key)
            .attr('title', summary || '');
    }

    /** A filter of a table: a labelled select whose first option, "Any", filters nothing; values are [value, label]. */
    function filter(name, label, values, uid) {
        var $select = $('<select class="select"></select>').attr({name: name, id: uid + '-' + name})
            .append($('<option value=""></option>').text(AJS.I18n.getText('csiloop.ui.dashboard.filter.any')));
        values.forEach(function (v) { $select.append($('<option></option>').val(v[0]).text(v[1])); });
        return $('<div class="csiloop-filter"></div>').append($('<label></label>').attr('for', uid + '-' + name).text(label),
            ' ', $select);
    }

    /**
     * The item of one project (the configured one, or the first the viewer may browse): the configuration form offers
     * the project, and draw($context, $el, projectKey) draws once the project is known.
     */
    function projectItem(draw) {
        function Item(API) { this.API = API; }
        Item.prototype.renderEdit = function (context, prefs) {
            renderEdit(this.API, target(context), prefs, false);
        };
        Item.prototype.render = function (context, prefs) {
            var $el = target(context);
            resolved(prefs, false).done(function (p) {
                if (!p.projectKey) { return message($el, AJS.I18n.getText('csiloop.ui.dashboard.noProject')); }
                draw($(context), $el, p.projectKey);
            });
        };
        return Item;
    }

    return {resolved: resolved, filter: filter, projectItem: projectItem, renderEdit: renderEdit, message: message, target: target, search: search,
        projects: projects, standingOf: standingOf, table: table, issueLink: issueLink, STUCK_DAYS: STUCK_DAYS};
});
