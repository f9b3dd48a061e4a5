// Agora: the reader's own time beside the forum's, where they differ. Progressive enhancement: the page is whole
// without it. An element marked data-local carries its span (data-start, data-end: ISO 8601 instants), the forum's
// offset from UTC at its start in minutes (data-offset) and the forum's date (data-day); the page's
// data-local-label says "your time" in the page's language.
(function () {
  var root = document.querySelector("[data-local-label]");
  if (!root) return;
  var label = root.getAttribute("data-local-label");
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function clock(d) { return pad(d.getHours()) + ":" + pad(d.getMinutes()); }
  function date(d) { return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()); }
  var marked = document.querySelectorAll("[data-local]");
  for (var i = 0; i < marked.length; i++) {
    var el = marked[i];
    var start = new Date(el.getAttribute("data-start"));
    var end = new Date(el.getAttribute("data-end"));
    if (isNaN(start.getTime()) || isNaN(end.getTime())) continue;
    if (-start.getTimezoneOffset() === Number(el.getAttribute("data-offset"))) continue;
    var text = clock(start) + "–" + clock(end);
    if (date(start) !== el.getAttribute("data-day")) text = date(start) + " " + text;
    var span = document.createElement("span");
    span.className = "local-time";
    span.setAttribute("dir", "ltr");
    span.textContent = " (" + text + " " + label + ")";
    el.appendChild(span);
  }
})();
