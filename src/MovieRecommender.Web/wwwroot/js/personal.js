// Rating, like, watchlist and watched controls on film cards and the details page (signed-in users only).
// Optimistic: the control changes at once, the write goes to /api/v1/me, and a failed write puts it back and says why.
(function () {
  'use strict';

  var MARKS_CHUNK = 200;
  var RATING_DELAY_MS = 350; // arrow keys walk through the stars; save where the user stops
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var status = document.getElementById('personal-status');
  var text = window.MovieRecText;

  function announce(text) {
    if (!status) return;
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 30);
  }

  function send(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (tokenMeta) headers['X-CSRF-TOKEN'] = tokenMeta.getAttribute('content');
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 401) {
        window.location.href = '/account/login?returnUrl=' + encodeURIComponent(window.location.pathname + window.location.search);
      }
      if (!response.ok) {
        var error = new Error('HTTP ' + response.status);
        error.status = response.status;
        throw error;
      }
      return response;
    });
  }

  function failure(error, what) {
    if (error && error.status === 429) return text('TooMany', what);
    return text('NotSaved', what);
  }

  function paintStars(actions, value) {
    var fieldset = actions.querySelector('[data-stars]');
    var clear = actions.querySelector('[data-clear-rating]');
    var half = value ? Math.round(value * 2) : 0;
    fieldset.querySelectorAll('input[type="radio"]').forEach(function (input) {
      var n = Number(input.getAttribute('data-half'));
      input.checked = n === half;
      var label = fieldset.querySelector('label[for="' + input.id + '"]');
      if (label) label.classList.toggle('is-on', n <= half);
    });
    fieldset.setAttribute('data-rating', value ? String(value) : '');
    if (clear) clear.hidden = !value;
  }

  function setPressed(button, pressed) {
    if (button) button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
  }

  function apply(actions, mark) {
    paintStars(actions, mark && mark.rating);
    setPressed(actions.querySelector('[data-like]'), mark && mark.liked);
    setPressed(actions.querySelector('[data-watchlist]'), mark && mark.onWatchlist);
    var watched = document.querySelector('[data-watched][data-movie-id="' + actions.getAttribute('data-movie-id') + '"]');
    if (watched) {
      setPressed(watched, !!(mark && mark.watchedOn));
      watched.hidden = false;
    }
    actions.hidden = false;
  }

  function initRating(actions) {
    var id = actions.getAttribute('data-movie-id');
    var title = actions.getAttribute('data-title');
    var fieldset = actions.querySelector('[data-stars]');
    var saved = fieldset.getAttribute('data-rating') || '';
    var timer = 0;

    function save(value) {
      var previous = saved;
      var request = value ? send('PUT', '/api/v1/me/ratings/' + id, { rating: Number(value) }) : send('DELETE', '/api/v1/me/ratings/' + id);
      request.then(function () {
        saved = value;
        announce(value ? text('Rated', title, Number(value).toLocaleString(document.documentElement.lang)) : text('RatingCleared', title));
      }).catch(function (error) {
        paintStars(actions, previous ? Number(previous) : 0);
        announce(failure(error, text('YourRatingOf', title)));
      });
    }

    fieldset.addEventListener('change', function (event) {
      var value = event.target.value;
      paintStars(actions, Number(value));
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { save(value); }, RATING_DELAY_MS);
    });
    actions.querySelector('[data-clear-rating]').addEventListener('click', function () {
      window.clearTimeout(timer);
      paintStars(actions, 0);
      save('');
      var first = fieldset.querySelector('input');
      if (first) first.focus();
    });
  }

  function initToggle(button, path, label) {
    if (!button) return;
    var id = button.getAttribute('data-movie-id') || button.closest('[data-film-actions]').getAttribute('data-movie-id');
    var title = (button.closest('[data-film-actions]') || document.querySelector('[data-film-actions][data-movie-id="' + id + '"]')).getAttribute('data-title');
    button.addEventListener('click', function () {
      var wasOn = button.getAttribute('aria-pressed') === 'true';
      setPressed(button, !wasOn);
      var request = wasOn ? send('DELETE', path + id) : send('PUT', path + id, path.indexOf('watched') >= 0 ? {} : undefined);
      request.then(function () {
        announce(label(title, !wasOn));
      }).catch(function (error) {
        setPressed(button, wasOn);
        announce(failure(error, label(title, !wasOn).replace(/\.$/, '')));
      });
    });
  }

  function loadMarks(all) {
    var ids = [];
    all.forEach(function (actions) {
      var id = actions.getAttribute('data-movie-id');
      if (ids.indexOf(id) < 0) ids.push(id);
    });
    var chunks = [];
    for (var i = 0; i < ids.length; i += MARKS_CHUNK) chunks.push(ids.slice(i, i + MARKS_CHUNK));
    return Promise.all(chunks.map(function (chunk) {
      return send('GET', '/api/v1/me/marks?' + chunk.map(function (id) { return 'id=' + encodeURIComponent(id); }).join('&'))
        .then(function (response) { return response.json(); })
        .then(function (body) { return body.marks || []; });
    })).then(function (lists) {
      var byId = {};
      lists.forEach(function (list) { list.forEach(function (mark) { byId[String(mark.id)] = mark; }); });
      return byId;
    });
  }

  function init() {
    var all = Array.prototype.slice.call(document.querySelectorAll('[data-film-actions]'));
    if (all.length === 0) return;
    loadMarks(all).then(function (byId) {
      all.forEach(function (actions) {
        apply(actions, byId[actions.getAttribute('data-movie-id')]);
        initRating(actions);
        initToggle(actions.querySelector('[data-like]'), '/api/v1/me/likes/', function (t, on) { return on ? text('Liked', t) : text('Unliked', t); });
        initToggle(actions.querySelector('[data-watchlist]'), '/api/v1/me/watchlist/', function (t, on) { return on ? text('WatchlistAdded', t) : text('WatchlistRemoved', t); });
      });
      document.querySelectorAll('[data-watched]').forEach(function (button) {
        initToggle(button, '/api/v1/me/watched/', function (t, on) { return on ? text('WatchedOn', t) : text('WatchedOff', t); });
      });
    }).catch(function () {
      announce(text('MarksFailed'));
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
