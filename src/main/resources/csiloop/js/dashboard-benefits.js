/*
 * The dashboard item "What benefit have our improvements delivered against what was planned?": the configured
 * project's benefit per unit, planned against realised, with the improvements contributing, biggest first. The
 * drawing is the project page's (benefits.js); the configuration is the other items' (dashboard-common.js).
 */
define('csiloop/dashboard/benefits', ['jquery', 'csiloop/dashboard/common'], function ($, common) {
    'use strict';

    function Item(API) { this.API = API; }

    Item.prototype.renderEdit = function (context, prefs) {
        common.renderEdit(this.API, common.target(context), prefs, false);
    };

    Item.prototype.render = function (context, prefs) {
        var $el = common.target(context);
        common.resolved(prefs, false).done(function (p) {
            if (!p.projectKey) { return common.message($el, AJS.I18n.getText('csiloop.ui.dashboard.noProject')); }
            var $body = $('<div class="csiloop-benefits csiloop-benefits-body"></div>').attr('data-dashboard-project', p.projectKey);
            $el.empty().append($body);
            CSILoop.benefits.load($body, p.projectKey, 3);
        });
    };

    return Item;
});
