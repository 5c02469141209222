/*
 * Collecting data (templates/panels/collect.vm), on the Improvement panel and on the project page: "record a value"
 * for the chosen measure, the CSV import dialog (a preview of the file's first rows and the columns its header names,
 * read in the browser; the server remains the judge of every line), and the measure's data points, newest first, with
 * Correct and Delete (each with a reason) for users who may edit. Every change goes through the REST API with the
 * XSRF header; every text from the server is inserted as text. Field errors are tied to their fields
 * (aria-invalid, aria-describedby); a conflict (409) shows as a flag. jQuery-4-clean (.on, .prop, .trigger).
 */
(function (window, $) {
    'use strict';

    var PAGE_SIZE = 10;
    var PREVIEW_BYTES = 65536;
    var PREVIEW_ROWS = 5;
    var DAY = 24 * 3600 * 1000;
    var sequence = 0;

    function today() {
        var d = new Date();
        return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
    }

    /** The collect area's project, measure and name; the dialog knows them from the area that opened it. */
    function measureOf($collect) {
        var select = $collect.find('.csiloop-collect-measure').get(0);
        var option = select.options[select.selectedIndex];
        return {projectKey: $collect.closest('[data-project-key]').data('projectKey'), id: option.value,
            name: option.text};
    }

    function pointsPath(measure) {
        return 'projects/' + encodeURIComponent(measure.projectKey) + '/definitions/' + encodeURIComponent(measure.id)
            + '/datapoints';
    }

    function mayRecord($collect) {
        return String($collect.data('mayRecord')) === 'true';
    }

    function refreshIssue() {
        if (window.JIRA && JIRA.trigger && JIRA.Events && JIRA.Events.REFRESH_ISSUE_PAGE) {
            JIRA.trigger(JIRA.Events.REFRESH_ISSUE_PAGE, [JIRA.Issue && JIRA.Issue.getIssueId && JIRA.Issue.getIssueId()]);
        } else {
            window.location.reload();
        }
    }

    // The API's errors tied to their fields, the first in error focused (csiloop-forms.js, shared by every form).
    var showErrors = CSILoop.forms.showErrors;
    var clearErrors = CSILoop.forms.clearErrors;

    function confirm($form, message) {
        $form.find('.csiloop-form-message').attr('class', 'csiloop-form-message aui-message aui-message-confirmation')
            .text(message);
    }

    /** An AUI flag whose body is the server's text, inserted as text. */
    function flag(type, message) {
        var shown = AJS.flag({type: type, title: AJS.I18n.getText('csiloop.ui.collect.flagTitle'),
            body: '<p class="csiloop-flag-text"></p>', close: 'manual'});
        $(shown).find('.csiloop-flag-text').text(message);
    }

    // ---- Record a value -------------------------------------------------------------------------------------------

    $(document).on('submit', '.csiloop-record-form', function (event) {
        event.preventDefault();
        var $form = $(this);
        var $collect = $form.closest('.csiloop-collect');
        var value = $form.find('[name="value"]').val();
        if (value === '') {
            showErrors($form, {errors: [{field: 'value', message: AJS.I18n.getText('csiloop.ui.error.required')}]});
            return;
        }
        var day = $form.find('[name="observedOn"]').val() || today();
        var note = $form.find('[name="note"]').val();
        var $submit = $form.find('.csiloop-record-submit').prop('disabled', true).attr('aria-busy', 'true');
        CSILoop.api.post(pointsPath(measureOf($collect)), {
            // Today's value is observed now (a later hour would lie in the future); another day's at its noon.
            observedAt: (day === today() ? new Date() : new Date(day + 'T12:00:00')).toISOString(),
            value: Number(value), note: note || null
        }).done(function () {
            clearErrors($form);
            confirm($form, AJS.I18n.getText('csiloop.ui.record.saved'));
            refreshIssue();
        }).fail(function (xhr) {
            showErrors($form, CSILoop.api.errorOf(xhr));
        }).always(function () {
            $submit.prop('disabled', false).removeAttr('aria-busy');
        });
    });

    // ---- The CSV import dialog ------------------------------------------------------------------------------------

    /** The fields of CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), line by line. */
    function parseCsv(content) {
        var rows = [];
        var row = [];
        var field = '';
        var quoted = false;
        for (var i = 0; i < content.length; i++) {
            var c = content.charAt(i);
            if (quoted) {
                if (c === '"' && content.charAt(i + 1) === '"') {
                    field += '"';
                    i++;
                } else if (c === '"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c === '"') {
                quoted = true;
            } else if (c === ',') {
                row.push(field);
                field = '';
            } else if (c === '\n' || c === '\r') {
                if (c === '\r' && content.charAt(i + 1) === '\n') {
                    i++;
                }
                row.push(field);
                rows.push(row);
                row = [];
                field = '';
            } else {
                field += c;
            }
        }
        if (field !== '' || row.length) {
            row.push(field);
            rows.push(row);
        }
        return rows.filter(function (r) { return r.length > 1 || r[0].trim() !== ''; });
    }

    function dialogOf($collect) {
        return $('#' + $collect.find('.csiloop-points').data('dialogId'));
    }

    function resetDialog($dialog) {
        var $form = $dialog.find('.csiloop-csv-form');
        clearErrors($form);
        $form.find('.csiloop-csv-file').val('');
        $form.find('.csiloop-csv-preview').prop('hidden', true);
        $form.find('.csiloop-csv-summary').text('');
        $form.find('.csiloop-csv-errors').empty();
        $form.find('.csiloop-csv-progress').prop('hidden', true);
    }

    $(document).on('click', '.csiloop-csv-open', function (event) {
        event.preventDefault();
        var $collect = $(this).closest('.csiloop-collect');
        var $dialog = dialogOf($collect);
        var measure = measureOf($collect);
        $dialog.data('measure', measure).data('collect', $collect).data('imported', 0);
        resetDialog($dialog);
        $dialog.find('.csiloop-csv-measure').text(AJS.I18n.getText('csiloop.ui.csv.measure', measure.name));
        AJS.dialog2($dialog).show();
        $dialog.find('.csiloop-csv-file').trigger('focus');
    });

    $(document).on('click', '.csiloop-csv-close', function (event) {
        event.preventDefault();
        var $dialog = $(this).closest('.csiloop-csv-dialog');
        AJS.dialog2($dialog).hide();
        closed($dialog.get(0)); // once only: closed() forgets the count
    });

    // The preview: the header's columns and the first rows, read from the start of the file in the browser.
    $(document).on('change', '.csiloop-csv-file', function () {
        var $dialog = $(this).closest('.csiloop-csv-dialog');
        var $form = $dialog.find('.csiloop-csv-form');
        var file = this.files && this.files[0];
        clearErrors($form);
        $form.find('.csiloop-csv-summary').text('');
        $form.find('.csiloop-csv-errors').empty();
        var $preview = $form.find('.csiloop-csv-preview').prop('hidden', true);
        if (!file) {
            return;
        }
        file.slice(0, PREVIEW_BYTES).text().then(function (content) {
            var rows = parseCsv(content.charAt(0) === '\uFEFF' ? content.substring(1) : content);
            if (file.size > PREVIEW_BYTES && rows.length > 1) {
                rows.pop(); // the last line read may be cut off at the slice's end
            }
            var header = (rows[0] || []).map(function (c) { return c.trim(); }).filter(function (c) { return c !== ''; });
            $preview.prop('hidden', false);
            var columns = header.length ? AJS.I18n.getText('csiloop.ui.csv.columns', header.join(', '))
                : AJS.I18n.getText('csiloop.ui.csv.noColumns');
            var missing = ['observedAt', 'value'].filter(function (c) { return header.indexOf(c) < 0; });
            if (header.length && missing.length) {
                columns += ' ' + AJS.I18n.getText('csiloop.ui.csv.missingColumns', missing.join(', '));
            }
            $preview.find('.csiloop-csv-columns').text(columns);
            var $head = $preview.find('thead').empty();
            var $body = $preview.find('tbody').empty();
            var $tr = $('<tr></tr>').appendTo($head);
            (rows[0] || []).forEach(function (c) { $('<th scope="col"></th>').text(c).appendTo($tr); });
            rows.slice(1, 1 + PREVIEW_ROWS).forEach(function (r) {
                var $row = $('<tr></tr>').appendTo($body);
                r.forEach(function (c) { $('<td></td>').text(c).appendTo($row); });
            });
            $preview.find('.csiloop-csv-sample caption').text(AJS.I18n.getText('csiloop.ui.csv.rowsShown',
                Math.min(PREVIEW_ROWS, Math.max(rows.length - 1, 0))));
        });
    });

    function showImportErrors($form, errors) {
        var $list = $form.find('.csiloop-csv-errors').empty();
        (errors || []).forEach(function (e) {
            $('<li></li>').text(e.line ? AJS.I18n.getText('csiloop.ui.csv.lineError', e.line, e.message) : e.message)
                .appendTo($list);
        });
    }

    $(document).on('click', '.csiloop-csv-import', function (event) {
        event.preventDefault();
        var $dialog = $(this).closest('.csiloop-csv-dialog');
        var $form = $dialog.find('.csiloop-csv-form');
        var measure = $dialog.data('measure');
        var file = $form.find('.csiloop-csv-file').prop('files')[0];
        clearErrors($form);
        $form.find('.csiloop-csv-summary').text('');
        $form.find('.csiloop-csv-errors').empty();
        if (!file) {
            showErrors($form, {errors: [{field: 'file', message: AJS.I18n.getText('csiloop.ui.csv.chooseFile')}]});
            return;
        }
        var $button = $(this).prop('disabled', true).attr('aria-busy', 'true');
        var $progress = $form.find('.csiloop-csv-progress').prop('hidden', false);
        var progress = $progress.find('progress').removeAttr('value').get(0); // indeterminate until bytes move
        var skip = $form.find('.csiloop-csv-skip').prop('checked');
        $.ajax({
            url: CSILoop.api.contextPath() + '/rest/csiloop/1.0/' + pointsPath(measure) + '/csv?skipInvalid=' + skip,
            type: 'POST',
            contentType: 'text/csv',
            processData: false,
            data: file,
            dataType: 'json',
            headers: {'X-Atlassian-Token': 'no-check'},
            xhr: function () {
                var xhr = new window.XMLHttpRequest();
                xhr.upload.addEventListener('progress', function (e) {
                    if (e.lengthComputable) {
                        progress.value = Math.round(100 * e.loaded / e.total);
                        if (e.loaded === e.total) {
                            progress.removeAttribute('value'); // sent: the server is checking and recording
                        }
                    }
                });
                return xhr;
            }
        }).done(function (body) {
            $dialog.data('imported', ($dialog.data('imported') || 0) + body.imported);
            $form.find('.csiloop-csv-summary').text(AJS.I18n.getText('csiloop.ui.csv.imported', body.imported, body.skipped));
            showImportErrors($form, body.errors);
            var $collect = $dialog.data('collect');
            if ($collect && !$collect.find('.csiloop-points-list').prop('hidden')) {
                loadPoints($collect, 0);
            }
        }).fail(function (xhr) {
            var error = CSILoop.api.errorOf(xhr);
            var lines = error.errors.filter(function (e) { return e.line; });
            $form.find('.csiloop-csv-summary').text(AJS.I18n.getText('csiloop.ui.csv.refused'));
            if (lines.length) {
                $form.find('.csiloop-form-message').attr('class', 'csiloop-form-message aui-message aui-message-error')
                    .text(error.message);
                showImportErrors($form, error.errors);
            } else {
                showErrors($form, error);
            }
        }).always(function () {
            $progress.prop('hidden', true);
            $button.prop('disabled', false).removeAttr('aria-busy');
        });
    });

    // What the dialog recorded changes the KPIs: once it closes after an import that recorded something, the issue
    // (or the project page) is reloaded to show them.
    function closed(dialog) {
        var $dialog = $(dialog);
        if ($dialog.hasClass('csiloop-csv-dialog') && $dialog.data('imported') > 0) {
            $dialog.data('imported', 0);
            refreshIssue();
        }
    }

    if (AJS.dialog2 && AJS.dialog2.on) {
        AJS.dialog2.on('hide', function (e) { closed(e.target); });
    }

    // ---- The data points ------------------------------------------------------------------------------------------

    function day(iso) {
        return iso.substring(0, 10);
    }

    function observedText(iso) {
        var d = new Date(iso);
        return isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, {year: 'numeric', month: 'short', day: 'numeric',
            hour: '2-digit', minute: '2-digit'});
    }

    /**
     * Loads a page of the chosen measure's points, newest first: the API pages in time order, so the range's total
     * is read first and the page is taken from its end. The range is the last year up to the end of any current
     * period (a point may be dated up to it).
     */
    function loadPoints($collect, page) {
        var measure = measureOf($collect);
        var $list = $collect.find('.csiloop-points-list');
        var $rows = $list.find('.csiloop-points-rows').empty();
        var $status = $list.find('.csiloop-points-status').text(AJS.I18n.getText('csiloop.ui.points.loading'));
        $list.find('.csiloop-points-caption').text(AJS.I18n.getText('csiloop.ui.points.caption', measure.name));
        var to = new Date(Date.now() + 92 * DAY).toISOString();
        var from = new Date(Date.now() + 92 * DAY - 366 * DAY).toISOString();
        var range = pointsPath(measure) + '?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to);
        CSILoop.api.get(range + '&limit=1').then(function (first) {
            var end = Math.max(first.total - page * PAGE_SIZE, 0);
            var start = Math.max(end - PAGE_SIZE, 0);
            return end === 0 ? $.Deferred().resolve({total: first.total, start: 0, points: []}).promise()
                : CSILoop.api.get(range + '&start=' + start + '&limit=' + (end - start));
        }).done(function (body) {
            $list.data('page', page);
            var points = body.points.slice().reverse();
            points.forEach(function (p) { $rows.append(pointRow($collect, p)); });
            $status.text(points.length ? AJS.I18n.getText('csiloop.ui.points.range', body.total - body.start - points.length + 1,
                body.total - body.start, body.total, day(from))
                : AJS.I18n.getText('csiloop.ui.points.none', day(from)));
            $list.find('.csiloop-points-newer').prop('disabled', page === 0);
            $list.find('.csiloop-points-older').prop('disabled', body.start === 0);
        }).fail(function (xhr) {
            $status.text(CSILoop.api.errorOf(xhr).message);
        });
    }

    function pointRow($collect, p) {
        var $row = $('<tr class="csiloop-point"></tr>').attr('data-point-id', p.id).data('point', p);
        var when = observedText(p.observedAt);
        $row.append($('<td class="csiloop-point-observed"></td>').text(when).attr('title', p.observedAt),
            $('<td class="csiloop-point-value"></td>').text(String(p.value)),
            $('<td class="csiloop-point-note"></td>').text(p.note || ''),
            $('<td class="csiloop-point-by"></td>').text(p.recordedBy));
        if (mayRecord($collect)) {
            var $actions = $('<td class="csiloop-point-actions"></td>').appendTo($row);
            $('<button type="button" class="aui-button aui-button-link csiloop-point-correct"></button>')
                .text(AJS.I18n.getText('csiloop.ui.points.correct'))
                .attr('aria-label', AJS.I18n.getText('csiloop.ui.points.correctNamed', when)).appendTo($actions);
            $('<button type="button" class="aui-button aui-button-link csiloop-point-delete"></button>')
                .text(AJS.I18n.getText('csiloop.ui.points.delete'))
                .attr('aria-label', AJS.I18n.getText('csiloop.ui.points.deleteNamed', when)).appendTo($actions);
        }
        return $row;
    }

    /** The inline form under a point's row: a corrected value and a reason, or only a reason for a deletion. */
    function changeForm($row, deleting) {
        $row.siblings('.csiloop-point-change').remove();
        var p = $row.data('point');
        var n = ++sequence;
        var $form = $('<form class="aui csiloop-point-form" novalidate></form>').toggleClass('csiloop-point-deleting', deleting);
        if (!deleting) {
            $form.append($('<div class="field-group"></div>').append(
                $('<label></label>').attr('for', 'csiloop-point-value-' + n).text(AJS.I18n.getText('csiloop.ui.points.newValue')),
                $('<input class="text short-field" type="number" step="any" name="value">').attr('id', 'csiloop-point-value-' + n)
                    .val(String(p.value)),
                $('<div class="error csiloop-field-error" data-field="value" aria-live="polite"></div>')
                    .attr('id', 'csiloop-point-value-error-' + n)));
        }
        $form.append($('<div class="field-group"></div>').append(
            $('<label></label>').attr('for', 'csiloop-point-reason-' + n).text(AJS.I18n.getText('csiloop.ui.points.reason')),
            $('<input class="text long-field" type="text" maxlength="450" name="reason">').attr('id', 'csiloop-point-reason-' + n),
            $('<div class="error csiloop-field-error" data-field="reason" aria-live="polite"></div>')
                .attr('id', 'csiloop-point-reason-error-' + n)),
            $('<div class="csiloop-form-message" role="alert"></div>'),
            $('<div class="buttons-container"><div class="buttons"></div></div>'));
        $form.find('.buttons').append(
            $('<button type="submit" class="aui-button aui-button-primary csiloop-point-save"></button>')
                .text(deleting ? AJS.I18n.getText('csiloop.ui.points.confirmDelete') : AJS.I18n.getText('csiloop.ui.points.save')),
            $('<button type="button" class="aui-button aui-button-link csiloop-point-cancel"></button>')
                .text(AJS.I18n.getText('csiloop.ui.points.cancel')));
        var $change = $('<tr class="csiloop-point-change"></tr>').append(
            $('<td></td>').attr('colspan', $row.children().length).append($form));
        $row.after($change);
        $form.find('input').first().trigger('focus');
    }

    $(document).on('click', '.csiloop-points-show', function () {
        var $button = $(this);
        var $collect = $button.closest('.csiloop-collect');
        var $list = $collect.find('.csiloop-points-list');
        var show = $list.prop('hidden');
        $list.prop('hidden', !show);
        $button.attr('aria-expanded', String(show)).text(show ? AJS.I18n.getText('csiloop.ui.points.hide') : AJS.I18n.getText('csiloop.ui.points.show'));
        if (show) {
            loadPoints($collect, 0);
        }
    });

    $(document).on('change', '.csiloop-collect-measure', function () {
        var $collect = $(this).closest('.csiloop-collect');
        if (!$collect.find('.csiloop-points-list').prop('hidden')) {
            loadPoints($collect, 0);
        }
    });

    $(document).on('click', '.csiloop-points-newer, .csiloop-points-older', function () {
        var $collect = $(this).closest('.csiloop-collect');
        var page = $collect.find('.csiloop-points-list').data('page') || 0;
        loadPoints($collect, $(this).hasClass('csiloop-points-older') ? page + 1 : Math.max(page - 1, 0));
    });

    $(document).on('click', '.csiloop-point-correct, .csiloop-point-delete', function () {
        changeForm($(this).closest('tr'), $(this).hasClass('csiloop-point-delete'));
    });

    $(document).on('click', '.csiloop-point-cancel', function () {
        var $change = $(this).closest('.csiloop-point-change');
        var $row = $change.prev('.csiloop-point');
        $change.remove();
        $row.find('.csiloop-point-correct').trigger('focus');
    });

    $(document).on('submit', '.csiloop-point-form', function (event) {
        event.preventDefault();
        var $form = $(this);
        var $collect = $form.closest('.csiloop-collect');
        var $row = $form.closest('.csiloop-point-change').prev('.csiloop-point');
        var p = $row.data('point');
        var deleting = $form.hasClass('csiloop-point-deleting');
        var reason = $form.find('[name="reason"]').val().trim() || null;
        var path = pointsPath(measureOf($collect)) + '/' + encodeURIComponent(p.id);
        var request;
        if (deleting) {
            request = CSILoop.api.del(path, {reason: reason});
        } else {
            var value = $form.find('[name="value"]').val();
            if (value === '') {
                showErrors($form, {errors: [{field: 'value', message: AJS.I18n.getText('csiloop.ui.error.required')}]});
                return;
            }
            request = CSILoop.api.put(path, {observedAt: p.observedAt, value: Number(value), note: p.note, reason: reason});
        }
        var $save = $form.find('.csiloop-point-save').prop('disabled', true).attr('aria-busy', 'true');
        request.done(function () {
            flag('success', deleting ? AJS.I18n.getText('csiloop.ui.points.deleted') : AJS.I18n.getText('csiloop.ui.points.corrected'));
            loadPoints($collect, $collect.find('.csiloop-points-list').data('page') || 0);
            $collect.find('.csiloop-points-show').trigger('focus');
        }).fail(function (xhr) {
            var error = CSILoop.api.errorOf(xhr);
            if (xhr.status === 409) {
                flag('error', AJS.I18n.getText('csiloop.ui.collect.conflict'));
                loadPoints($collect, $collect.find('.csiloop-points-list').data('page') || 0);
            } else {
                showErrors($form, error);
            }
        }).always(function () {
            $save.prop('disabled', false).removeAttr('aria-busy');
        });
    });

    /** "Record a value" starts at today, in the root given (the page when none). */
    function init(root) {
        $(root && root.jquery ? root : document).find('.csiloop-record-form [name="observedOn"]').each(function () {
            if (!$(this).val()) {
                $(this).val(today());
            }
        });
    }

    window.CSILoop = window.CSILoop || {};
    /** init: what a collect area needs once it is in the page (issue-panel-loader.js calls it with the panel). */
    window.CSILoop.collect = {init: init};

    // The project page and the measure page draw their collect areas with the page.
    $(function () { init(); });
}(window, window.jQuery));
