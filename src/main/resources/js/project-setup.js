/*
 * "Enable CSI Loop for this project": applies the plan the page shows through the REST API and reloads the page,
 * which then shows the new state. Errors are shown as text (never as HTML). jQuery-free, so it does not depend
 * on the jQuery version Jira 11 bundles.
 */
(function () {
    'use strict';

    function init() {
        var section = document.getElementById('csiloop-project-setup');
        var button = document.getElementById('csiloop-enable');
        if (!section || !button) {
            return;
        }
        var result = document.getElementById('csiloop-project-setup-result');
        button.addEventListener('click', function () {
            var confirm = document.getElementById('csiloop-confirm-shared');
            button.disabled = true;
            fetch(AJS.contextPath() + section.getAttribute('data-rest-path'), {
                method: 'POST',
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},
                body: JSON.stringify({confirmSharedSchemes: Boolean(confirm && confirm.checked)})
            }).then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                window.location.reload();
            }).catch(function () {
                result.textContent = section.getAttribute('data-failed');
                button.disabled = false;
            });
        });
    }

    AJS.toInit(init);
}());
