// Polls the model status while the loading screen is shown, then reloads the page the user asked for.
(function () {
  'use strict';

  var POLL_MS = 1000;
  var section = document.querySelector('[data-loading]');
  if (!section) return;
  var url = section.getAttribute('data-status-url');
  var bar = document.getElementById('loading-progress');
  var stage = section.querySelector('[data-stage]');
  var percent = section.querySelector('[data-percent]');
  var error = section.querySelector('[data-error]');
  var errorText = section.querySelector('[data-error-text]');

  function done() {
    // On /loading itself go home; elsewhere the current URL now renders the real page.
    if (window.location.pathname === '/loading') window.location.assign('/'); else window.location.reload();
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) return;
        if (status.ready) { done(); return; }
        bar.value = status.progress;
        bar.textContent = status.progress + '%';
        stage.textContent = status.stage;
        percent.textContent = String(status.progress);
        if (status.lastError) {
          errorText.textContent = status.lastError;
          error.hidden = false;
        } else {
          error.hidden = true;
        }
      })
      .catch(function () { /* server restarting: try again */ })
      .finally(function () { window.setTimeout(poll, POLL_MS); });
  }

  window.setTimeout(poll, POLL_MS);
})();
