// Admin page: keeps the model panel current from the live event stream (see live.js) and announces model reloads.
(function () {
  'use strict';

  var panel = document.querySelector('[data-live-model]');
  if (!panel || !window.MovieRecLive) return;
  var lang = document.documentElement.lang || undefined;

  function field(name) { return panel.querySelector('[data-field="' + name + '"]'); }

  function set(name, text) {
    var element = field(name);
    if (element) element.textContent = text;
  }

  function show(status) {
    var state = field('state');
    if (state) {
      state.textContent = status.state;
      state.className = 'state state-' + status.state;
    }
    set('stage', status.stage + ' (' + status.progress + '%)');
    set('version', status.modelVersion || '–');
    set('movies', Number(status.movies).toLocaleString(lang));
    set('loaded-at', status.loadedAt ? new Date(status.loadedAt).toLocaleString(lang) : '–');
    var error = field('last-error');
    if (error) error.textContent = status.lastError || '–';
  }

  function announce(event) {
    var notice = panel.querySelector('[data-reload-notice]');
    if (!notice) return;
    notice.textContent = window.MovieRecText('ModelReloaded', event.modelVersion, event.previousVersion);
    notice.hidden = false;
  }

  window.MovieRecLive.watch({
    eventsUrl: panel.getAttribute('data-events-url'),
    statusUrl: panel.getAttribute('data-status-url'),
    onStatus: show,
    onReload: announce,
    onTransport: function (name) { panel.setAttribute('data-transport', name); },
  });
})();
