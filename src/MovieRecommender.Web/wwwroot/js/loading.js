// Shows the loading progress live (see live.js), then reloads the page the user asked for once the model is ready.
(function () {
  'use strict';

  var section = document.querySelector('[data-loading]');
  if (!section || !window.MovieRecLive) return;
  var bar = document.getElementById('loading-progress');
  var stage = section.querySelector('[data-stage]');
  var percent = section.querySelector('[data-percent]');
  var error = section.querySelector('[data-error]');
  var errorText = section.querySelector('[data-error-text]');
  var live = null;

  function done() {
    if (live) live.stop();
    // On /loading itself go home; elsewhere the current URL now renders the real page.
    if (window.location.pathname === '/loading') window.location.assign('/'); else window.location.reload();
  }

  function show(status) {
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
  }

  live = window.MovieRecLive.watch({
    eventsUrl: section.getAttribute('data-events-url'),
    statusUrl: section.getAttribute('data-status-url'),
    onStatus: show,
    onTransport: function (name) { section.setAttribute('data-transport', name); },
  });
})();
