/*
 * A project's benefit planned against realised, per unit, from the REST API (/projects/{key}/benefits): one table
 * per unit (values in different units are never added together), its improvements biggest first, with the totals
 * at its foot. Drawn on the project page (its Benefits section) and by the benefit dashboard item
 * (dashboard-benefits.js). jQuery-4-clean.
 */
(function (window, $) {
    'use strict';

    /** A value in the viewer's locale (60,000 for en, 60.000 for de). */
    function amount(value) {
        return CSILoop.api.number(value);
    }

    function cell(value) {
        return value === null || value === undefined ? $('<td class="csiloop-empty">&mdash;</td>') : $('<td></td>').text(amount(value));
    }

    function share(unit) {
        return unit.planned > 0 ? AJS.I18n.getText('csiloop.ui.benefit.share', amount(unit.realised), amount(unit.planned),
            Math.round(unit.realised / unit.planned * 100)) : AJS.I18n.getText('csiloop.ui.benefit.noPlan', amount(unit.realised));
    }

    function table(unit, headingLevel) {
        var $table = $('<table class="aui csiloop-benefit-table"><thead><tr></tr></thead><tbody></tbody><tfoot></tfoot></table>')
            .attr('data-unit', unit.unit).attr('data-planned', unit.planned).attr('data-realised', unit.realised);
        $table.prepend($('<caption class="assistive"></caption>').text(AJS.I18n.getText('csiloop.ui.benefit.caption', unit.unit)));
        [AJS.I18n.getText('csiloop.ui.benefit.improvement'), AJS.I18n.getText('csiloop.ui.register.step'),
            AJS.I18n.getText('csiloop.ui.benefit.field.expectedValue'), AJS.I18n.getText('csiloop.ui.benefit.field.expectedBy'),
            AJS.I18n.getText('csiloop.ui.benefit.field.realisedValue')].forEach(function (h) {
            $table.find('thead tr').append($('<th scope="col"></th>').text(h));
        });
        unit.improvements.forEach(function (i) {
            var $link = $('<a></a>').attr('href', CSILoop.api.contextPath() + '/browse/' + encodeURIComponent(i.issueKey)).text(i.issueKey);
            $table.find('tbody').append($('<tr class="csiloop-benefit-row"></tr>').attr('data-issue-key', i.issueKey).append(
                $('<th scope="row"></th>').append($link, ' ', $('<span></span>').text(i.summary)),
                $('<td></td>').text(i.stepName), cell(i.expectedValue),
                i.expectedBy ? $('<td></td>').text(i.expectedBy) : $('<td class="csiloop-empty">&mdash;</td>'),
                cell(i.realisedValue).attr('title', i.realisedNote || null)));
        });
        $table.find('tfoot').append($('<tr class="csiloop-benefit-total"></tr>').append(
            $('<th scope="row" colspan="2"></th>').text(AJS.I18n.getText('csiloop.ui.benefit.total')),
            $('<td class="csiloop-benefit-planned"></td>').text(amount(unit.planned)), $('<td></td>'),
            $('<td class="csiloop-benefit-realised"></td>').text(amount(unit.realised))));
        var $heading = $('<h' + headingLevel + ' class="csiloop-benefit-unit"></h' + headingLevel + '>').text(unit.unit);
        return $('<div class="csiloop-benefit-unit-block"></div>').append($heading,
            $('<p class="csiloop-benefit-share"></p>').text(share(unit)), $table);
    }

    /** Draws the project's benefits into the element; headings of the level given (3 on the project page). */
    function render($el, body, headingLevel) {
        if (!body.units.length) {
            $el.empty().append($('<p class="csiloop-empty"></p>').text(AJS.I18n.getText('csiloop.ui.benefit.none')));
            return;
        }
        $el.empty().append(body.units.map(function (unit) { return table(unit, headingLevel); }));
    }

    /** Loads and draws the project's benefits; a failure is said in the element. */
    function load($el, projectKey, headingLevel) {
        return CSILoop.api.get('projects/' + encodeURIComponent(projectKey) + '/benefits').done(function (body) {
            render($el, body, headingLevel);
        }).fail(function (xhr) {
            $el.empty().append($('<p class="csiloop-empty"></p>').text(CSILoop.api.errorOf(xhr).message));
        });
    }

    window.CSILoop = window.CSILoop || {};
    window.CSILoop.benefits = {load: load};

    $(function () {
        $('.csiloop-benefits[data-project-key]').each(function () {
            load($(this).find('.csiloop-benefits-body'), $(this).data('projectKey'), 3);
        });
    });
}(window, window.jQuery));
