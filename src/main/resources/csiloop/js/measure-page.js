/*
 * The measure page (templates/measure/page.vm): fills the sections the server leaves to the REST API. The control
 * chart is CSILoop.controlChart's, its table of periods shown on this page rather than read aloud only; the phases
 * and the approved rebases come from .../rebases, and each rebase the chart suggests gets "Approve rebase" for users
 * who may edit (the server checks Edit Issues again and its refusal shows as an error flag); the snapshots from
 * .../kpi/snapshots and the definition's audit from .../audit. The data points are collect.js's. jQuery-4-clean.
 */
(function (window, $) {
    'use strict';

    function flag(type, message) {
        var shown = AJS.flag({type: type, title: AJS.I18n.getText('csiloop.ui.measurePage.flagTitle'),
            body: '<p class="csiloop-flag-text"></p>', close: type === 'error' ? 'manual' : 'auto'});
        $(shown).find('.csiloop-flag-text').text(message);
    }

    function failed($into, xhr) {
        $into.empty().append($('<div class="aui-message aui-message-error" role="alert"><p></p></div>')
            .find('p').text(CSILoop.api.errorOf(xhr).message).end());
    }

    // The reporting zone the periods are read in (the KPI's zone): every day on the page is a day there, the day the
    // chart and the verdict name; a go-live at midnight in Berlin is the day before in UTC.
    var zone = 'UTC';

    function day(instant) {
        return instant ? new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit',
            day: '2-digit'}).format(new Date(instant)) : '—';
    }

    function chart($page, path) {
        var $chart = $page.find('.csiloop-measure-chart');
        return $.when(CSILoop.api.get(path + '/kpi'), CSILoop.api.get(path)).done(function (kpi, definition) {
            zone = kpi[0].zone || zone;
            CSILoop.controlChart.draw($chart, kpi[0], definition[0], path);
            // On this page the chart's table of periods is shown: it is the page's period table.
            $chart.find('.csiloop-trend-table').removeClass('csiloop-visually-hidden').addClass('aui csiloop-measure-periods');
            suggestions($page, path, (kpi[0].chart && kpi[0].chart.rebaseSuggestions) || []);
        }).fail(function (xhr) { failed($chart, xhr); });
    }

    function suggestions($page, path, suggested) {
        var $list = $page.find('.csiloop-measure-suggestions').empty();
        var mayEdit = $page.attr('data-may-edit') === 'true';
        suggested.forEach(function (s) {
            var $item = $('<div class="aui-message aui-message-info csiloop-measure-suggestion"><p></p></div>');
            $item.find('p').text(AJS.I18n.getText('csiloop.ui.measurePage.suggested', s.issueKey, day(s.at), s.shiftFrom, s.shiftTo));
            if (mayEdit) {
                $('<button type="button" class="aui-button csiloop-rebase-approve" aria-haspopup="dialog"'
                    + ' aria-controls="csiloop-rebase-dialog"></button>')
                    .text(AJS.I18n.getText('csiloop.ui.measurePage.approve')).data('suggestion', s).appendTo($item);
            }
            $list.append($item);
        });
    }

    function rebases($page, path) {
        var $list = $page.find('.csiloop-measure-rebases');
        return CSILoop.api.get(path + '/rebases').done(function (body) {
            $list.empty();
            if (!body.rebases.length) {
                $list.append($('<li class="csiloop-measure-none"></li>').text(AJS.I18n.getText('csiloop.ui.measurePage.noRebases')));
            }
            body.rebases.forEach(function (r) {
                $list.append($('<li class="csiloop-measure-rebase"></li>').text(AJS.I18n.getText(
                    'csiloop.ui.measurePage.rebase', day(r.phaseStart), r.approvedBy, day(r.approvedAt), r.reason)));
            });
        }).fail(function (xhr) { failed($list, xhr); });
    }

    function snapshots($page, path) {
        var $into = $page.find('.csiloop-measure-snapshots');
        CSILoop.api.get(path + '/kpi/snapshots').done(function (body) {
            if (!body.snapshots.length) {
                $into.empty().append($('<p class="csiloop-measure-none"></p>').text(AJS.I18n.getText('csiloop.ui.measurePage.noSnapshots')));
                return;
            }
            var $table = $('<table class="aui csiloop-measure-snapshot-table"><caption class="assistive"></caption>'
                + '<thead><tr></tr></thead><tbody></tbody></table>');
            $table.find('caption').text(AJS.I18n.getText('csiloop.ui.measurePage.snapshots'));
            [AJS.I18n.getText('csiloop.ui.measurePage.snapshot.period'), AJS.I18n.getText('csiloop.ui.dashboard.table.value'),
                AJS.I18n.getText('csiloop.ui.kpi.status'), AJS.I18n.getText('csiloop.ui.measurePage.snapshot.trigger'),
                AJS.I18n.getText('csiloop.ui.measurePage.snapshot.taken')].forEach(function (h) {
                $table.find('thead tr').append($('<th scope="col"></th>').text(h));
            });
            body.snapshots.forEach(function (s) {
                $table.find('tbody').append($('<tr class="csiloop-measure-snapshot"></tr>').append(
                    $('<th scope="row"></th>').text(s.periodLabel),
                    $('<td></td>').text(s.value === null ? '—' : String(Math.round(s.value * 100) / 100)),
                    $('<td></td>').text(s.status), $('<td></td>').text(s.trigger), $('<td></td>').text(day(s.takenAt))));
            });
            $into.empty().append($table);
        }).fail(function (xhr) { failed($into, xhr); });
    }

    function audit($page, path) {
        var $list = $page.find('.csiloop-measure-audit');
        CSILoop.api.get(path + '/audit').done(function (body) {
            $list.empty();
            body.entries.forEach(function (e) {
                $list.append($('<li class="csiloop-measure-audit-entry"></li>').text(AJS.I18n.getText(
                    'csiloop.ui.measurePage.auditEntry', e.version, e.action, e.changedBy, day(e.changedAt))));
            });
        }).fail(function (xhr) { failed($list, xhr); });
    }

    // ---- Approve a suggested rebase: an AUI dialog asks the reason, then POST .../rebases ------------------------

    var opener = null;

    $(document).on('click', '.csiloop-rebase-approve', function () {
        opener = this;
        var s = $(this).data('suggestion');
        var $dialog = $('#csiloop-rebase-dialog').data('suggestion', s);
        $dialog.find('.csiloop-rebase-at').text(AJS.I18n.getText('csiloop.ui.measurePage.approve.at', day(s.at), s.issueKey));
        $dialog.find('[name="reason"]').val('');
        CSILoop.api.clearErrors($dialog.find('form'));
        AJS.dialog2($dialog).show();
        $dialog.find('[name="reason"]').trigger('focus');
    });

    $(document).on('click', '.csiloop-rebase-cancel', function () {
        AJS.dialog2('#csiloop-rebase-dialog').hide();
        if (opener) { $(opener).trigger('focus'); }
    });

    $(document).on('submit', '.csiloop-rebase-form', function (event) {
        event.preventDefault();
        var $form = $(this);
        var $dialog = $('#csiloop-rebase-dialog');
        var $page = $('#csiloop-measure-page');
        var path = $page.attr('data-rest-path');
        var reason = $form.find('[name="reason"]').val().trim();
        var $reason = $form.find('[name="reason"]').removeAttr('aria-invalid aria-describedby');
        CSILoop.api.clearErrors($form);
        if (!reason) {
            CSILoop.api.showErrors($form, {errors: [{field: 'reason', message: AJS.I18n.getText('csiloop.ui.error.required')}]});
            $reason.attr({'aria-invalid': 'true', 'aria-describedby': 'csiloop-rebase-reason-error'}).trigger('focus');
            return;
        }
        var $submit = $form.find('.csiloop-rebase-submit').prop('disabled', true).attr('aria-busy', 'true');
        // REST takes the day (yyyy-MM-dd) in the reporting zone: the go-live's day, where the suggested phase begins.
        CSILoop.api.post(path + '/rebases', {at: day($dialog.data('suggestion').at), reason: reason}).done(function () {
            AJS.dialog2($dialog).hide();
            flag('success', AJS.I18n.getText('csiloop.ui.measurePage.approved'));
            $.when(rebases($page, path), chart($page, path)).always(function () {
                // The suggestion is gone once approved: focus goes to the rebases heading, where the new one is listed.
                $('#csiloop-measure-rebases-heading').attr('tabindex', '-1').trigger('focus');
            });
        }).fail(function (xhr) {
            AJS.dialog2($dialog).hide();
            flag('error', CSILoop.api.errorOf(xhr).message);
            if (opener) { $(opener).trigger('focus'); }
        }).always(function () {
            $submit.prop('disabled', false).removeAttr('aria-busy');
        });
    });

    $(function () {
        var $page = $('#csiloop-measure-page');
        if (!$page.length) { return; }
        var path = $page.attr('data-rest-path');
        // The chart first: its KPI names the zone the other sections' days are read in.
        chart($page, path).always(function () {
            rebases($page, path);
            snapshots($page, path);
            audit($page, path);
        });
        $page.find('.csiloop-points-show').first().trigger('click');
    });
}(window, window.jQuery));
