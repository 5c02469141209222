/*
 * What every form of the app does after a save, as WCAG 2.1 AA and AUI expect: each field the API names in an
 * error is aria-invalid and described by its error (the AUI <div class="error"> in its field-group), and the focus
 * stays on the control the person used (or goes to the first field in error), never dropped to the page body.
 * A save that redraws the page (the refresh, a reload) asks for the focus back once it is drawn again.
 * jQuery-4-clean (.on, .prop, .trigger).
 */
(function (window, $) {
    'use strict';

    var KEY = 'csiloop.focus';
    var FRESH_MS = 60000; // a request older than this is from a redraw that never came: it must not steal a later focus
    var sequence = 0;

    /** The ids of an element's aria-describedby, without the one given, as the attribute's text (or null). */
    function without(describedBy, id) {
        var rest = (describedBy || '').split(/\s+/).filter(function (token) { return token && token !== id; });
        return rest.length ? rest.join(' ') : null;
    }

    /** The fields an error slot speaks of: by data-input when the form calls the field otherwise than the API. */
    function fieldsOf($form, $slot) {
        return $form.find('[name="' + ($slot.data('input') || $slot.data('field')) + '"]');
    }

    /**
     * Focuses the element, enabled again first when it is a button that waited for the server (a disabled control
     * cannot hold the focus: the browser would leave it on the body).
     */
    function focus($element) {
        if (!$element || !$element.length) {
            return false;
        }
        if ($element.is('button')) {
            $element.prop('disabled', false).removeAttr('aria-busy');
        }
        $element.first().trigger('focus');
        return true;
    }

    /** Takes the error marks off every field of the form and empties its error slots and its message. */
    function clearErrors($form) {
        CSILoop.api.clearErrors($form);
        $form.find('.csiloop-field-error[id]').each(function () {
            var id = this.id;
            fieldsOf($form, $(this)).removeAttr('aria-invalid').each(function () {
                var rest = without($(this).attr('aria-describedby'), id);
                if (rest) { $(this).attr('aria-describedby', rest); } else { $(this).removeAttr('aria-describedby'); }
            });
        });
        $form.find('[aria-invalid]').removeAttr('aria-invalid');
    }

    /**
     * Shows the API's error on the form and ties each field's error to it (aria-invalid, aria-describedby naming the
     * error next to it, keeping what the field was described by before); then focuses the first field in error, or,
     * when no field is, the control the person used.
     */
    function showErrors($form, error, $used) {
        clearErrors($form);
        CSILoop.api.showErrors($form, error);
        var $first = $();
        $form.find('.csiloop-field-error[data-field]').each(function () {
            var $slot = $(this);
            if (!$slot.text()) {
                return;
            }
            if (!$slot.attr('id')) {
                $slot.attr('id', 'csiloop-field-error-' + (++sequence));
            }
            var $fields = fieldsOf($form, $slot).attr('aria-invalid', 'true').each(function () {
                var rest = without($(this).attr('aria-describedby'), $slot.attr('id'));
                $(this).attr('aria-describedby', rest ? rest + ' ' + $slot.attr('id') : $slot.attr('id'));
            });
            $first = $first.length ? $first : $fields.filter(':visible');
        });
        if (!focus($first) && !focus($used)) {
            focus($form.find('.csiloop-form-message').attr('tabindex', '-1'));
        }
    }

    /** A save went through: the form's errors go and the focus stays on the control the person used. */
    function saved($form, $used) {
        clearErrors($form);
        focus($used);
    }

    /**
     * Asks for the focus on the first of these elements (by id) that shows once the page is drawn again: before a
     * save that refreshes the issue or reloads the page, which would drop the focus to the body.
     */
    function afterRedraw() {
        try {
            window.sessionStorage.setItem(KEY, JSON.stringify({path: window.location.pathname, at: Date.now(),
                ids: Array.prototype.slice.call(arguments)}));
        } catch (e) { /* no session storage (a private window): the focus goes where the browser puts it */ }
    }

    /** Gives the focus asked for by afterRedraw to its element once it shows; true when it did. */
    function restore() {
        var asked;
        try {
            asked = JSON.parse(window.sessionStorage.getItem(KEY) || 'null');
        } catch (e) {
            return false;
        }
        if (!asked || asked.path !== window.location.pathname || !(Date.now() - asked.at < FRESH_MS)) {
            return false;
        }
        var found = asked.ids.some(function (id) {
            return focus($(document.getElementById(id)).filter(':visible'));
        });
        if (found) {
            window.sessionStorage.removeItem(KEY);
        }
        return found;
    }

    window.CSILoop = window.CSILoop || {};
    window.CSILoop.forms = {showErrors: showErrors, clearErrors: clearErrors, saved: saved};
    window.CSILoop.focus = {to: focus, afterRedraw: afterRedraw, restore: restore};

    // A form drawn with the page; the issue panels come after it and issue-panel-loader.js calls restore for them.
    $(restore);
    // Jira redraws the panels after REFRESH_ISSUE_PAGE and announces the new content.
    if (window.JIRA && JIRA.bind && JIRA.Events && JIRA.Events.NEW_CONTENT_ADDED) {
        JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, function () { restore(); });
    }
}(window, window.jQuery));
