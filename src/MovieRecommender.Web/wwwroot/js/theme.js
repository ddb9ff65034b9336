// Loaded synchronously in <head> so the saved (or OS) theme applies before first paint.
(function () {
  'use strict';
  var theme;
  try {
    theme = window.localStorage.getItem('theme');
  } catch (e) {
    theme = null;
  }
  if (theme !== 'dark' && theme !== 'light') {
    theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.setAttribute('data-theme', theme);
})();
