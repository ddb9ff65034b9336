// The page scripts' words in the page's language: the server renders them into the layout's #ui-text JSON block.
// MovieRecText('Rated', title, 4) fills {0}, {1}, ... like the server's format strings.
(function () {
  'use strict';

  var strings = {};
  var block = document.getElementById('ui-text');
  try {
    if (block) strings = JSON.parse(block.textContent) || {};
  } catch (e) {
    strings = {};
  }

  window.MovieRecText = function (key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var template = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
    return template.replace(/\{(\d+)\}/g, function (match, index) {
      return args[index] === undefined ? match : String(args[index]);
    });
  };
})();
