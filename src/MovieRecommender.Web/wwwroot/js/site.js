// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  var SEARCH_DELAY_MS = 200;
  var MIN_QUERY_LENGTH = 2;
  var SUGGESTION_LIMIT = 8;

  function initThemeToggle() {
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    var root = document.documentElement;
    var sync = function () {
      var dark = root.getAttribute('data-theme') === 'dark';
      button.setAttribute('aria-pressed', dark ? 'true' : 'false');
    };
    sync();
    button.addEventListener('click', function () {
      var next = root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { window.localStorage.setItem('theme', next); } catch (e) { /* private mode: not remembered */ }
      sync();
    });
  }

  // Keep shared URLs short: empty filter fields (and the default variety of 0) are not submitted.
  function initStripEmpty() {
    document.querySelectorAll('form[data-strip-empty]').forEach(function (form) {
      form.addEventListener('submit', function () {
        form.querySelectorAll('input[name]').forEach(function (input) {
          var emptyText = (input.type === 'text' || input.type === 'number' || input.type === 'search') && input.value.trim() === '';
          var defaultRange = input.type === 'range' && Number(input.value) === 0;
          if (emptyText || defaultRange) input.disabled = true;
        });
      });
    });
    // Back/forward cache restores disabled fields: re-enable them.
    window.addEventListener('pageshow', function () {
      document.querySelectorAll('form[data-strip-empty] input:disabled').forEach(function (input) { input.disabled = false; });
    });
  }

  function initDiversity() {
    var slider = document.getElementById('diversity');
    var output = document.getElementById('diversity-value');
    if (!slider || !output) return;
    slider.addEventListener('input', function () { output.textContent = slider.value; });
  }

  // ARIA 1.2 combobox with a listbox popup fed by /api/search.
  function initCombobox(input) {
    var listbox = document.getElementById(input.getAttribute('aria-controls'));
    var form = input.form;
    if (!listbox || !form) return;
    var timer = 0;
    var controller = null;
    var items = [];
    var active = -1;

    function close() {
      listbox.hidden = true;
      listbox.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      items = [];
      active = -1;
    }

    function label(item) {
      return item.year ? item.title + ' (' + item.year + ')' : item.title;
    }

    function highlight(index) {
      var options = listbox.querySelectorAll('[role="option"]');
      options.forEach(function (option, i) { option.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(index) {
      var item = items[index];
      if (!item) return;
      // js/events.js turns these into impression/click events for the "search" list.
      document.dispatchEvent(new CustomEvent('mr:suggestion-chosen', { detail: { id: item.id, position: index } }));
      input.value = label(item);
      close();
      if (typeof form.requestSubmit === 'function') form.requestSubmit(); else form.submit();
    }

    function render(results) {
      listbox.textContent = '';
      items = results;
      active = -1;
      if (results.length === 0) { close(); return; }
      results.forEach(function (item, i) {
        var option = document.createElement('li');
        option.id = listbox.id + '-option-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        var title = document.createElement('span');
        title.textContent = item.title; // textContent: never interpret titles as HTML
        option.appendChild(title);
        if (item.year) {
          var year = document.createElement('span');
          year.className = 'year';
          year.textContent = String(item.year);
          option.appendChild(year);
        }
        option.addEventListener('mousedown', function (event) { event.preventDefault(); });
        option.addEventListener('click', function () { choose(i); });
        listbox.appendChild(option);
      });
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      document.dispatchEvent(new CustomEvent('mr:suggestions', { detail: results }));
    }

    function search(query) {
      if (controller) controller.abort();
      controller = new AbortController();
      var url = '/api/search?q=' + encodeURIComponent(query) + '&limit=' + SUGGESTION_LIMIT;
      fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (body) {
          if (input.value.trim() === query) render(body.results || []);
        })
        .catch(function () { /* aborted or offline: keep typing working */ });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      var query = input.value.trim();
      if (query.length < MIN_QUERY_LENGTH) { close(); return; }
      timer = window.setTimeout(function () { search(query); }, SEARCH_DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      var open = !listbox.hidden && items.length > 0;
      if (event.key === 'ArrowDown' && open) {
        event.preventDefault();
        highlight(active + 1 >= items.length ? 0 : active + 1);
      } else if (event.key === 'ArrowUp' && open) {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener('blur', function () { window.setTimeout(close, 120); });
  }

  // A poster that fails to load (offline, removed upstream) is hidden to reveal the generated placeholder under it.
  function initPosters() {
    document.querySelectorAll('img[data-poster]').forEach(function (img) {
      var hide = function () { img.hidden = true; };
      if (img.complete && img.naturalWidth === 0) hide(); else img.addEventListener('error', hide);
    });
  }

  // Installable app: the service worker keeps the shell and shows the offline page when the network is gone.
  function initServiceWorker() {
    if (!('serviceWorker' in navigator)) return;
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js').then(function () {
        return navigator.serviceWorker.ready;
      }).then(function (registration) {
        // The worker cannot see the culture cookie: tell it this page's language for its offline page.
        if (registration.active) registration.active.postMessage({ language: document.documentElement.lang });
      }).catch(function () { /* not installable here: the site still works */ });
    });
  }

  // Share buttons: the device's share sheet (Web Share API) where there is one, otherwise copy the permalink.
  function initShare() {
    document.querySelectorAll('[data-share]').forEach(function (container) {
      var button = container.querySelector('[data-share-button]');
      var status = container.querySelector('[data-share-status]');
      var url = container.getAttribute('data-share-url');
      var title = container.getAttribute('data-share-title');
      if (!button || !url) return;
      button.hidden = false;

      function say(text) {
        status.textContent = text;
        window.setTimeout(function () { status.textContent = ''; }, 4000);
      }

      function copy() {
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(url).then(function () { say(window.MovieRecText('LinkCopied')); }, function () { fallback(); });
        } else {
          fallback();
        }
      }

      // No clipboard access: show the link selected, ready to copy by hand.
      function fallback() {
        var field = container.querySelector('input[data-share-field]');
        if (!field) {
          field = document.createElement('input');
          field.type = 'text';
          field.readOnly = true;
          field.className = 'share-field';
          field.setAttribute('data-share-field', '');
          field.setAttribute('aria-label', window.MovieRecText('LinkField'));
          field.value = url;
          container.appendChild(field);
        }
        field.focus();
        field.select();
        say(window.MovieRecText('CopySelected'));
      }

      button.addEventListener('click', function () {
        var data = { title: title || document.title, url: url };
        if (navigator.share && (!navigator.canShare || navigator.canShare(data))) {
          navigator.share(data).catch(function (error) {
            if (!error || error.name !== 'AbortError') copy();
          });
        } else {
          copy();
        }
      });
    });
  }

  // The offline page's "Try again" button.
  function initReloadButtons() {
    document.querySelectorAll('[data-reload]').forEach(function (button) {
      button.addEventListener('click', function () { window.location.reload(); });
    });
  }

  function init() {
    initReloadButtons();
    initShare();
    initThemeToggle();
    initPosters();
    initStripEmpty();
    initDiversity();
    document.querySelectorAll('[data-combobox] input[role="combobox"]').forEach(initCombobox);
  }

  initServiceWorker();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
