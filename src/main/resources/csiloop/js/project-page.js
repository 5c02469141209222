/*
 * The project page's administration of measurement definitions: lists them from the REST API, creates and edits
 * them in one form (the API's field errors shown next to their fields, all at once, tied to them; CSILoop.forms), and shows each definition's
 * audit history. The scorecard and the register are rendered on the server. jQuery-4-clean.
 */
(function (window, $) {
    'use strict';

    var CHOICES = {
        direction: {HIGHER_IS_BETTER: AJS.I18n.getText('csiloop.measure.direction.higherIsBetter'),
            LOWER_IS_BETTER: AJS.I18n.getText('csiloop.measure.direction.lowerIsBetter'),
            WITHIN_BAND: AJS.I18n.getText('csiloop.measure.direction.withinBand')},
        aggregation: {AVERAGE: AJS.I18n.getText('csiloop.measure.aggregation.average'),
            SUM: AJS.I18n.getText('csiloop.measure.aggregation.sum'), COUNT: AJS.I18n.getText('csiloop.measure.aggregation.count'),
            MIN: AJS.I18n.getText('csiloop.measure.aggregation.min'), MAX: AJS.I18n.getText('csiloop.measure.aggregation.max'),
            MEDIAN: AJS.I18n.getText('csiloop.measure.aggregation.median'), P90: AJS.I18n.getText('csiloop.measure.aggregation.p90'),
            LAST: AJS.I18n.getText('csiloop.measure.aggregation.last')},
        period: {DAY: AJS.I18n.getText('csiloop.measure.period.day'), WEEK: AJS.I18n.getText('csiloop.measure.period.week'),
            MONTH: AJS.I18n.getText('csiloop.measure.period.month'), QUARTER: AJS.I18n.getText('csiloop.measure.period.quarter')},
        source: {MANUAL: AJS.I18n.getText('csiloop.measure.source.manual'), CSV: AJS.I18n.getText('csiloop.measure.source.csv'),
            JQL_COUNT: AJS.I18n.getText('csiloop.measure.source.jqlCount'),
            JQL_DURATION: AJS.I18n.getText('csiloop.measure.source.jqlDuration')},
        ruleProfile: {MAKING_DATA_COUNT: AJS.I18n.getText('csiloop.measure.ruleProfile.makingDataCount'),
            WESTERN_ELECTRIC: AJS.I18n.getText('csiloop.measure.ruleProfile.westernElectric'),
            KPI_SIGNALS: AJS.I18n.getText('csiloop.measure.ruleProfile.kpiSignals')}
    };
    var NUMBERS = ['target', 'tolerance', 'baseline', 'validMin', 'validMax', 'bandLow', 'bandHigh', 'baselinePeriods'];

    function page() {
        return $('.csiloop-project-page');
    }

    function base() {
        return 'projects/' + encodeURIComponent(page().data('projectKey')) + '/definitions';
    }

    function number(text) {
        return text === '' ? null : Number(text.replace(',', '.'));
    }

    function targetText(d) {
        return d.band ? d.band.low + ' – ' + d.band.high + ' ' + d.unit : (d.target === null ? '' : d.target + ' ' + d.unit);
    }

    function listDefinitions() {
        var $rows = $('.csiloop-definition-rows');
        CSILoop.api.get(base()).done(function (body) {
            $rows.empty();
            body.definitions.forEach(function (d) {
                var $row = $('<tr></tr>').attr('data-definition-id', d.id);
                $row.append($('<td></td>').text(d.key), $('<td></td>').text(d.name), $('<td></td>').text(targetText(d)),
                    $('<td></td>').text(d.version));
                var $actions = $('<td class="csiloop-definition-actions"></td>').appendTo($row);
                $('<button type="button" class="aui-button aui-button-link csiloop-definition-edit"></button>')
                    .attr('id', 'csiloop-definition-edit-' + d.id).text(AJS.I18n.getText('csiloop.ui.admin.edit')).attr('aria-label', AJS.I18n.getText('csiloop.ui.admin.editNamed', d.name))
                    .appendTo($actions);
                $('<button type="button" class="aui-button aui-button-link csiloop-definition-history"></button>')
                    .text(AJS.I18n.getText('csiloop.ui.admin.history')).attr('aria-label', AJS.I18n.getText('csiloop.ui.admin.historyNamed', d.name))
                    .appendTo($actions);
                $rows.append($row);
            });
            CSILoop.focus.restore(); // after a save, the saved definition's Edit has the focus (see the submit)
        }).fail(function (xhr) {
            $rows.empty().append($('<tr></tr>').append($('<td colspan="5"></td>').text(CSILoop.api.errorOf(xhr).message)));
        });
    }

    function openForm(definition) {
        var $form = $('.csiloop-definition-form').prop('hidden', false);
        CSILoop.forms.clearErrors($form);
        var d = definition || {direction: 'HIGHER_IS_BETTER', aggregation: 'AVERAGE', period: 'WEEK', source: 'MANUAL',
            tolerance: 0, ownerKey: page().data('viewerKey'), ruleProfile: 'MAKING_DATA_COUNT', screening: false,
            baselinePeriods: 12};
        $form.find('.csiloop-definition-form-heading').text(definition
            ? AJS.I18n.getText('csiloop.ui.admin.editNamed', definition.name) : AJS.I18n.getText('csiloop.ui.admin.new'));
        ['id', 'version', 'key', 'name', 'unit', 'description', 'target', 'tolerance', 'baseline', 'validMin',
            'validMax', 'idealMeasure', 'measurableToday', 'ownerKey', 'direction', 'aggregation', 'period', 'source',
            'ruleProfile', 'baselinePeriods'].forEach(function (field) {
            $form.find('[name="' + field + '"]').val(d[field] === null || d[field] === undefined ? '' : String(d[field]));
        });
        $form.find('[name="screening"]').prop('checked', d.screening === true);
        $form.find('[name="bandLow"]').val(d.band ? d.band.low : '');
        $form.find('[name="bandHigh"]').val(d.band ? d.band.high : '');
        $form.find('[name="key"]').trigger('focus');
    }

    function input($form) {
        var body = {};
        ['key', 'name', 'unit', 'description', 'idealMeasure', 'measurableToday', 'ownerKey', 'direction', 'aggregation',
            'period', 'source', 'ruleProfile'].forEach(function (field) {
            body[field] = $form.find('[name="' + field + '"]').val() || null;
        });
        body.screening = $form.find('[name="screening"]').prop('checked');
        NUMBERS.forEach(function (field) {
            body[field] = number($form.find('[name="' + field + '"]').val().trim());
        });
        body.band = body.bandLow === null && body.bandHigh === null ? null : {low: body.bandLow, high: body.bandHigh};
        delete body.bandLow;
        delete body.bandHigh;
        var version = $form.find('[name="version"]').val();
        body.version = version ? Number(version) : null;
        return body;
    }

    /** The API names band fields band.low and band.high; the form calls them bandLow and bandHigh. */
    function formFields(error) {
        error.errors.forEach(function (e) {
            if (e.field === 'band.low' || e.field === 'band') { e.field = 'bandLow'; }
            if (e.field === 'band.high') { e.field = 'bandHigh'; }
        });
        return error;
    }

    function showHistory(id, name) {
        var $audit = $('.csiloop-audit').prop('hidden', false);
        $audit.find('.csiloop-audit-heading').text(AJS.I18n.getText('csiloop.ui.admin.historyNamed', name));
        var $entries = $audit.find('.csiloop-audit-entries').empty();
        CSILoop.api.get(base() + '/' + id + '/audit').done(function (body) {
            (body.entries || []).forEach(function (e) {
                $entries.append($('<li></li>').text(AJS.I18n.getText('csiloop.ui.admin.auditEntry', e.version, e.action,
                    e.changedBy, e.changedAt)));
            });
        });
    }

    $(document).on('click', '.csiloop-definition-new', function () { openForm(null); });
    $(document).on('click', '.csiloop-definition-cancel', function () {
        $('.csiloop-definition-form').prop('hidden', true);
    });
    $(document).on('click', '.csiloop-definition-edit', function () {
        CSILoop.api.get(base() + '/' + $(this).closest('tr').data('definitionId')).done(openForm);
    });
    $(document).on('click', '.csiloop-definition-history', function () {
        var $row = $(this).closest('tr');
        showHistory($row.data('definitionId'), $row.children().eq(1).text());
    });
    $(document).on('submit', '.csiloop-definition-form', function (event) {
        event.preventDefault();
        var $form = $(this);
        var id = $form.find('[name="id"]').val();
        var $save = $form.find('.csiloop-definition-save').prop('disabled', true);
        (id ? CSILoop.api.put(base() + '/' + id, input($form)) : CSILoop.api.post(base(), input($form)))
            .done(function (saved) {
                // The reload (the scorecard is drawn on the server) closes the form: the focus goes to the saved
                // definition's Edit, the control that opens it again.
                CSILoop.focus.afterRedraw('csiloop-definition-edit-' + (saved && saved.id ? saved.id : id));
                window.location.reload();
            })
            .fail(function (xhr) { CSILoop.forms.showErrors($form, formFields(CSILoop.api.errorOf(xhr)), $save); })
            .always(function () { $save.prop('disabled', false); });
    });

    $(function () {
        if (!$('.csiloop-measure-admin').length) {
            return;
        }
        Object.keys(CHOICES).forEach(function (name) {
            var $select = $('.csiloop-definition-form [name="' + name + '"]');
            Object.keys(CHOICES[name]).forEach(function (value) {
                $select.append($('<option></option>').val(value).text(CHOICES[name][value]));
            });
        });
        listDefinitions();
    });
}(window, window.jQuery));
