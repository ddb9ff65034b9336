// Service worker: keeps the app shell (the offline page and the styles, scripts and icons it uses) so that a
// navigation without a network shows a friendly offline page instead of the browser's error. Pages and the API
// always go to the network: recommendations are live data and personal pages must never be served from a cache.
// Served as /sw.js by ServiceWorkerController, which puts the build's SHELL_VERSION in front of this file, so every
// deployment installs a fresh shell and drops the old one.
/* global SHELL_VERSION */
'use strict';

var CACHE_PREFIX = 'movierec-shell-';
var CACHE_NAME = CACHE_PREFIX + SHELL_VERSION;
var OFFLINE_URL = '/offline';
var EXTRA_SHELL = ['/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon.svg'];
// Same-origin assets the offline page references: stylesheets, scripts and images.
var SHELL_PATH = /^\/(?:css\/|js\/|icons\/|favicon|manifest\.webmanifest$)/;
var ASSET_PATTERN = /(?:href|src)="(\/(?:css|js|icons)\/[^"?#]+|\/favicon[^"?#]*)"/g;

function shellUrls(html) {
  var urls = [];
  var match;
  while ((match = ASSET_PATTERN.exec(html)) !== null) urls.push(match[1]);
  return urls;
}

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(CACHE_NAME).then(function (cache) {
      return fetch(OFFLINE_URL, { cache: 'reload', credentials: 'omit' }).then(function (response) {
        if (!response.ok) throw new Error('offline page answered ' + response.status);
        return response.clone().text().then(function (html) {
          return cache.put(OFFLINE_URL, response).then(function () {
            return cache.addAll(shellUrls(html).concat(EXTRA_SHELL));
          });
        });
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

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    // Network first; only a failed network (not an HTTP error page) falls back to the offline page.
    event.respondWith(fetch(request).catch(function () {
      return caches.open(CACHE_NAME).then(function (cache) { return cache.match(OFFLINE_URL); });
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
