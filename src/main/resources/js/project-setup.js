/*
 * "Enable CSI Loop for this project": applies the plan the page shows through the REST API with the UI's one client,
 * CSILoop.api (csiloop-common), and reloads the page, which then shows the new state. A refusal shows the API's
 * message as text (never as HTML).
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
            CSILoop.api.post(section.getAttribute('data-rest-path'),
                {confirmSharedSchemes: Boolean(confirm && confirm.checked)}
            ).done(function () {
                window.location.reload();
            }).fail(function (xhr) {
                result.textContent = CSILoop.api.errorOf(xhr).message;
                button.disabled = false;
            });
        });
    }

    AJS.toInit(init);
}());
