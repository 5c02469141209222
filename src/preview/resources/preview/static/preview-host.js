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
