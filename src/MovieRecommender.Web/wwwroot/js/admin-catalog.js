// Admin page: follows a running catalog update (progress, result or error) by polling its status once a second.
(function () {
  'use strict';

  var panel = document.querySelector('[data-catalog-update]');
  if (!panel) return;
  var pollMs = 1000;
  var statusUrl = panel.getAttribute('data-status-url');

  function field(name) { return panel.querySelector('[data-field="' + name + '"]'); }

  function set(name, text) {
    var element = field(name);
    if (element) element.textContent = text;
  }

  function show(status) {
    set('state', status.state);
    set('file', status.fileName || '–');
    set('stage', status.stage || '–');
    var progress = field('progress');
    if (progress) {
      progress.value = status.progress;
      progress.textContent = status.progress + '%';
    }
    set('result', status.result || '');
    set('error', status.error || '');
  }

  function poll() {
    fetch(statusUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) return;
        show(status);
        if (status.active) window.setTimeout(poll, pollMs);
      })
      .catch(function () { window.setTimeout(poll, pollMs * 5); });
  }

  if (panel.getAttribute('data-active') === 'true') poll();
})();
