/*
 * The preview host's stand-ins for what Jira's pages provide to apps' scripts: a small AMD loader (define and
 * require of named modules, as Jira's almond does for dashboard items) and the dashboard's item API. Loaded
 * after AUI, so AUI itself registers as the global AJS, as it does in Jira. Not shipped in the plugin.
 */
(function (window) {
    'use strict';
    var modules = {};
    var factories = {};

    function resolve(name) {
        if (Object.prototype.hasOwnProperty.call(modules, name)) {
            return modules[name];
        }
        if (!factories[name]) {
            throw new Error('AMD module not defined: ' + name);
        }
        var entry = factories[name];
        modules[name] = entry.factory.apply(window, entry.deps.map(resolve));
        return modules[name];
    }

    window.define = function (name, deps, factory) {
        factories[name] = {deps: deps, factory: factory};
    };
    window.require = function (deps, callback) {
        var values = (Array.isArray(deps) ? deps : [deps]).map(resolve);
        if (callback) {
            callback.apply(window, values);
        }
        return values[0];
    };
    modules.jquery = window.jQuery;
    modules['aui/flag'] = window.AJS && window.AJS.flag;
}(window));
