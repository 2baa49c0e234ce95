/*
 * "Læs op" (read aloud) for vilde's problem pages: a progressive enhancement.
 *
 * The template holds an empty, hidden container:
 *
 *   <div class="laes-op" data-laes-op-target="#indhold" hidden></div>
 *   <script src="…/laes-op.js" defer></script>
 *
 * If the browser has speech synthesis (window.speechSynthesis and
 * SpeechSynthesisUtterance), this script fills the container with three
 * buttons and removes `hidden`:
 *
 *   <button class="laes-op__knap laes-op__start" aria-pressed="false">Læs op</button>
 *   <button class="laes-op__knap laes-op__pause" hidden>Pause</button>   (→ "Fortsæt" while paused)
 *   <button class="laes-op__knap laes-op__stop" hidden>Stop</button>
 *
 * Without speech synthesis, or without JavaScript, the container stays hidden
 * and the page is unchanged. "Læs op" is a toggle (aria-pressed="true" while
 * reading or paused; pressing it again stops). "Pause" changes its name to
 * "Fortsæt" instead of using aria-pressed (a button changes its name or its
 * pressed state, never both). Pause and Stop are shown only while reading.
 * When reading stops, focus returns to "Læs op" if it was on a button that
 * disappears.
 *
 * What is read: the element named by data-laes-op-target, else
 * [data-laes-op], else <main>; its visible text in document order, one
 * utterance per block (heading, paragraph, list item, table cell, …) and long
 * blocks split at sentence ends, skipping scripts, buttons, media, navigation,
 * hidden elements, the Læs op control itself and anything marked
 * [data-laes-op-skip]. The voice is a Danish one (lang "da…", preferring
 * "da-DK") when the browser has one; otherwise the utterance's lang is set to
 * the page's language ("da-DK") and the browser picks. No inline script, no
 * inline style: it works under a CSP of script-src 'self'.
 */
