// Service worker: keeps the app shell (the offline page and the styles, scripts and icons it uses) so that a
// navigation without a network shows a friendly offline page instead of the browser's error. Pages and the API
// always go to the network: recommendations are live data and personal pages must never be served from a cache.
// Served as /sw.js by ServiceWorkerController, which puts the build's SHELL_VERSION in front of this file, so every
// deployment installs a fresh shell and drops the old one. It also puts SHELL_LANGUAGES (the offered cultures) there:
// the offline page is kept in each language and shown in the one the visitor reads, since a worker cannot see the
// culture cookie.
/* global SHELL_VERSION, SHELL_LANGUAGES */
'use strict';

var CACHE_PREFIX = 'movierec-shell-';
var CACHE_NAME = CACHE_PREFIX + SHELL_VERSION;
var OFFLINE_PATH = '/offline';
// Where the language of the last page seen is kept: a worker's variables do not survive it being stopped.
var LANGUAGE_KEY = '/offline-language';
var EXTRA_SHELL = ['/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon.svg'];
// Same-origin assets the offline page references: stylesheets, scripts and images.
var SHELL_PATH = /^\/(?:css\/|js\/|icons\/|favicon|manifest\.webmanifest$)/;
var ASSET_PATTERN = /(?:href|src)="(\/(?:css|js|icons)\/[^"?#]+|\/favicon[^"?#]*)"/g;

function offlineUrl(language) {
  return OFFLINE_PATH + '?culture=' + encodeURIComponent(language);
}

// The offered language for a tag such as "es-MX" or "ES", or null.
function offered(tag) {
  if (typeof tag !== 'string' || tag === '') return null;
  var lower = tag.toLowerCase();
  var base = lower.split('-')[0];
  var found = null;
  SHELL_LANGUAGES.forEach(function (language) {
    var name = language.toLowerCase();
    if (found === null && (name === lower || name === base)) found = language;
  });
  return found;
}

// The failed URL's ?culture=, else the last page's language, else the browser's, else the default (listed first).
function offlineLanguage(cache, url) {
  return cache.match(LANGUAGE_KEY).then(function (saved) { return saved ? saved.text() : ''; }).then(function (saved) {
    var candidates = [url.searchParams.get('culture'), saved].concat(self.navigator.languages || [self.navigator.language]);
    for (var i = 0; i < candidates.length; i++) {
      var language = offered(candidates[i]);
      if (language !== null) return language;
    }
    return SHELL_LANGUAGES[0];
  });
}

function shellUrls(html) {
  var urls = [];
  var match;
  while ((match = ASSET_PATTERN.exec(html)) !== null) urls.push(match[1]);
  return urls;
}

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(CACHE_NAME).then(function (cache) {
      return Promise.all(SHELL_LANGUAGES.map(function (language) {
        var url = offlineUrl(language);
        return fetch(url, { cache: 'reload', credentials: 'omit' }).then(function (response) {
          if (!response.ok) throw new Error('offline page answered ' + response.status);
          return response.clone().text().then(function (html) {
            return cache.put(url, response).then(function () { return shellUrls(html); });
          });
        });
      })).then(function (perLanguage) {
        var urls = EXTRA_SHELL.slice();
        perLanguage.forEach(function (list) {
          list.forEach(function (url) { if (urls.indexOf(url) < 0) urls.push(url); });
        });
        return cache.addAll(urls);
      });
    }).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (key) {
        return key.indexOf(CACHE_PREFIX) === 0 && key !== CACHE_NAME;
      }).map(function (key) { return caches.delete(key); }));
    }).then(function () { return self.clients.claim(); })
  );
});

// Pages say which language they are in (site.js), so the offline page can match the last one the visitor read.
self.addEventListener('message', function (event) {
  var language = offered(event.data && event.data.language);
  if (language === null) return;
  event.waitUntil(caches.open(CACHE_NAME).then(function (cache) {
    return cache.put(LANGUAGE_KEY, new Response(language, { headers: { 'Content-Type': 'text/plain' } }));
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    // Network first; only a failed network (not an HTTP error page) falls back to the offline page.
    event.respondWith(fetch(request).catch(function () {
      return caches.open(CACHE_NAME).then(function (cache) {
        return offlineLanguage(cache, url).then(function (language) { return cache.match(offlineUrl(language)); });
      });
    }));
    return;
  }

  // Shell assets come from the cache (their URLs are fingerprinted, so a cached copy is never stale). Everything
  // else (API calls, the live event stream, posters) is left to the browser untouched.
  if (!SHELL_PATH.test(url.pathname)) return;
  event.respondWith(caches.open(CACHE_NAME).then(function (cache) {
    return cache.match(request).then(function (cached) { return cached || fetch(request); });
  }));
});
