/*
 * CSI Loop's client of its REST API (/rest/csiloop/1.0): every call sends JSON, and every call that changes
 * something carries the X-Atlassian-Token: no-check header the server demands. Errors come back as the API's
 * error body ({status, message, errors: [{field, key, message}]}). The one client of every page of the app: the
 * issue panels, the project page, the dashboard items, the project setup and the automation settings.
 * jQuery-4-clean: no shorthand event methods.
 */
(function (window, $) {
    'use strict';

    function contextPath() {
        return (window.AJS && AJS.contextPath && AJS.contextPath()) || $('body').attr('data-context-path') || '';
    }

    function call(method, path, body) {
        return $.ajax({
            url: contextPath() + '/rest/csiloop/1.0/' + path,
            type: method,
            contentType: 'application/json',
            dataType: 'json',
            data: body === undefined ? undefined : JSON.stringify(body),
            headers: method === 'GET' ? {} : {'X-Atlassian-Token': 'no-check'}
        });
    }

    /** The API's error body of a failed call, or a stand-in one when the server did not answer with one. */
    function errorOf(xhr) {
        var body = xhr && xhr.responseJSON;
        if (body && body.message) {
            return {message: body.message, errors: body.errors || []};
        }
        return {message: AJS.I18n.getText('csiloop.ui.error.network'), errors: []};
    }

    /** Empties a form's error slots and its general message. */
    function clearErrors($form) {
        $form.find('.csiloop-field-error').text('');
        $form.find('.csiloop-form-message').empty().removeClass('aui-message aui-message-error');
    }

    var numbers = null;

    /**
     * A number as the viewer reads numbers: grouped and with the decimal mark of their Jira locale (the page's
     * ajs-user-locale meta, e.g. en_US or de_DE), at most two decimals.
     */
    function number(value) {
        if (!numbers) {
            var locale = $('meta[name="ajs-user-locale"]').attr('content');
            try {
                numbers = new Intl.NumberFormat(locale ? locale.replace('_', '-') : undefined, {maximumFractionDigits: 2});
            } catch (e) { // a locale the browser does not know: its own
                numbers = new Intl.NumberFormat(undefined, {maximumFractionDigits: 2});
            }
        }
        return numbers.format(value);
    }

    window.CSILoop = window.CSILoop || {};
    window.CSILoop.api = {
        number: number,
        contextPath: contextPath,
        /** The address of a measure's page (the servlet MeasurePageServlet; on the server, view.MeasureLink). */
        measurePage: function (projectKey, definitionId) {
            return contextPath() + '/plugins/servlet/csiloop/measure?projectKey=' + encodeURIComponent(projectKey)
                + '&definitionId=' + encodeURIComponent(definitionId);
        },
        get: function (path) { return call('GET', path); },
        post: function (path, body) { return call('POST', path, body); },
        put: function (path, body) { return call('PUT', path, body); },
        del: function (path, body) { return call('DELETE', path, body); }, // a body where the API asks one: a reason
        errorOf: errorOf,
        clearErrors: clearErrors,
        /** Shows an error body next to a form: per field where the field is on the form, else as one message. */
        showErrors: function ($form, error) {
            clearErrors($form);
            var general = [];
            (error.errors.length ? error.errors : [{message: error.message}]).forEach(function (e) {
                var $slot = e.field ? $form.find('.csiloop-field-error[data-field="' + e.field.split('[')[0] + '"]') : $();
                if ($slot.length) {
                    $slot.text($slot.text() ? $slot.text() + ' ' + e.message : e.message); // every error of the field
                } else {
                    general.push(e.message);
                }
            });
            $form.find('.csiloop-form-message').empty().toggleClass('aui-message aui-message-error', general.length > 0)
                .text(general.join(' '));
        }
    };
}(window, window.jQuery));
