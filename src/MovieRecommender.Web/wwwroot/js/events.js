// Impression and click events for the film lists (POST /api/v1/events with navigator.sendBeacon).
// A list is an element with data-list (similar, for-you, top-rated, search) holding cards with data-movie-id and
// data-position. Nothing is sent when the page has no data-events endpoint (analytics off) or the browser asks
// not to be tracked (Global Privacy Control, Do Not Track); the server ignores such requests anyway.
(function () {
  'use strict';

  var MAX_BATCH = 100;
  var FLUSH_DELAY_MS = 5000;
  var VISIBLE_SHARE = 0.5;

  var endpoint = document.body && document.body.getAttribute('data-events');
  var optedOut = navigator.globalPrivacyControl === true || navigator.doNotTrack === '1' || window.doNotTrack === '1';
  if (!endpoint || optedOut || typeof navigator.sendBeacon !== 'function') return;

  var queue = [];
  var timer = 0;
  var seen = new Set();

  function flush() {
    window.clearTimeout(timer);
    timer = 0;
    while (queue.length > 0) {
      var batch = queue.splice(0, MAX_BATCH);
      navigator.sendBeacon(endpoint, new Blob([JSON.stringify(batch)], { type: 'application/json' }));
    }
  }

  function track(type, movieId, list, position, sourceId) {
    var id = Number(movieId);
    if (!Number.isInteger(id) || id <= 0 || !list) return;
    var event = { type: type, movieId: id, list: list };
    if (Number.isInteger(position) && position >= 0) event.position = position;
    var source = Number(sourceId);
    if (Number.isInteger(source) && source > 0) event.sourceId = source;
    queue.push(event);
    if (type === 'click' || queue.length >= MAX_BATCH) flush();
    else if (!timer) timer = window.setTimeout(flush, FLUSH_DELAY_MS);
  }

  function describe(card) {
    var list = card.closest('[data-list]');
    if (!list) return null;
    return {
      movieId: card.getAttribute('data-movie-id'),
      list: list.getAttribute('data-list'),
      position: Number(list.getAttribute('data-offset') || 0) + Number(card.getAttribute('data-position')),
      sourceId: list.getAttribute('data-source-id')
    };
  }

  // Impressions: a card counts once per page view, when at least half of it has been on screen.
  var observer = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      observer.unobserve(entry.target);
      var d = describe(entry.target);
      var key = d && d.list + ':' + d.movieId + ':' + d.position;
      if (!d || seen.has(key)) return;
      seen.add(key);
      track('impression', d.movieId, d.list, d.position, d.sourceId);
    });
  }, { threshold: VISIBLE_SHARE }) : null;

  function observeCards(root) {
    if (!observer) return;
    root.querySelectorAll('[data-list] [data-movie-id]').forEach(function (card) { observer.observe(card); });
  }

  // Clicks: opening a film from a list (title or poster link, plain click, middle click or keyboard).
  function onActivate(event) {
    var link = event.target.closest && event.target.closest('a[href]');
    var card = link && link.closest('[data-movie-id]');
    if (!card || !card.closest('[data-list]') || card.getAttribute('role') === 'option') return;
    var d = describe(card);
    if (d) track('click', d.movieId, d.list, d.position, d.sourceId);
  }

  document.addEventListener('click', onActivate, true);
  document.addEventListener('auxclick', onActivate, true);

  // Title suggestions under the search box (site.js reports them, since it renders them).
  document.addEventListener('mr:suggestions', function (event) {
    (event.detail || []).forEach(function (item, i) { track('impression', item.id, 'search', i); });
  });
  document.addEventListener('mr:suggestion-chosen', function (event) {
    var d = event.detail || {};
    track('click', d.id, 'search', d.position);
  });

  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') flush(); });
  window.addEventListener('pagehide', flush);
  observeCards(document);
})();
