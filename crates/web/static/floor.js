// Agora: a session's live page keeps its speaking queue current. Progressive enhancement: without this script
// the page is whole (plain forms and a refresh link). Every few seconds it reads the session's small JSON
// document (the same for every viewer, served from memory); when it changes, it fetches the page again and
// swaps the queue's section in, unless the reader is typing in it.
(function () {
  var root = document.querySelector("[data-live-api]");
  if (!root || !window.fetch || !window.DOMParser) return;
  var api = root.getAttribute("data-live-api");
  var seconds = Number(root.getAttribute("data-live-seconds")) || 5;
  var last = null;
  function swap() {
    fetch(window.location.pathname, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("floor-queue");
        var current = document.getElementById("floor-queue");
        if (!fresh || !current || current.contains(document.activeElement)) return;
        current.replaceWith(fresh);
      })
      .catch(function () {});
  }
  function poll() {
    if (document.hidden) return;
    fetch(api, { credentials: "omit" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (text) {
        if (text === null) return;
        if (last !== null && text !== last) swap();
        last = text;
      })
      .catch(function () {});
  }
  poll();
  window.setInterval(poll, seconds * 1000);
})();
