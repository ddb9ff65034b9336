// Analytics page: this server's event counts, live from the admin event stream (see live.js), polling the counts
// while the stream is not connected.
(function () {
  'use strict';

  var panel = document.querySelector('[data-live-events]');
  if (!panel || !window.MovieRecLive) return;
  var lang = document.documentElement.lang || undefined;

  function show(counts) {
    ['impressions', 'clicks', 'served', 'searches', 'dropped', 'queued'].forEach(function (name) {
      var element = panel.querySelector('[data-field="' + name + '"]');
      if (element) element.textContent = Number(counts[name]).toLocaleString(lang);
    });
  }

  window.MovieRecLive.watch({
    eventsUrl: panel.getAttribute('data-events-url'),
    statusUrl: panel.getAttribute('data-status-url'),
    eventName: 'counts',
    onStatus: show,
    onTransport: function (name) { panel.setAttribute('data-transport', name); },
  });
})();
