// Arrow-key navigation between slides: a progressive enhancement. Without it the
// slides are read one below another. Left/Up and Right/Down (and PageUp/PageDown)
// move focus to the previous/next slide.
(function () {
  "use strict";
  var slides = Array.prototype.slice.call(document.querySelectorAll(".deck .slide"));
  if (!slides.length) return;
  function current() {
    var a = document.activeElement;
    var i = slides.indexOf(a && a.closest ? a.closest(".slide") : null);
    return i;
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    var step = 0;
    if (e.key === "ArrowRight" || e.key === "ArrowDown" || e.key === "PageDown") step = 1;
    if (e.key === "ArrowLeft" || e.key === "ArrowUp" || e.key === "PageUp") step = -1;
    if (!step) return;
    var i = current();
    var next = i < 0 ? (step > 0 ? 0 : slides.length - 1) : Math.max(0, Math.min(slides.length - 1, i + step));
    e.preventDefault();
    slides[next].focus();
    slides[next].scrollIntoView({ block: "start" });
  });
})();