(function () {
  'use strict';

  var synth = window.speechSynthesis;
  var Utterance = window.SpeechSynthesisUtterance;
  if (!synth || typeof Utterance !== 'function') return;

  var SKIP =
    'script, style, noscript, template, button, select, textarea, input, video, audio, iframe, ' +
    'object, svg, canvas, nav, [hidden], [aria-hidden="true"], .laes-op, .skip-link, [data-laes-op-skip]';
  var BLOCK = /^(block|flex|grid|list-item|table|table-row|table-cell|table-caption|flow-root)/;
  var MAX_CHUNK = 220;

  var TEXT = { read: 'Læs op', pause: 'Pause', resume: 'Fortsæt', stop: 'Stop' };

  /** Split a block's text at sentence ends into pieces of at most MAX_CHUNK characters. */
  function splitLong(text) {
    if (text.length <= MAX_CHUNK) return [text];
    var sentences = text.match(/[^.!?…:;]+[.!?…:;]*\s*/g) || [text];
    var out = [];
    var cur = '';
    sentences.forEach(function (s) {
      if (cur && (cur + s).length > MAX_CHUNK) {
        out.push(cur.trim());
        cur = '';
      }
      cur += s;
      while (cur.length > MAX_CHUNK) {
        // A single very long sentence: cut at the last space before the limit.
        var cut = cur.lastIndexOf(' ', MAX_CHUNK);
        if (cut <= 0) cut = MAX_CHUNK;
        out.push(cur.slice(0, cut).trim());
        cur = cur.slice(cut);
      }
    });
    if (cur.trim()) out.push(cur.trim());
    return out;
  }

  /** The text to read, as a list of utterance texts. */
  function textChunks(root) {
    var chunks = [];
    var buf = '';
    function flush() {
      var t = buf.replace(/\s+/g, ' ').trim();
      buf = '';
      if (t) chunks.push.apply(chunks, splitLong(t));
    }
    function walk(node) {
      if (node.nodeType === 3) {
        buf += node.nodeValue;
        return;
      }
      if (node.nodeType !== 1 || node.matches(SKIP)) return;
      var display = window.getComputedStyle(node).display;
      if (display === 'none') return;
      var block = BLOCK.test(display) || node.tagName === 'BR';
      if (block) flush();
      for (var c = node.firstChild; c; c = c.nextSibling) walk(c);
      if (block) flush();
    }
    walk(root);
    flush();
    return chunks;
  }

  /** A Danish voice, or null. */
  function danishVoice() {
    var voices = synth.getVoices ? synth.getVoices() || [] : [];
    var da = voices.filter(function (v) {
      return /^da([-_]|$)/i.test(v.lang || '');
    });
    var dk = da.filter(function (v) {
      return /^da[-_]dk$/i.test(v.lang);
    });
    return (
      dk.filter(function (v) {
        return v.localService;
      })[0] ||
      dk[0] ||
      da[0] ||
      null
    );
  }

  function makeButton(cls, label) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'laes-op__knap ' + cls;
    b.textContent = label;
    return b;
  }

  function setup(box) {
    var selector = box.getAttribute('data-laes-op-target');
    var target = null;
    try {
      target = selector ? document.querySelector(selector) : null;
    } catch (e) {
      target = null;
    }
    target = target || document.querySelector('[data-laes-op]') || document.querySelector('main');
    if (!target) return;

    var start = makeButton('laes-op__start', TEXT.read);
    start.setAttribute('aria-pressed', 'false');
    var pause = makeButton('laes-op__pause', TEXT.pause);
    var stop = makeButton('laes-op__stop', TEXT.stop);
    pause.hidden = true;
    stop.hidden = true;

    var state = 'idle';
    var generation = 0;

    function render() {
      var active = state !== 'idle';
      start.setAttribute('aria-pressed', active ? 'true' : 'false');
      pause.hidden = !active;
      stop.hidden = !active;
      pause.textContent = state === 'paused' ? TEXT.resume : TEXT.pause;
      box.setAttribute('data-state', state);
    }

    function toIdle() {
      var focusWasOnHidden = document.activeElement === pause || document.activeElement === stop;
      state = 'idle';
      render();
      if (focusWasOnHidden) start.focus();
    }

    function speak() {
      var chunks = textChunks(target);
      if (!chunks.length) return;
      generation += 1;
      var gen = generation;
      var voice = danishVoice();
      synth.cancel();
      chunks.forEach(function (text, i) {
        var u = new Utterance(text);
        u.lang = voice ? voice.lang : 'da-DK';
        if (voice) u.voice = voice;
        if (i === chunks.length - 1) {
          u.onend = function () {
            if (gen === generation) toIdle();
          };
        }
        u.onerror = function (e) {
          if (gen !== generation) return;
          if (e && (e.error === 'interrupted' || e.error === 'canceled')) return;
          generation += 1;
          synth.cancel();
          toIdle();
        };
        synth.speak(u);
      });
      state = 'speaking';
      render();
    }

    function stopReading() {
      generation += 1;
      synth.cancel();
      toIdle();
    }

    start.addEventListener('click', function () {
      if (state === 'idle') speak();
      else stopReading();
    });
    pause.addEventListener('click', function () {
      if (state === 'speaking') {
        synth.pause();
        state = 'paused';
      } else if (state === 'paused') {
        synth.resume();
        state = 'speaking';
      }
      render();
    });
    stop.addEventListener('click', stopReading);
    window.addEventListener('pagehide', function () {
      if (state !== 'idle') {
        generation += 1;
        synth.cancel();
      }
    });

    box.textContent = '';
    box.appendChild(start);
    box.appendChild(pause);
    box.appendChild(stop);
    render();
    box.hidden = false;
  }

  function init() {
    // Ask for the voices early: some browsers load them lazily.
    if (synth.getVoices) synth.getVoices();
    var boxes = document.querySelectorAll('.laes-op[data-laes-op-target], [data-laes-op-target].laes-op');
    for (var i = 0; i < boxes.length; i++) setup(boxes[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
