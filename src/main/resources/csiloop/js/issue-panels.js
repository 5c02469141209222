/*
 * The issue panels' behaviour ("record a value", the CSV import and the data points are csiloop/js/collect.js):
 * the gate checklists save their evidence, and a passed gate's locked evidence is amended with a reason; at step 6 the "produce stakeholder pack" button produces the pack.
 * Field errors from the API appear next to their fields, tied to them, and the focus stays on the control used
 * (CSILoop.forms, csiloop-forms.js). Uses delegated handlers, so panels that Jira loads
 * later work too; jQuery-4-clean (.on, .prop).
 */
(function (window, $) {
    'use strict';

    function refreshIssue() {
        if (window.JIRA && JIRA.trigger && JIRA.Events && JIRA.Events.REFRESH_ISSUE_PAGE) {
            JIRA.trigger(JIRA.Events.REFRESH_ISSUE_PAGE, [JIRA.Issue && JIRA.Issue.getIssueId && JIRA.Issue.getIssueId()]);
        } else {
            window.location.reload();
        }
    }

    /**
     * The answer of one checklist item, in the states the server put on it (data-open-state when left empty or
     * unticked, data-answered-state when ticked or written; a principle's choice carries its own state).
     */
    function answerOf($item) {
        var text = ($item.find('textarea, input[type="text"], input[type="date"]').val() || '').trim();
        var $choices = $item.find('input[type="radio"]');
        var $box = $item.find('input[type="checkbox"]');
        var open = $item.data('openState');
        var state;
        if ($item.data('kind') === 'choices') { // the chosen options' keys, one a line
            var keys = $item.find('input[type="checkbox"]:checked').map(function () { return $(this).val(); }).get();
            return {itemKey: $item.data('itemKey'), state: keys.length ? $item.data('answeredState') : open,
                text: keys.length ? keys.join('\n') : null};
        }
        if ($choices.length) {
            state = $choices.filter(':checked').val() || open;
        } else if ($box.length) {
            state = $box.prop('checked') ? $item.data('answeredState') : open;
        } else {
            state = text ? $item.data('answeredState') : open;
        }
        return {itemKey: $item.data('itemKey'), state: state, text: text || null};
    }

    $(document).on('submit', '.csiloop-evidence-form', function (event) {
        event.preventDefault();
        var $form = $(this);
        var issueKey = $form.closest('.csiloop-panel').data('issueKey');
        var answers = $form.find('.csiloop-evidence-item').map(function () { return answerOf($(this)); }).get();
        var body = {answers: answers};
        if ($form.hasClass('csiloop-evidence-locked')) { // an amendment of passed evidence: the server wants a reason
            body.reason = ($form.find('[name="reason"]').val() || '').trim() || null;
        }
        var $save = $form.find('.csiloop-evidence-save').prop('disabled', true).attr('aria-busy', 'true');
        CSILoop.api.put('issues/' + encodeURIComponent(issueKey) + '/evidence/' + encodeURIComponent($form.data('gateId')),
            body).done(function () {
            CSILoop.forms.saved($form, $save);
            $form.find('.csiloop-form-message').attr('class', 'csiloop-form-message aui-message aui-message-confirmation')
                .text(AJS.I18n.getText('csiloop.ui.evidence.saved'));
            // The refresh redraws the checklist: the focus comes back to its save, or to Amend once the gate passed.
            CSILoop.focus.afterRedraw($save.attr('id'), $form.find('.csiloop-evidence-amend').attr('id'));
            refreshIssue();
        }).fail(function (xhr) {
            CSILoop.forms.showErrors($form, CSILoop.api.errorOf(xhr), $save);
        }).always(function () {
            $save.prop('disabled', false).removeAttr('aria-busy');
        });
    });

    // A passed gate's evidence is read-only until "Amend": then its fields open and the reason it needs is asked.
    $(document).on('click', '.csiloop-evidence-amend', function (event) {
        event.preventDefault();
        var $form = $(this).closest('.csiloop-evidence-form');
        $form.find('.csiloop-evidence-item').find('input, textarea').prop('disabled', false).prop('readonly', false);
        $form.find('.csiloop-amend-reason').prop('hidden', false).find('textarea').trigger('focus');
        $form.find('.csiloop-evidence-save').prop('hidden', false);
        $(this).prop('hidden', true);
    });

    // Step 6's evidence is a produced pack, never a ticked box: the button asks the server to produce and store the
    // cycle's pack, then reloads the issue so the gate's verdict and the pack's links show it.
    $(document).on('click', '.csiloop-pack-produce', function (event) {
        event.preventDefault();
        var $section = $(this).closest('.csiloop-packs');
        var issueKey = $section.closest('.csiloop-panel').data('issueKey');
        var $button = $(this).prop('disabled', true).attr('aria-busy', 'true');
        CSILoop.api.post('improvements/' + encodeURIComponent(issueKey) + '/packs').done(function () {
            $section.find('.csiloop-form-message').attr('class', 'csiloop-form-message aui-message aui-message-confirmation')
                .text(AJS.I18n.getText('csiloop.ui.pack.done'));
            refreshIssue();
        }).fail(function (xhr) {
            CSILoop.forms.showErrors($section, CSILoop.api.errorOf(xhr), $button);
        }).always(function () {
            $button.prop('disabled', false).removeAttr('aria-busy');
        });
    });

    /** A typed number as the API reads it; text that is no number goes as it is, for the API to name its field. */
    function number(typed) {
        if (typed === null) { return null; }
        var value = Number(typed.replace(',', '.'));
        return isFinite(value) ? value : typed;
    }

    $(document).on('submit', '.csiloop-register-form', function (event) {
        event.preventDefault();
        var $form = $(this);
        var issueKey = $form.closest('.csiloop-panel').data('issueKey');
        var text = function (name) { return ($form.find('[name="' + name + '"]').val() || '').trim() || null; };
        var body = {objective: text('objective'), expectedBenefit: text('expectedBenefit'), effort: text('effort'),
            justification: text('justification'), valueChainActivity: text('valueChainActivity'), source: text('source'),
            fourDimensions: $form.find('[name="fourDimensions"]:checked').map(function () { return $(this).val(); }).get(),
            expectedValue: number(text('expectedValue')), unit: text('unit'), expectedBy: text('expectedBy')};
        if ($form.find('[name="realisedValue"]').length && !$form.find('[name="realisedValue"]').prop('readonly')) {
            body.realisedValue = number(text('realisedValue'));
            body.realisedNote = text('realisedNote');
        }
        var $save = $form.find('.csiloop-register-save').prop('disabled', true).attr('aria-busy', 'true');
        CSILoop.api.put('issues/' + encodeURIComponent(issueKey) + '/improvement', body).done(function () {
            CSILoop.forms.saved($form, $save);
            $form.find('.csiloop-form-message').attr('class', 'csiloop-form-message aui-message aui-message-confirmation')
                .text(AJS.I18n.getText('csiloop.ui.register.saved'));
        }).fail(function (xhr) {
            CSILoop.forms.showErrors($form, CSILoop.api.errorOf(xhr), $save);
        }).always(function () {
            $save.prop('disabled', false).removeAttr('aria-busy');
        });
    });

    // "Raise improvement" (a Lifecycle Project in Closing or Closed): the lesson becomes a new Improvement, linked.
    $(document).on('click', '.csiloop-raise-open', function (event) {
        event.preventDefault();
        var $dialog = $('#' + $(this).data('dialog'));
        CSILoop.forms.clearErrors($dialog.find('.csiloop-raise-form'));
        $dialog.find('[name="lesson"]').val('');
        AJS.dialog2($dialog).show();
        $dialog.find('[name="lesson"]').trigger('focus');
    });

    $(document).on('click', '.csiloop-raise-cancel', function (event) {
        event.preventDefault();
        var $dialog = $(this).closest('.csiloop-raise-dialog');
        AJS.dialog2($dialog).hide();
        CSILoop.focus.to($('#' + $dialog.data('opener')));
    });

    $(document).on('click', '.csiloop-raise-submit', function (event) {
        event.preventDefault();
        var $dialog = $(this).closest('.csiloop-raise-dialog');
        var $form = $dialog.find('.csiloop-raise-form');
        var issueKey = $dialog.data('issueKey');
        var $submit = $(this).prop('disabled', true).attr('aria-busy', 'true');
        CSILoop.api.post('lifecycle-projects/' + encodeURIComponent(issueKey) + '/improvements',
            {lesson: ($form.find('[name="lesson"]').val() || '').trim() || null}).done(function (raised) {
            AJS.dialog2($dialog).hide();
            AJS.flag({type: 'success', close: 'auto', body: $('<a class="csiloop-raised-link"></a>')
                .attr('href', CSILoop.api.contextPath() + '/browse/' + encodeURIComponent(raised.key))
                .text(AJS.I18n.getText('csiloop.ui.lifecycle.raise.done', raised.key)).prop('outerHTML')});
            CSILoop.focus.to($('#' + $dialog.data('opener')));
        }).fail(function (xhr) {
            CSILoop.forms.showErrors($form, CSILoop.api.errorOf(xhr), $submit);
        }).always(function () {
            $submit.prop('disabled', false).removeAttr('aria-busy');
        });
    });

}(window, window.jQuery));
