/*
 * The dashboard item "What benefit have our improvements delivered against what was planned?": the configured
 * project's benefit per unit, planned against realised, with the improvements contributing, biggest first. The
 * drawing is the project page's (benefits.js); the item of one project is the other items' (dashboard-common.js).
 */
define('csiloop/dashboard/benefits', ['jquery', 'csiloop/dashboard/common'], function ($, common) {
    'use strict';

    return common.projectItem(function ($context, $el, projectKey) {
        var $body = $('<div class="csiloop-benefits csiloop-benefits-body"></div>').attr('data-dashboard-project', projectKey);
        $el.empty().append($body);
        CSILoop.benefits.load($body, projectKey, 3);
    });
});
