/*
 * CSI Loop automation settings: posts each form of the page with the header X-Atlassian-Token: no-check, which the
 * servlet requires (XSRF), then reloads on success or shows the field errors it answers. Messages are set as text,
 * never as HTML.
 */
(function () {
    'use strict';

    function clear(form) {
        form.querySelectorAll('[data-field]').forEach(function (slot) { slot.textContent = ''; });
        var general = form.querySelector('.csiloop-form-errors');
        general.textContent = '';
        general.classList.add('hidden');
    }

    function show(form, errors) {
        var general = form.querySelector('.csiloop-form-errors');
        var unplaced = [];
        errors.forEach(function (error) {
            var slot = error.field ? form.querySelector('[data-field="' + error.field.replace(/[^A-Za-z0-9.]/g, '') + '"]') : null;
            if (slot) {
                slot.textContent = error.message;
            } else {
                unplaced.push(error.message);
            }
        });
        if (unplaced.length) {
            general.textContent = unplaced.join(' ');
            general.classList.remove('hidden');
        }
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('csiloop-automation-form')) {
            return;
        }
        event.preventDefault();
        clear(form);
        var failed = document.getElementById('csiloop-automation').getAttribute('data-failed');
        fetch(AJS.contextPath() + form.getAttribute('data-action'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'X-Atlassian-Token': 'no-check',
                'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'
            },
            body: new URLSearchParams(new FormData(form)).toString()
        }).then(function (response) {
            return response.json().then(function (json) {
                if (response.ok) {
                    window.location.reload();
                } else {
                    show(form, json.errors || [{ field: '', message: failed }]);
                }
            });
        }).catch(function () {
            show(form, [{ field: '', message: failed }]);
        });
    });
}());
