/*
 * The preview host's stand-ins for what Jira's pages provide to apps' scripts: a small AMD loader (define and
 * require of named modules, as Jira's almond does for dashboard items) and the dashboard's item API. Loaded
 * after AUI, so AUI itself registers as the global AJS, as it does in Jira. Not shipped in the plugin.
 */
(function (window) {
    'use strict';
    var modules = {};
    var factories = {};

    function resolve(name) {
        if (Object.prototype.hasOwnProperty.call(modules, name)) {
            return modules[name];
        }
        if (!factories[name]) {
            throw new Error('AMD module not defined: ' + name);
        }
        var entry = factories[name];
        modules[name] = entry.factory.apply(window, entry.deps.map(resolve));
        return modules[name];
    }

    window.define = function (name, deps, factory) {
        factories[name] = {deps: deps, factory: factory};
    };
    window.require = function (deps, callback) {
        var values = (Array.isArray(deps) ? deps : [deps]).map(resolve);
        if (callback) {
            callback.apply(window, values);
        }
        return values[0];
    };
    modules.jquery = window.jQuery;
    modules['aui/flag'] = window.AJS && window.AJS.flag;
}(window));

/* The issue page's workflow buttons: a transition is refused with everything its gate finds missing. */
(function (window, $) {
    'use strict';
    $(document).on('click', '.preview-transition', function () {
        var $button = $(this);
        var issue = $button.closest('.preview-workflow').data('issueKey');
        var $result = $('#preview-transition-result').empty();
        $button.prop('disabled', true);
        $.ajax({
            url: $('body').data('contextPath') + '/preview/transition?issue=' + encodeURIComponent(issue)
                + '&transition=' + encodeURIComponent($button.data('transition')),
            type: 'POST', dataType: 'json', headers: {'X-Atlassian-Token': 'no-check'}
        }).done(function () {
            window.location.reload();
        }).fail(function (xhr) {
            var lines = (xhr.responseJSON && xhr.responseJSON.refusal) || ['The transition failed.'];
            var $message = $('<div class="aui-message aui-message-error preview-refusal" role="alert"></div>');
            $message.append($('<p></p>').text(lines[0]));
            var $list = $('<ul></ul>').appendTo($message);
            lines.slice(1).forEach(function (line) { $list.append($('<li></li>').text(line)); });
            $result.append($message);
        }).always(function () {
            $button.prop('disabled', false);
        });
    });
}(window, window.jQuery));

/*
 * The dashboard: each item's AMD module gets the dashboard API Jira gives dashboard items (savePreferences,
 * isEditable, resize, setTitle, loading bar) and renders into the item's content, or its configuration form after
 * "Edit". Preferences are kept per person and item by the preview host.
 */
(function (window, $) {
    'use strict';
    function prefsUrl(key) {
        return $('body').data('contextPath') + '/preview/dashboard-items/' + encodeURIComponent(key) + '/preferences';
    }

    function mount($gadget) {
        var key = $gadget.data('itemKey');
        var $content = $gadget.find('.preview-gadget-body');
        var api = {
            savePreferences: function (prefs) {
                $.ajax({url: prefsUrl(key), type: 'PUT', contentType: 'application/json', data: JSON.stringify(prefs),
                    headers: {'X-Atlassian-Token': 'no-check'}}).done(function () { show(prefs); });
            },
            isEditable: function () { return true; },
            resize: function () {}, setTitle: function () {},
            showLoadingBar: function () {}, hideLoadingBar: function () {}, closeEdit: function () { load(); }
        };
        var Item = window.require($gadget.data('amdModule'));
        var item = new Item(api);
        function show(prefs) { item.render($content, prefs); }
        function load() { $.getJSON(prefsUrl(key)).done(show); }
        $gadget.on('click', '.preview-gadget-edit', function () {
            $.getJSON(prefsUrl(key)).done(function (prefs) { item.renderEdit($content, prefs); });
        });
        load();
    }

    $(function () {
        $('.preview-gadget').each(function () { mount($(this)); });
    });
}(window, window.jQuery));

/*
 * The header's Create dialog: the issue types follow the chosen project, the fields go to Jira's
 * POST /rest/api/2/issue as JSON, a field error is shown under its field (aria-invalid, aria-describedby) with the
 * focus on the first field in error, and a created issue is opened, as Jira opens it.
 */
(function (window, $) {
    'use strict';
    var FIELDS = ['project', 'issuetype', 'summary', 'assignee', 'duedate'];

    function dialog() {
        return AJS.dialog2('#create-issue-dialog');
    }

    function followProject() {
        var types = String($('#create-project option:selected').data('types') || '').split('|');
        var $type = $('#create-issuetype');
        $type.find('option').each(function () {
            var offered = types.indexOf(this.value) >= 0;
            this.disabled = !offered;
            this.hidden = !offered;
        });
        if ($type.find('option:selected').prop('disabled')) {
            $type.val($type.find('option:not(:disabled)').first().val());
        }
    }

    function clearErrors() {
        FIELDS.forEach(function (field) {
            $('#create-' + field).removeAttr('aria-invalid');
            $('#create-' + field + '-error').text('');
        });
        $('#create-issue-message').empty();
    }

    function showErrors(errors) {
        var first = null;
        FIELDS.forEach(function (field) {
            if (errors[field]) {
                $('#create-' + field).attr('aria-invalid', 'true');
                $('#create-' + field + '-error').text(errors[field]);
                first = first || field;
            }
        });
        if (first) {
            $('#create-' + first).trigger('focus');
        }
    }

    function submit(event) {
        event.preventDefault();
        clearErrors();
        var fields = {
            project: {key: $('#create-project').val()},
            issuetype: {name: $('#create-issuetype').val()},
            summary: $('#create-summary').val(),
            description: $('#create-description').val()
        };
        if ($('#create-assignee').val()) {
            fields.assignee = {name: $('#create-assignee').val()};
        }
        if ($('#create-duedate').val()) {
            fields.duedate = $('#create-duedate').val();
        }
        var $submit = $('#create-issue-submit').prop('disabled', true);
        $.ajax({
            url: $('body').data('contextPath') + '/rest/api/2/issue', type: 'POST', dataType: 'json',
            contentType: 'application/json', data: JSON.stringify({fields: fields})
        }).done(function (created) {
            window.location.assign($('body').data('contextPath') + '/browse/' + encodeURIComponent(created.key));
        }).fail(function (xhr) {
            var body = xhr.responseJSON || {};
            showErrors(body.errors || {});
            if (!body.errors || $.isEmptyObject(body.errors)) {
                $('<div class="aui-message aui-message-error"></div>')
                    .append($('<p></p>').text((body.errorMessages || ['The issue was not created.'])[0]))
                    .appendTo('#create-issue-message');
            }
            $submit.prop('disabled', false);
        });
    }

    $(document).on('click', '#create_link', function () {
        clearErrors();
        var project = $('body').data('projectKey');
        if (project && $('#create-project option[value="' + project + '"]').length) {
            $('#create-project').val(project);
        }
        followProject();
        dialog().show();
        $('#create-summary').trigger('focus');
    });
    $(document).on('change', '#create-project', followProject);
    $(document).on('submit', '#create-issue-form', submit);
    $(document).on('click', '#create-issue-cancel', function () {
        dialog().hide();
        $('#create_link').trigger('focus');
    });
}(window, window.jQuery));
