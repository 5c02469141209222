/*
 * The issue panels load after Jira's issue page (issue 19): each web panel draws a shell (templates/panels/shell.vm)
 * that names where its content is; this script fetches the content (IssuePanelServlet: the panel's HTML fragment),
 * puts it in the shell's place, then runs what the panels' scripts do on a new panel (the charts, today's date in
 * "record a value", the focus asked for before a redraw) and fires csiloop:panel-loaded on the panel. It does so on
 * page load and whenever Jira adds content (NEW_CONTENT_ADDED: the issue view redraws its panels on a refresh, and
 * the issue navigator shows issues without a page load). A failure shows the server's text in an AUI error message
 * with a retry button. The fragment is parsed without running scripts; jQuery-4-clean.
 */
(function (window, $) {
    'use strict';

    var SHELL = '.csiloop-panel-shell';
    var LONGEST_MESSAGE = 300;

    /** What the server said: its plain-text reason (a 404's), or the API client's stand-in when it said nothing readable. */
    function reasonOf(xhr) {
        var type = (xhr && xhr.getResponseHeader && xhr.getResponseHeader('Content-Type')) || '';
        var text = type.indexOf('text/plain') === 0 ? String(xhr.responseText || '').trim() : '';
        return text ? text.slice(0, LONGEST_MESSAGE) : AJS.I18n.getText('csiloop.ui.error.network');
    }

    /** Runs each panel script's initialisation on the new panel (each script exposes it; a page may lack one). */
    function initialise($panel) {
        var CSILoop = window.CSILoop || {};
        if (CSILoop.panelCharts) { CSILoop.panelCharts.init($panel); }
        if (CSILoop.collect) { CSILoop.collect.init($panel); }
        if (CSILoop.focus) { CSILoop.focus.restore(); }
    }

    function failed($shell, message, retried) {
        var $retry = $('<button type="button" class="aui-button csiloop-panel-retry"></button>')
            .text(AJS.I18n.getText('csiloop.ui.panel.retry'));
        $shell.removeAttr('aria-busy').attr('data-failed', 'true').empty().append(
            $('<div class="aui-message aui-message-error csiloop-panel-failed" role="alert"></div>').append(
                $('<p></p>').text(AJS.I18n.getText('csiloop.ui.panel.failed', message)), $retry));
        if (retried) {
            $retry.trigger('focus'); // the button the person pressed is gone: its successor takes the focus
        }
    }

    function load($shell, retried) {
        if ($shell.attr('data-loading') === 'true') {
            return;
        }
        $shell.attr('data-loading', 'true');
        $.ajax({url: $shell.data('contentUrl'), type: 'GET', dataType: 'html', cache: false,
            headers: {Accept: 'text/html'}}).done(function (html) {
            // Only the panel itself: whatever else answered (a login page after the session ended) is a failure.
            var $panel = $($.parseHTML(String(html), document, false)).filter('.csiloop-panel');
            if (!$panel.length) {
                failed($shell, AJS.I18n.getText('csiloop.ui.panel.unexpected'), retried);
                return;
            }
            $shell.replaceWith($panel);
            initialise($panel);
            if (retried) {
                $panel.attr('tabindex', '-1').trigger('focus');
            }
            // A DOM event (not only jQuery's), so that any script of the page may listen for a panel that came in.
            $panel.get(0).dispatchEvent(new window.CustomEvent('csiloop:panel-loaded',
                {bubbles: true, detail: {issueKey: $panel.data('issueKey')}}));
        }).fail(function (xhr) {
            failed($shell, reasonOf(xhr), retried);
        }).always(function () {
            $shell.removeAttr('data-loading');
        });
    }

    /** Loads every shell in the context (the page, or the content Jira just added) that is not loading. */
    function loadAll(context) {
        var $context = $(context || document);
        $context.find(SHELL).add($context.filter(SHELL)).not('[data-failed]').each(function () { load($(this), false); });
    }

    $(document).on('click', '.csiloop-panel-retry', function () {
        var $shell = $(this).closest(SHELL);
        $shell.removeAttr('data-failed').attr('aria-busy', 'true').empty().append(
            $('<p class="csiloop-panel-loading" role="status"></p>').attr('tabindex', '-1')
                .text(AJS.I18n.getText('csiloop.ui.panel.loading')));
        $shell.find('.csiloop-panel-loading').trigger('focus');
        load($shell, true);
    });

    window.CSILoop = window.CSILoop || {};
    window.CSILoop.panels = {loadAll: loadAll};

    $(function () { loadAll(document); });
    if (window.JIRA && JIRA.bind && JIRA.Events && JIRA.Events.NEW_CONTENT_ADDED) {
        JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, function (event, $context) { loadAll($context); });
    }
}(window, window.jQuery));
