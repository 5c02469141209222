/*
 * The measures of an Improvement, in its panel: "Define a measure" (the measure's fields and the gap analysis in
 * one form: the gap analysis is kept on the measure and written as the evidence of step 2's gate), "Link a
 * measure" (a measure of the project that belongs to no improvement) and "Unlink" with a confirmation. Each goes
 * through the REST API, which decides who may; the buttons show only to users with Edit Issues. Field errors sit
 * next to their fields (aria-invalid), other failures in the section's message and an AUI flag; after a change
 * the issue reloads, so the KPI table and the gate's checklist show it. jQuery-4-clean.
 */
(function (window, $) {
    'use strict';

    var GAP_GATE = 'improvement.define-measurement-exit';
    var GAP_FIELDS = ['idealMeasure', 'measurableToday']; // in the order of step 2's checklist
    var NUMBERS = ['target', 'tolerance', 'baseline'];

    function refreshIssue() {
        if (window.JIRA && JIRA.trigger && JIRA.Events && JIRA.Events.REFRESH_ISSUE_PAGE) {
            JIRA.trigger(JIRA.Events.REFRESH_ISSUE_PAGE, [JIRA.Issue && JIRA.Issue.getIssueId && JIRA.Issue.getIssueId()]);
        } else {
            window.location.reload();
        }
    }

    function flag(type, text) {
        if (window.AJS && typeof AJS.flag === 'function') {
            AJS.flag({type: type, body: $('<span></span>').text(text).prop('outerHTML'), close: 'auto'});
        }
    }

    function section($el) {
        return $el.closest('.csiloop-measures');
    }

    function projectBase($section) {
        return 'projects/' + encodeURIComponent($section.closest('.csiloop-panel').data('projectKey')) + '/definitions';
    }

    function confirmed($section, text) {
        $section.find('.csiloop-measures-message').attr('class',
            'csiloop-form-message csiloop-measures-message aui-message aui-message-confirmation').text(text);
        flag('success', text);
        refreshIssue();
    }

    /** Field errors next to their fields, marked invalid; the rest in the form's message and a flag. */
    function failed($form, xhr) {
        var error = CSILoop.api.errorOf(xhr);
        flag('error', AJS.I18n.getText('csiloop.ui.measures.failed', error.message));
        CSILoop.forms.showErrors($form, error); // tied to their fields, the first focused (csiloop-forms.js)
    }

    function open($section, which, $button) {
        $section.find('.csiloop-measure-form, .csiloop-measure-link-form').prop('hidden', true);
        $section.find('.csiloop-measure-define, .csiloop-measure-link-open').attr('aria-expanded', 'false');
        var $form = $section.find(which).prop('hidden', false);
        $button.attr('aria-expanded', 'true');
        CSILoop.forms.clearErrors($form);
        return $form;
    }

    $(document).on('click', '.csiloop-measure-define', function () {
        var $form = open(section($(this)), '.csiloop-measure-form', $(this));
        $form.find('textarea, input, select').first().trigger('focus');
    });

    $(document).on('click', '.csiloop-measure-link-open', function () {
        var $section = section($(this));
        var $form = open($section, '.csiloop-measure-link-form', $(this));
        var $select = $form.find('[name="definitionId"]').empty();
        var $save = $form.find('.csiloop-measure-link-save').prop('disabled', true);
        CSILoop.api.get(projectBase($section)).done(function (body) {
            var free = body.definitions.filter(function (d) { return d.improvementIssueId === null; });
            free.forEach(function (d) {
                $select.append($('<option></option>').val(d.id).attr('data-version', d.version)
                    .text(d.name + ' (' + d.key + ', ' + d.unit + ')'));
            });
            if (!free.length) {
                $form.find('.csiloop-form-message').text(AJS.I18n.getText('csiloop.ui.measures.linkNone'));
            }
            $save.prop('disabled', free.length === 0);
            $select.trigger('focus');
        }).fail(function (xhr) { failed($form, xhr); });
    });

    $(document).on('click', '.csiloop-measure-cancel', function () {
        var $section = section($(this));
        var $form = $(this).closest('form').prop('hidden', true);
        $section.find('[aria-controls="' + $form.attr('id') + '"]').attr('aria-expanded', 'false').trigger('focus');
    });

    $(document).on('submit', '.csiloop-measure-link-form', function (event) {
        event.preventDefault();
        var $form = $(this);
        var $section = section($form);
        var $option = $form.find('[name="definitionId"] option:selected');
        if (!$option.length) {
            return;
        }
        var $save = $form.find('.csiloop-measure-link-save').prop('disabled', true).attr('aria-busy', 'true');
        CSILoop.api.put(projectBase($section) + '/' + encodeURIComponent($option.val()) + '/improvement', {
            improvementIssueId: Number($section.data('issueId')), version: Number($option.data('version'))
        }).done(function () {
            confirmed($section, AJS.I18n.getText('csiloop.ui.measures.linked'));
        }).fail(function (xhr) { failed($form, xhr); })
            .always(function () { $save.prop('disabled', false).removeAttr('aria-busy'); });
    });

    function text($form, name) {
        return ($form.find('[name="' + name + '"]').val() || '').trim();
    }

    /** The measure as the API takes it, owned by this improvement. */
    function definition($form, issueId) {
        var body = {improvementIssueId: issueId};
        ['key', 'name', 'unit', 'direction', 'aggregation', 'period', 'source', 'idealMeasure', 'measurableToday']
            .forEach(function (name) { body[name] = text($form, name) || null; });
        NUMBERS.forEach(function (name) {
            var value = text($form, name);
            body[name] = value === '' ? null : Number(value.replace(',', '.'));
        });
        return body;
    }

    /**
     * The gap analysis as the answers of step 2's gate, with the item keys and the answered state its checklist
     * renders: written when given, left as they are when not; none when step 2's gate is not the one ahead (the
     * measure keeps the gap analysis either way).
     */
    function gapAnswers($form) {
        var $items = $('.csiloop-gate[data-gate-id="' + GAP_GATE + '"] .csiloop-evidence-item');
        if ($items.length !== GAP_FIELDS.length) {
            return [];
        }
        return GAP_FIELDS.map(function (name, i) {
            return {itemKey: $items.eq(i).data('itemKey'), state: $items.eq(i).data('answeredState'), text: text($form, name)};
        }).filter(function (answer) { return answer.text !== ''; });
    }

    $(document).on('submit', '.csiloop-measure-form', function (event) {
        event.preventDefault();
        var $form = $(this);
        var $section = section($form);
        var issueKey = $section.closest('.csiloop-panel').data('issueKey');
        var body = definition($form, Number($section.data('issueId')));
        var $save = $form.find('.csiloop-measure-save').prop('disabled', true).attr('aria-busy', 'true');
        CSILoop.api.post(projectBase($section), body).then(function (created) {
            var answers = gapAnswers($form);
            var evidence = answers.length ? CSILoop.api.put('issues/' + encodeURIComponent(issueKey) + '/evidence/'
                + encodeURIComponent(GAP_GATE), {answers: answers}) : $.Deferred().resolve().promise();
            return evidence.then(function () { return created; });
        }).done(function (created) {
            confirmed($section, AJS.I18n.getText('csiloop.ui.measures.defined', created.name));
        }).fail(function (xhr) { failed($form, xhr); })
            .always(function () { $save.prop('disabled', false).removeAttr('aria-busy'); });
    });

    $(document).on('click', '.csiloop-measure-unlink', function () {
        var $item = $(this).closest('.csiloop-measure');
        $(this).prop('hidden', true);
        $item.find('.csiloop-measure-confirm').prop('hidden', false).find('.csiloop-measure-unlink-confirm').trigger('focus');
    });

    $(document).on('click', '.csiloop-measure-unlink-cancel', function () {
        var $item = $(this).closest('.csiloop-measure');
        $item.find('.csiloop-measure-confirm').prop('hidden', true);
        $item.find('.csiloop-measure-unlink').prop('hidden', false).trigger('focus');
    });

    $(document).on('click', '.csiloop-measure-unlink-confirm', function () {
        var $item = $(this).closest('.csiloop-measure');
        var $section = section($item);
        var path = projectBase($section) + '/' + encodeURIComponent($item.data('definitionId'));
        var $button = $(this).prop('disabled', true).attr('aria-busy', 'true');
        CSILoop.api.get(path).then(function (d) {
            return CSILoop.api.del(path + '/improvement?version=' + encodeURIComponent(d.version));
        }).done(function () {
            confirmed($section, AJS.I18n.getText('csiloop.ui.measures.unlinked'));
        }).fail(function (xhr) {
            var message = CSILoop.api.errorOf(xhr).message;
            $section.find('.csiloop-measures-message').attr('class',
                'csiloop-form-message csiloop-measures-message aui-message aui-message-error').text(message);
            flag('error', AJS.I18n.getText('csiloop.ui.measures.failed', message));
        }).always(function () { $button.prop('disabled', false).removeAttr('aria-busy'); });
    });
}(window, window.jQuery));
