// vilde serve: live reload and the build-error overlay. Served only by `vilde serve`
// (never part of a built site). Listens on /__vilde/events (server-sent events):
//   hello  <generation>  the site version; a different one than this page's → reload
//   reload <generation>  the site was rebuilt → reload
//   error  <text>        the last save broke the build → show the overlay
//   ok                   the build works again → remove the overlay
(function () {
  "use strict";
  var me = document.currentScript;
  var generation = me ? me.getAttribute("data-generation") : null;
  var box = null;
  var opener = null;

  function hide() {
    if (box) {
      box.remove();
      box = null;
      if (opener && document.body.contains(opener)) opener.focus();
      opener = null;
    }
  }

  function show(text) {
    hide();
    opener = document.activeElement;
    box = document.createElement("div");
    box.id = "vilde-byggefejl";
    box.setAttribute("role", "alert");
    box.setAttribute("aria-labelledby", "vilde-byggefejl-titel");
    var s = box.style;
    s.position = "fixed";
    s.left = "1rem";
    s.right = "1rem";
    s.bottom = "1rem";
    s.zIndex = "2147483647";
    s.maxHeight = "70vh";
    s.overflow = "auto";
    s.boxSizing = "border-box";
    s.background = "#ffffff";
    s.color = "#1a1a1a";
    s.border = "4px solid #b00020";
    s.borderRadius = "6px";
    s.padding = "1rem 1.25rem";
    s.font = "16px/1.5 system-ui, sans-serif";
    s.boxShadow = "0 4px 24px rgba(0, 0, 0, 0.35)";
    s.textAlign = "left";

    var h = document.createElement("h2");
    h.id = "vilde-byggefejl-titel";
    h.textContent = "Siden kunne ikke bygges";
    h.style.margin = "0 0 0.5rem";
    h.style.fontSize = "1.25rem";
    h.style.color = "#b00020";

    var p = document.createElement("p");
    p.textContent =
      "Du ser den seneste version, der virkede. Ret fejlen herunder og gem filen igen.";
    p.style.margin = "0 0 0.75rem";

    var pre = document.createElement("pre");
    pre.textContent = text;
    pre.style.whiteSpace = "pre-wrap";
    pre.style.margin = "0 0 0.75rem";
    pre.style.font = "14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
    pre.style.color = "#1a1a1a";
    pre.style.background = "#f6f6f6";
    pre.style.padding = "0.75rem";

    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Skjul beskeden";
    close.style.font = "inherit";
    close.style.padding = "0.4rem 0.9rem";
    close.style.border = "2px solid #1a1a1a";
    close.style.borderRadius = "4px";
    close.style.background = "#ffffff";
    close.style.color = "#1a1a1a";
    close.style.cursor = "pointer";
    close.addEventListener("click", hide);

    box.appendChild(h);
    box.appendChild(p);
    box.appendChild(pre);
    box.appendChild(close);
    document.body.appendChild(box);
  }

  document.addEventListener("keydown", function (e) {
    if (box && e.key === "Escape") hide();
  });

  if (!window.EventSource) return;
  var events = new EventSource("/__vilde/events");
  events.addEventListener("hello", function (e) {
    if (generation === null) generation = e.data;
    else if (e.data !== generation) location.reload();
  });
  events.addEventListener("reload", function () {
    location.reload();
  });
  events.addEventListener("error", function (e) {
    // Also fired (without data) when the connection drops; EventSource reconnects itself.
    if (typeof e.data === "string") show(e.data);
  });
  events.addEventListener("ok", hide);
})();
