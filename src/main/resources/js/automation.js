/*
 * CSI Loop automation settings: saves each form of the page through the REST API with the UI's one client,
 * CSILoop.api (csiloop-common: JSON, the XSRF header), at the resource and with the method the form names
 * (data-rest-path, data-method), then reloads on success or shows the API's field errors next to their fields, as
 * text, never as HTML. data-body says what the form sends: the settings, a definition's automation, or nothing.
 */
(function (window, $) {
    'use strict';

    /** A whole number as JSON has it; blank is absent, anything else is sent as typed for the API to refuse. */
    function number(text) {
        var trimmed = (text || '').trim();
        return trimmed === '' ? null : /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
    }

    /** A form field's value; null when the form has no such field. */
    function value($form, name) {
        var $field = $form.find('[name="' + name + '"]');
        if (!$field.length) {
            return null;
        }
        return $field.is('[type="radio"]') ? ($field.filter(':checked').val() || null) : $field.val();
    }

    function checked($form, name) {
        return $form.find('[name="' + name + '"]').is(':checked');
    }

    var BODIES = {
        /**
         * The schedule, zone and raising switch; for a project, INHERIT keeps the global switch (null). The CSV import
         * limits and the future grace only on the global form (a project's has no such fields: null).
         */
        settings: function ($form) {
            var autoRaise = value($form, 'autoRaise');
            return {schedule: value($form, 'schedule'), intervalMinutes: number(value($form, 'intervalMinutes')),
                cron: value($form, 'cron'), timeZone: value($form, 'timeZone'),
                autoRaise: autoRaise === 'true' ? true : autoRaise === 'false' ? false : null,
                csvMaxBytes: number(value($form, 'csvMaxBytes')), csvMaxRows: number(value($form, 'csvMaxRows')),
                futureGraceHours: number(value($form, 'futureGraceHours'))};
        },
        /** A definition's collection (JQL sources only: the other fields are absent) and raising. */
        definition: function ($form) {
            return {jql: value($form, 'jql'), measure: value($form, 'measure'), durationUnit: value($form, 'durationUnit'),
                backfillPeriods: number(value($form, 'backfillPeriods')), raise: checked($form, 'raise'),
                offTargetPeriods: number(value($form, 'offTargetPeriods')), chartSignals: checked($form, 'chartSignals')};
        }
    };

    function save($form) {
        var path = $form.attr('data-rest-path');
        var body = BODIES[$form.attr('data-body')];
        switch ($form.attr('data-method')) {
        case 'PUT':
            return CSILoop.api.put(path, body($form));
        case 'DELETE':
            return CSILoop.api.del(path);
        default:
            return CSILoop.api.post(path, body ? body($form) : undefined);
        }
    }

    $(document).on('submit', '.csiloop-automation-form', function (event) {
        event.preventDefault();
        var $form = $(event.currentTarget);
        CSILoop.api.clearErrors($form);
        save($form).done(function () {
            window.location.reload();
        }).fail(function (xhr) {
            CSILoop.api.showErrors($form, CSILoop.api.errorOf(xhr));
        });
    });
}(window, window.jQuery));
