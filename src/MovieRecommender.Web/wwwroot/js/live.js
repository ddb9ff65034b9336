// Live model status for the loading screen and the admin page: server-sent events from /api/v1/model/events,
// with polling of /api/v1/model/status while the stream is not connected (refused, dropped, or unsupported).
// Usage: MovieRecLive.watch({ eventsUrl, statusUrl, onStatus(status), onReload(event), onTransport(name), eventName }):
// eventName is the stream's event carrying what statusUrl returns ('status' by default; the admin counts use 'counts').
(function () {
  'use strict';

  var POLL_MS = 1000;
  var STREAM_RETRY_MS = 10000;

  function watch(options) {
    var source = null;
    var pollTimer = 0;
    var retryTimer = 0;
    var stopped = false;

    function transport(name) { if (options.onTransport) options.onTransport(name); }

    function poll() {
      pollTimer = 0;
      fetch(options.statusUrl, { headers: { Accept: 'application/json' }, cache: 'no-store' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (status) { if (status && !stopped) options.onStatus(status); })
        .catch(function () { /* server restarting: try again */ })
        .finally(function () { if (!stopped && !isStreaming()) pollTimer = window.setTimeout(poll, POLL_MS); });
    }

    function isStreaming() { return source !== null && source.readyState === 1; }

    function startPolling() {
      if (!pollTimer && !stopped) pollTimer = window.setTimeout(poll, POLL_MS);
    }

    function stopPolling() {
      window.clearTimeout(pollTimer);
      pollTimer = 0;
    }

    function openStream() {
      retryTimer = 0;
      if (stopped) return;
      if (!('EventSource' in window)) { transport('polling'); startPolling(); return; }
      var stream = new EventSource(options.eventsUrl);
      source = stream;
      stream.addEventListener('open', function () { stopPolling(); transport('stream'); });
      stream.addEventListener(options.eventName || 'status', function (event) { if (!stopped) options.onStatus(JSON.parse(event.data)); });
      stream.addEventListener('reload', function (event) { if (!stopped && options.onReload) options.onReload(JSON.parse(event.data)); });
      stream.addEventListener('error', function () {
        transport('polling');
        startPolling();
        if (stream.readyState === 2) {
          // Refused (e.g. 503 when the server is at its connection limit): poll, and try the stream again later.
          source = null;
          if (!retryTimer && !stopped) retryTimer = window.setTimeout(openStream, STREAM_RETRY_MS);
        }
        // Otherwise the browser reconnects by itself; polling covers the gap until 'open'.
      });
    }

    openStream();
    return {
      stop: function () {
        stopped = true;
        stopPolling();
        window.clearTimeout(retryTimer);
        if (source) source.close();
      },
    };
  }

  window.MovieRecLive = { watch: watch };
})();
