// Keyboard paging through the slides: a progressive enhancement. Without it the
// slides are read one below another. Right/Down/PageDown go forward, Left/Up/PageUp
// back. Paging never skips content: while part of the current slide is still out of
// view in that direction (a tall slide on a phone or at 200 % zoom), the key scrolls
// the page by most of a screen instead; only then does focus move to the next slide.
(function () {
  "use strict";
  var slides = Array.prototype.slice.call(document.querySelectorAll(".deck .slide"));
  if (!slides.length) return;
  var FORWARD = { ArrowRight: 1, ArrowDown: 1, PageDown: 1 };
  var BACK = { ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };
  function current() {
    var a = document.activeElement;
    return slides.indexOf(a && a.closest ? a.closest(".slide") : null);
  }
  // How far the slide reaches past the screen in the direction of `step`, in px.
  function hidden(slide, step) {
    var r = slide.getBoundingClientRect();
    return step > 0 ? r.bottom - window.innerHeight : -r.top;
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) return;
    var step = FORWARD[e.key] || BACK[e.key] || 0;
    if (!step) return;
    var i = current();
    if (i < 0) {
      if (step < 0) return;
      e.preventDefault();
      slides[0].focus({ preventScroll: true });
      slides[0].scrollIntoView({ block: "start" });
      return;
    }
    e.preventDefault();
    var rest = hidden(slides[i], step);
    if (rest > 1) {
      window.scrollBy(0, step * Math.min(rest, Math.round(window.innerHeight * 0.85)));
      return;
    }
    var next = i + step;
    if (next < 0 || next >= slides.length) return;
    slides[next].focus({ preventScroll: true });
    if (step > 0 || slides[next].getBoundingClientRect().height <= window.innerHeight) {
      slides[next].scrollIntoView({ block: "start" });
    } else {
      // Going back to a slide taller than the screen: show its end first.
      slides[next].scrollIntoView({ block: "end" });
    }
  });
})();
