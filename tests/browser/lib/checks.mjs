// The checks the suite runs on every page. Each check is an async function
// `(env, rel) -> Finding[]` where env = { browser, site, siteDir, siteTitle } and
// rel is the page's path in the output (e.g. "index.html", "slug/index.html").
// A Finding is { page, check, rule, impact?, target?, message }. The suite
// asserts there are none; the negative control asserts the exact list.
//
// Rules the suite decides (documented in README.md):
// - Title: `<title>` contains the site title and, except on the front page
//   (index.html at the output root), the text of the page's h1; compared
//   case-insensitively with whitespace collapsed. The site title is taken from
//   `<meta property="og:site_name">`, else `<meta name="application-name">`,
//   else the VILDE_SITE_TITLE environment variable, else the h1 of the
//   output's front page (a site's front page is headed by the site's name).
// - Headings: the headings exposed to assistive technology (h1-h6 and
//   role=heading, not hidden) must start at the h1 and never go more than one
//   level deeper than the heading before them.
// - Focus visible: a focused link/control's computed outline or box-shadow must
//   differ from its unfocused one and be visible (outline style not none and
//   width > 0, or a box-shadow). Native media controls and iframes draw their own
//   focus rings inside, so they are only checked for reachability.
// - Zoom (WCAG 1.4.4): 200 % browser zoom of a 1280×800 window is emulated
//   exactly as Chromium does it: a 640×400 CSS px viewport with
//   deviceScaleFactor 2. Body text must then be twice as large in device pixels
//   (catches vw-based font sizes that defeat zoom), the page must not scroll
//   sideways and no text may be clipped by an overflow:hidden box.
// - Reflow (WCAG 1.4.10): at 320 CSS px wide (= 1280 px at 400 %), no sideways
//   scrolling of the page and no clipped text. Wide tables in their own
//   scrolling container are allowed (the criterion's 2-D exception).
// - Reduced motion: with prefers-reduced-motion: reduce emulated and after
//   hovering, focusing and scrolling, no animation is running and no element
//   (or ::before/::after) has a transition or animation longer than 1 ms (the
//   usual reduced-motion reset uses 0.01 ms, which is not perceptible), no
//   smooth scrolling, no autoplaying video.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const VNU_JAR = path.join(HERE, '..', 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

/** A URL under the site's base as a path relative to it (stable across ports). */
function siteRelative(env, url) {
  const base = env.site.baseUrl;
  return url && url.startsWith(base) ? url.slice(base.length) || '/' : url;
}

function finding(rel, check, rule, fields) {
  return { page: rel, check, rule, ...fields };
}

/** Open a page in a fresh context; collects console/CSP/network problems. */
export async function openPage(env, rel, contextOptions = {}, { initScripts = [] } = {}) {
  const context = await env.browser.newContext({ viewport: DESKTOP, ...contextOptions });
  await env.site.setupContext(context);
  const events = { console: [], pageErrors: [], badResponses: [], failedRequests: [] };
  await context.addInitScript(() => {
    window.__vildeCsp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__vildeCsp.push({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}` : '',
        sample: e.sample,
      });
    });
  });
  for (const s of initScripts) await context.addInitScript(s);
  const page = await context.newPage();
  page.on('console', (m) => events.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => events.pageErrors.push(String(e?.message ?? e)));
  page.on('response', (r) => {
    if (r.status() >= 400) events.badResponses.push({ url: r.url(), status: r.status() });
  });
  page.on('requestfailed', (r) =>
    events.failedRequests.push({ url: r.url(), error: r.failure()?.errorText ?? '' }),
  );
  const response = await page.goto(env.site.pageUrl(rel), { waitUntil: 'load' });
  return { context, page, events, response };
}

// ---------------------------------------------------------------- axe

/**
 * One visit at 1280×800 shared by the axe, structure, CSP/resources and zoom
 * checks (memoised per page in env.cache): load, wait for the network to
 * settle, read the structure and text sizes, run axe, then exercise the page's
 * scripts (Tab a few times; press Læs op and Stop if present) and collect CSP
 * violations, console messages, script errors and failed requests.
 */
export function desktopVisit(env, rel) {
  env.cache ??= new Map();
  if (!env.cache.has(rel)) {
    const visit = (async () => {
      const { context, page, events, response } = await openPage(env, rel);
      try {
        await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
        const structure = await page.evaluate(pageStructure);
        const sizes = await page.evaluate(textSizes);
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
        const start = page.locator('.laes-op button.laes-op__start');
        if (await start.isVisible().catch(() => false)) {
          await start.click();
          await page.waitForTimeout(100);
          const stop = page.locator('.laes-op button.laes-op__stop');
          if (await stop.isVisible().catch(() => false)) await stop.click();
        }
        const csp = await page.evaluate(() => window.__vildeCsp ?? []);
        return {
          structure,
          sizes,
          axe: {
            violations: axe.violations,
            incomplete: axe.incomplete.map((r) => ({ id: r.id, count: r.nodes.length })),
            passes: axe.passes.length,
          },
          csp,
          events,
          status: response?.status() ?? null,
        };
      } finally {
        await context.close();
      }
    })();
    env.cache.set(rel, visit);
  }
  return env.cache.get(rel);
}

export async function checkAxe(env, rel) {
  const { axe: results } = await desktopVisit(env, rel);
  const out = [];
  for (const v of results.violations) {
    for (const node of v.nodes) {
      out.push(
        finding(rel, 'axe', v.id, {
          impact: node.impact ?? v.impact ?? '',
          target: node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
          message: `${v.help}. ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`,
          help: v.helpUrl,
        }),
      );
    }
  }
  const review = results.incomplete.map((r) => `${r.id} (${r.count})`);
  out.notes = [
    `${results.passes} axe rules passed` +
      (review.length ? `; axe could not decide, review by hand: ${review.join(', ')}` : ''),
  ];
  return out;
}

// ---------------------------------------------------------------- vnu

/**
 * Run the Nu HTML checker once over all files. Returns Map(absPath -> messages[]).
 * Throws if java or the jar cannot run at all.
 */
export function runVnu(files) {
  const byFile = new Map(files.map((f) => [path.resolve(f), []]));
  if (files.length === 0) return byFile;
  const r = spawnSync(
    'java',
    ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--stdout', ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.error) throw new Error(`could not run java for the Nu HTML checker: ${r.error.message}`);
  let parsed;
  try {
    parsed = JSON.parse(r.stdout);
  } catch {
    throw new Error(`the Nu HTML checker printed no JSON (exit ${r.status}): ${r.stderr || r.stdout}`);
  }
  for (const m of parsed.messages ?? []) {
    let file = m.url ?? '';
    try {
      file = fileURLToPath(file);
    } catch {
      /* keep as is */
    }
    const key = path.resolve(file);
    if (!byFile.has(key)) byFile.set(key, []);
    byFile.get(key).push(m);
  }
  return byFile;
}

export function vnuFindings(rel, messages) {
  return messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) =>
      finding(rel, 'vnu', m.type === 'error' ? 'html-error' : 'vnu-io-error', {
        target: m.lastLine ? `line ${m.lastLine}, column ${m.firstColumn ?? m.lastColumn}` : '',
        message: m.message + (m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''),
      }),
    );
}

// ---------------------------------------------------------------- structure

/** Runs in the page: headings, title, lang, h1, footer statement link, site title. */
function pageStructure() {
  const hidden = (el) => {
    for (let e = el; e; e = e.parentElement) {
      if (e.hidden || e.getAttribute('aria-hidden') === 'true') return true;
      const cs = getComputedStyle(e);
      if (cs.display === 'none') return true;
    }
    return getComputedStyle(el).visibility === 'hidden';
  };
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    else if (el.classList.length) s += '.' + [...el.classList].join('.');
    return s;
  };
  const headings = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')]
    .filter((el) => !hidden(el))
    .map((el) => {
      const aria = el.getAttribute('aria-level');
      const level =
        el.getAttribute('role') === 'heading'
          ? Number(aria || 2)
          : aria
            ? Number(aria)
            : Number(el.tagName.slice(1));
      return { level, text: norm(el.textContent), target: describe(el), tag: el.tagName.toLowerCase() };
    });
  const meta = (sel) => document.querySelector(sel)?.getAttribute('content') ?? null;
  const footerLinks = [...document.querySelectorAll('footer a[href]')].map((a) => ({
    text: norm(a.textContent),
    href: a.getAttribute('href'),
  }));
  return {
    headings,
    title: norm(document.title),
    lang: document.documentElement.getAttribute('lang'),
    siteName: meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    footerLinks,
  };
}

/** The text of the front page's h1 (the last fallback for the site title). */
export function frontPageH1(siteDir) {
  const file = path.join(siteDir, 'index.html');
  if (!fs.existsSync(file)) return null;
  const m = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(fs.readFileSync(file, 'utf8'));
  if (!m) return null;
  const text = m[1]
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

export async function checkStructure(env, rel) {
  {
    const s = (await desktopVisit(env, rel)).structure;
    const out = [];
    const h1s = s.headings.filter((h) => h.level === 1);
    if (h1s.length !== 1) {
      out.push(
        finding(rel, 'structure', 'one-h1', {
          target: h1s.map((h) => h.target).join(', ') || 'h1',
          message: `the page must have exactly one h1; found ${h1s.length}${h1s.length ? ': ' + h1s.map((h) => `"${h.text}"`).join(', ') : ''}`,
        }),
      );
    }
    let prev = 0;
    for (const h of s.headings) {
      if (h.level > prev + 1) {
        out.push(
          finding(rel, 'structure', 'heading-skip', {
            target: h.target,
            message:
              prev === 0
                ? `the first heading is ${h.tag} "${h.text}" (level ${h.level}); the page's headings must start with its h1`
                : `heading ${h.tag} "${h.text}" (level ${h.level}) follows a level-${prev} heading; skip no levels (use h${prev + 1})`,
          }),
        );
      }
      prev = h.level;
    }
    if (s.lang !== 'da') {
      out.push(
        finding(rel, 'structure', 'html-lang-da', {
          target: 'html',
          message: `<html lang> must be "da"; found ${s.lang === null ? 'no lang attribute' : `"${s.lang}"`}`,
        }),
      );
    }
    const siteTitle = s.siteName ?? env.siteTitle ?? frontPageH1(env.siteDir);
    const title = s.title.toLowerCase();
    if (!s.title) {
      out.push(finding(rel, 'structure', 'title', { target: 'title', message: 'the page has no <title>' }));
    } else {
      if (!siteTitle) {
        out.push(
          finding(rel, 'structure', 'title', {
            target: 'head',
            message:
              'cannot tell the site title: add <meta property="og:site_name" content="…">, set VILDE_SITE_TITLE, or give the front page an h1',
          }),
        );
      } else if (!title.includes(siteTitle.replace(/\s+/g, ' ').trim().toLowerCase())) {
        out.push(
          finding(rel, 'structure', 'title', {
            target: 'title',
            message: `<title> "${s.title}" does not name the site "${siteTitle}"`,
          }),
        );
      }
      if (rel !== 'index.html' && h1s.length === 1 && !title.includes(h1s[0].text.toLowerCase())) {
        out.push(
          finding(rel, 'structure', 'title', {
            target: 'title',
            message: `<title> "${s.title}" does not name the page: it should contain the h1 "${h1s[0].text}"`,
          }),
        );
      }
    }
    const statement = s.footerLinks.find((l) => /tilgængelighedserklæring/i.test(l.text));
    if (!statement || !statement.href) {
      out.push(
        finding(rel, 'structure', 'accessibility-statement-link', {
          target: 'footer',
          message: 'the footer must link to the site\'s "Tilgængelighedserklæring" (Danish law)',
        }),
      );
    }
    return out;
  }
}

// ---------------------------------------------------------------- keyboard

/** In the page: record focusable candidates and their unfocused styles. */
function collectFocusables() {
  const sel =
    'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, ' +
    'video[controls], audio[controls], [contenteditable=""], [contenteditable=true], [tabindex]';
  const visible = (el) => {
    if (el.closest('[inert]')) return false;
    if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
    return true;
  };
  const styleOf = (el) => {
    const cs = getComputedStyle(el);
    return {
      outlineStyle: cs.outlineStyle,
      outlineWidth: cs.outlineWidth,
      outlineColor: cs.outlineColor,
      outlineOffset: cs.outlineOffset,
      boxShadow: cs.boxShadow,
    };
  };
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    else if (el.classList.length) s += '.' + [...el.classList].slice(0, 3).join('.');
    const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 50);
    if (el.getAttribute('href')) s += `[href="${el.getAttribute('href')}"]`;
    return text ? `${s} "${text}"` : s;
  };
  const list = [...document.querySelectorAll(sel)].filter((el) => {
    if (el.matches(':disabled')) return false;
    if (el.getAttribute('tabindex') !== null && Number(el.getAttribute('tabindex')) < 0) return false;
    if (el.tagName === 'SUMMARY' && el.parentElement?.firstElementChild !== el) return false;
    return visible(el);
  });
  window.__vildeFocusables = list;
  return list.map((el) => ({
    target: describe(el),
    native: /^(VIDEO|AUDIO|IFRAME)$/.test(el.tagName),
    before: styleOf(el),
  }));
}

/** In the page: which candidate is focused now, and its styles. */
function focusedNow() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { index: -2 };
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return {
    index: (window.__vildeFocusables ?? []).indexOf(el),
    tag: el.tagName.toLowerCase(),
    text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
    href: el.getAttribute('href'),
    id: el.id,
    classes: [...el.classList],
    style: {
      outlineStyle: cs.outlineStyle,
      outlineWidth: cs.outlineWidth,
      outlineColor: cs.outlineColor,
      outlineOffset: cs.outlineOffset,
      boxShadow: cs.boxShadow,
    },
    rect: { x: r.x, y: r.y, w: r.width, h: r.height },
    clip: cs.clip,
    clipPath: cs.clipPath,
    opacity: cs.opacity,
    vw: innerWidth,
    vh: innerHeight,
  };
}

function focusIndicatorVisible(before, after) {
  const outlineOn = after.outlineStyle !== 'none' && parseFloat(after.outlineWidth) > 0;
  const outlineChanged =
    outlineOn &&
    (before.outlineStyle !== after.outlineStyle ||
      before.outlineWidth !== after.outlineWidth ||
      before.outlineColor !== after.outlineColor ||
      before.outlineOffset !== after.outlineOffset);
  const shadowOn = after.boxShadow !== 'none';
  const shadowChanged = shadowOn && before.boxShadow !== after.boxShadow;
  return outlineChanged || shadowChanged;
}

export async function checkKeyboard(env, rel) {
  const { context, page } = await openPage(env, rel);
  const out = [];
  try {
    // 1. First Tab: the skip link, visible when focused.
    await page.keyboard.press('Tab');
    const first = await page.evaluate(focusedNow);
    const isSkip =
      first.index !== -2 &&
      first.tag === 'a' &&
      /^gå til hovedindhold$/i.test(first.text ?? '') &&
      (first.href ?? '').startsWith('#');
    if (!isSkip) {
      out.push(
        finding(rel, 'keyboard', 'skip-link-first', {
          target: first.index === -2 ? 'body' : `${first.tag} "${first.text}"`,
          message:
            'the first Tab from the top of the page must focus the skip link <a href="#…">Gå til hovedindhold</a>',
        }),
      );
    } else {
      const r = first.rect;
      const onScreen =
        r.w >= 2 && r.h >= 2 && r.x + r.w > 0 && r.y + r.h > 0 && r.x < first.vw && r.y < first.vh;
      const unclipped =
        (first.clip === 'auto' || first.clip === '') &&
        first.clipPath === 'none' &&
        Number(first.opacity) > 0;
      if (!onScreen || !unclipped) {
        out.push(
          finding(rel, 'keyboard', 'skip-link-visible', {
            target: 'a.skip-link',
            message: `the skip link must be visible on screen when focused (box ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.w)}×${Math.round(r.h)}, clip ${first.clip}, clip-path ${first.clipPath}, opacity ${first.opacity})`,
          }),
        );
      }
      // 2. Enter moves focus to main.
      await page.keyboard.press('Enter');
      await page.waitForTimeout(50);
      const main = await page.evaluate((href) => {
        const a = document.activeElement;
        const m = document.querySelector('main');
        return {
          activeIsMain: !!m && a === m,
          active: a ? a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') : 'none',
          mainId: m?.id ?? null,
          mainTabindex: m?.getAttribute('tabindex') ?? null,
          targetExists: !!document.getElementById(decodeURIComponent(href.slice(1))),
        };
      }, first.href);
      if (main.mainId === null || main.mainTabindex !== '-1') {
        out.push(
          finding(rel, 'keyboard', 'main-target', {
            target: 'main',
            message: `<main> needs an id and tabindex="-1" (found id ${main.mainId === null ? 'none' : `"${main.mainId}"`}, tabindex ${main.mainTabindex ?? 'none'})`,
          }),
        );
      }
      if (!main.activeIsMain) {
        out.push(
          finding(rel, 'keyboard', 'skip-link-target', {
            target: `a[href="${first.href}"]`,
            message: `Enter on the skip link must move focus to <main>; focus is on ${main.active}${main.targetExists ? '' : ` and ${first.href} does not exist`}`,
          }),
        );
      }
    }
    // 3. Tab through the whole page from the top.
    await page.evaluate(() => {
      document.activeElement?.blur?.();
      window.scrollTo(0, 0);
    });
    await page.goto(env.site.pageUrl(rel), { waitUntil: 'load' });
    const fresh = await page.evaluate(collectFocusables);
    const reached = new Set();
    const focusProblems = new Map();
    const limit = fresh.length * 2 + 40;
    let started = false;
    let firstIndex = null;
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(focusedNow);
      if (f.index === -2) {
        if (started) break;
        continue;
      }
      if (f.index >= 0) {
        if (started && f.index === firstIndex && reached.size > 1) break;
        if (!started) firstIndex = f.index;
        started = true;
        reached.add(f.index);
        const c = fresh[f.index];
        if (!c.native && !focusIndicatorVisible(c.before, f.style)) {
          focusProblems.set(f.index, f.style);
        }
      } else {
        started = true;
      }
    }
    fresh.forEach((c, i) => {
      if (!reached.has(i)) {
        out.push(
          finding(rel, 'keyboard', 'tab-unreachable', {
            target: c.target,
            message: 'this link or control cannot be reached with the Tab key',
          }),
        );
      }
    });
    for (const [i, st] of focusProblems) {
      out.push(
        finding(rel, 'keyboard', 'focus-not-visible', {
          target: fresh[i].target,
          message: `no visible focus indicator: outline ${st.outlineStyle} ${st.outlineWidth} ${st.outlineColor}, box-shadow ${st.boxShadow} (unfocused: outline ${fresh[i].before.outlineStyle} ${fresh[i].before.outlineWidth}, box-shadow ${fresh[i].before.boxShadow})`,
        }),
      );
    }
    out.notes = [`${reached.size} of ${fresh.length} links and controls reached with Tab`];
    return out;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- layout: phone, zoom, reflow

/** In the page: sideways scroll, widest offenders, clipped text. */
function layoutProbe(width) {
  const se = document.scrollingElement;
  // With mobile emulation Chromium zooms out to fit wide content, which makes
  // innerWidth grow with it; the width we asked for is the viewport that counts.
  const vw = Math.min(width, window.innerWidth, document.documentElement.clientWidth);
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    else if (el.classList.length) s += '.' + [...el.classList].slice(0, 3).join('.');
    const p = el.parentElement;
    if (p && p !== document.body) {
      let ps = p.tagName.toLowerCase();
      if (p.id) ps += '#' + p.id;
      else if (p.classList.length) ps += '.' + [...p.classList].slice(0, 2).join('.');
      s = `${ps} > ${s}`;
    }
    return s;
  };
  const inScroller = (el) => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const ox = getComputedStyle(e).overflowX;
      if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') return true;
    }
    return false;
  };
  const offenders = [];
  const clipped = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const cs = getComputedStyle(el);
    // Content that overflows its own box (a long word in a big heading) is not
    // in the box's rect, so also take the left edge plus the scroll width.
    const contentRight =
      cs.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1 ? r.left + el.scrollWidth : r.right;
    if (!inScroller(el)) {
      if (r.right > vw + 1) offenders.push({ el, box: true, target: describe(el), right: Math.round(r.right) });
      else if (contentRight > vw + 1) offenders.push({ el, box: false, target: describe(el), right: Math.round(contentRight) });
    }
    const hidesX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
    const hidesY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
    if ((hidesX || hidesY) && el.clientWidth > 2 && el.clientHeight > 2) {
      const text = (el.innerText ?? '').trim();
      if (!text) continue;
      const overX = hidesX && el.scrollWidth > el.clientWidth + 1;
      const overY = hidesY && el.scrollHeight > el.clientHeight + 1;
      if (overX || overY) {
        clipped.push({
          target: describe(el),
          detail: `${el.scrollWidth}×${el.scrollHeight} content in a ${el.clientWidth}×${el.clientHeight} box`,
        });
      }
    }
  }
  // Keep only the outermost offenders (their children overflow too).
  // Report the outermost box that sticks out, or else the innermost element
  // whose content (text) overflows it.
  const boxes = new Set(offenders.filter((o) => o.box).map((o) => o.el));
  const contents = offenders.filter((o) => !o.box).map((o) => o.el);
  const top = offenders
    .filter((o) =>
      o.box
        ? !boxes.has(o.el.parentElement)
        : !boxes.size && !contents.some((c) => c !== o.el && o.el.contains(c)),
    )
    .map(({ target, right }) => ({ target, right }));
  return {
    scrollWidth: se.scrollWidth,
    innerWidth: vw,
    offenders: top.slice(0, 5),
    clipped: clipped.slice(0, 10),
  };
}

async function layoutFindings(env, rel, contextOptions, label, rulePrefix) {
  const { context, page } = await openPage(env, rel, contextOptions);
  try {
    const p = await page.evaluate(layoutProbe, contextOptions.viewport.width);
    const out = [];
    if (p.scrollWidth > p.innerWidth) {
      out.push(
        finding(rel, 'layout', `${rulePrefix}-sideways-scroll`, {
          target: p.offenders.map((o) => `${o.target} (right edge ${o.right}px)`).join('; ') || 'html',
          message: `${label}: the page scrolls sideways (document ${p.scrollWidth}px wide in a ${p.innerWidth}px viewport)`,
        }),
      );
    }
    for (const c of p.clipped) {
      out.push(
        finding(rel, 'layout', `${rulePrefix}-clipped-text`, {
          target: c.target,
          message: `${label}: text is cut off by overflow:hidden (${c.detail})`,
        }),
      );
    }
    return { out, page, context };
  } catch (e) {
    await context.close();
    throw e;
  }
}

export async function checkPhone(env, rel) {
  const { out, page, context } = await layoutFindings(env, rel, { viewport: PHONE, isMobile: true, hasTouch: true }, 'at 360×740 (phone)', 'phone');
  try {
    for (const b of await page.evaluate(brokenHeadingWords)) {
      out.push(
        finding(rel, 'layout', 'phone-heading-word-broken', {
          target: b.target,
          message: `at 360×740 (phone) the heading breaks the word "${b.word}" across lines; headings must wrap between words (smaller type on narrow screens, no overflow-wrap: anywhere)`,
        }),
      );
    }
    const who = await page.evaluate(responsibleWithin, PHONE.height * 2);
    for (const w of who) {
      out.push(
        finding(rel, 'layout', 'phone-responsible-too-far-down', {
          target: w.target,
          message: `at 360×740 (phone) "${w.label}" (${w.text}) starts ${w.top}px down the page, below the first two screens (${PHONE.height * 2}px); who is responsible belongs near the top`,
        }),
      );
    }
  } finally {
    await context.close();
  }
  return out;
}

/** In the page: words of h1–h3 headings that are split over two lines. */
function brokenHeadingWords() {
  const out = [];
  for (const h of document.querySelectorAll('h1, h2, h3')) {
    if (!h.getClientRects().length) continue;
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const re = /\S+/g;
      for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
        if (tops.size > 1) out.push({ target: h.tagName.toLowerCase() + (h.id ? '#' + h.id : ''), word: m[0] });
      }
    }
  }
  return out;
}

/**
 * In the page: on a problem page (a <dt> naming the department and one naming the
 * project leaders), the first <dd> of each that starts lower than `limit` px.
 */
function responsibleWithin(limit) {
  const out = [];
  const dts = [...document.querySelectorAll('dt')];
  for (const [label, re] of [['department', /afdeling/i], ['project leader', /projektleder/i]]) {
    const dt = dts.find((d) => re.test(d.textContent));
    if (!dt) continue;
    let dd = dt.nextElementSibling;
    while (dd && dd.tagName !== 'DD') dd = dd.nextElementSibling;
    if (!dd) continue;
    const top = Math.round(dd.getBoundingClientRect().top + window.scrollY);
    if (top + 24 > limit) out.push({ label, text: dd.textContent.trim().slice(0, 60), top, target: 'dd' });
  }
  return out;
}

export async function pageHasSlides(env, rel) {
  const html = fs.readFileSync(path.join(env.siteDir, rel), 'utf8');
  return /data-deck/.test(html);
}

/**
 * Keyboard paging through a deck at 200 % zoom of a 1280×800 window: focus the
 * first slide, then press PageDown (and ArrowRight) until the last slide's end is
 * on screen; every part of every slide must have been on screen at some point,
 * and Up must come back the same way.
 */
export async function checkSlidePaging(env, rel) {
  const out = [];
  for (const key of ['PageDown', 'ArrowRight']) {
    const { context, page } = await openPage(env, rel, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    try {
      const deck = await page.evaluate(() => {
        const slides = [...document.querySelectorAll('.deck .slide')];
        return slides.map((s) => {
          const r = s.getBoundingClientRect();
          return { top: Math.round(r.top + window.scrollY), bottom: Math.round(r.bottom + window.scrollY), id: s.id };
        });
      });
      if (!deck.length) break;
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('.deck .slide').first().focus();
      await page.evaluate(() => document.querySelector('.deck .slide').scrollIntoView({ block: 'start' }));
      const seen = [];
      const look = () => page.evaluate(() => [window.scrollY, window.scrollY + window.innerHeight, document.activeElement?.id ?? '']);
      seen.push(await look());
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press(key);
        const v = await look();
        seen.push(v);
        if (v[2] === deck[deck.length - 1].id && v[1] >= deck[deck.length - 1].bottom) break;
      }
      const last = seen[seen.length - 1];
      if (last[2] !== deck[deck.length - 1].id) {
        out.push(finding(rel, 'keyboard', 'slides-paging-stuck', { target: `.deck (${key})`, message: `${key} never reached the last slide (focus on "${last[2]}")` }));
      }
      // Every pixel row of every slide was on screen at some press.
      for (const s of deck) {
        let y = s.top;
        while (y < s.bottom) {
          const cover = seen.filter(([a, b]) => a <= y && b > y).map(([, b]) => b);
          if (!cover.length) {
            out.push(
              finding(rel, 'keyboard', 'slides-paging-skips-content', {
                target: `#${s.id} (${key})`,
                message: `at 200 % zoom, paging with ${key} never showed ${s.id} from ${y - s.top}px below its top; a key press must scroll through a tall slide before moving to the next`,
              }),
            );
            break;
          }
          y = Math.max(...cover);
        }
      }
    } finally {
      await context.close();
    }
  }
  return out;
}

/** In the page: font sizes of body text, for comparing 100 % and 200 %. */
function textSizes() {
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    else if (el.classList.length) s += '.' + [...el.classList].slice(0, 3).join('.');
    const p = el.closest('[id], section, article');
    if (p && p !== el) s = `${p.tagName.toLowerCase()}${p.id ? '#' + p.id : ''} ${s}`;
    const text = (el.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${s} "${text}"`;
  };
  return [...document.querySelectorAll('main p, main li, main dd, main td')]
    .filter((el) => el.checkVisibility() && (el.innerText ?? '').trim())
    .slice(0, 60)
    .map((el) => ({ target: describe(el), size: parseFloat(getComputedStyle(el).fontSize) }));
}

export async function checkZoom(env, rel) {
  const out = [];
  // WCAG 1.4.10 reflow at 320 CSS px.
  const reflow = await layoutFindings(env, rel, { viewport: { width: 320, height: 640 } }, 'at 320 CSS px (reflow, WCAG 1.4.10)', 'reflow');
  out.push(...reflow.out);
  await reflow.context.close();
  // WCAG 1.4.4: 200 % zoom of a 1280×800 window.
  const sizes100 = (await desktopVisit(env, rel)).sizes;
  const zoom = await layoutFindings(
    env,
    rel,
    { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
    'at 200 % zoom (WCAG 1.4.4)',
    'zoom200',
  );
  out.push(...zoom.out);
  const sizes200 = await zoom.page.evaluate(textSizes);
  await zoom.context.close();
  // Compare the same elements (matched by description) at 100 % and 200 %;
  // report the one that grows least, and how many fall short.
  const at200 = new Map(sizes200.map((t) => [t.target, t.size]));
  const short = sizes100
    .filter((t) => at200.has(t.target))
    .map((t) => ({ ...t, size200: at200.get(t.target), ratio: (at200.get(t.target) * 2) / t.size }))
    .filter((t) => t.ratio < 1.95)
    .sort((a, b) => a.ratio - b.ratio);
  if (short.length) {
    const w = short[0];
    out.push(
      finding(rel, 'layout', 'zoom200-text-not-enlarged', {
        target: w.target,
        message: `at 200 % zoom this text is only ${w.ratio.toFixed(2)}× as large (${w.size}px at 1280 px wide → ${w.size200}px CSS at 640 px wide, 2 device px per CSS px)${short.length > 1 ? `; ${short.length} text blocks fall short` : ''}; size text in rem/em, not in vw or container units alone`,
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------- reduced motion

function motionProbe() {
  const secs = (v) =>
    v.split(',').map((s) => {
      s = s.trim();
      return s.endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s);
    });
  const describe = (el, pseudo) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    else if (el.classList.length) s += '.' + [...el.classList].slice(0, 3).join('.');
    return s + (pseudo ?? '');
  };
  const LIMIT = 0.001;
  const problems = [];
  for (const el of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      if (pseudo && (cs.content === 'none' || cs.content === 'normal')) continue;
      const tp = cs.transitionProperty;
      const td = secs(cs.transitionDuration);
      if (tp !== 'none' && td.some((d) => d > LIMIT)) {
        problems.push({ rule: 'transition', target: describe(el, pseudo), detail: `transition ${tp} ${cs.transitionDuration}` });
      }
      const an = cs.animationName;
      const ad = secs(cs.animationDuration);
      if (an !== 'none' && ad.some((d) => d > LIMIT)) {
        problems.push({ rule: 'animation', target: describe(el, pseudo), detail: `animation ${an} ${cs.animationDuration}` });
      }
    }
  }
  const running = document
    .getAnimations()
    .filter((a) => a.playState === 'running' || a.playState === 'pending')
    .filter((a) => {
      const d = a.effect?.getComputedTiming?.().duration;
      return typeof d !== 'number' || d > 1;
    })
    .map((a) => ({
      rule: 'running-animation',
      target: a.effect?.target ? describe(a.effect.target, a.effect.pseudoElement ?? '') : '?',
      detail: `${a.constructor.name} ${a.animationName ?? a.transitionProperty ?? ''}`.trim(),
    }));
  const sb = getComputedStyle(document.documentElement).scrollBehavior;
  const extra = [];
  if (sb === 'smooth') extra.push({ rule: 'smooth-scroll', target: 'html', detail: 'scroll-behavior: smooth' });
  for (const v of document.querySelectorAll('video[autoplay]')) {
    extra.push({ rule: 'autoplay', target: describe(v), detail: 'video autoplays' });
  }
  return [...running, ...problems, ...extra];
}

export async function checkReducedMotion(env, rel) {
  const { context, page } = await openPage(env, rel, { reducedMotion: 'reduce' });
  try {
    // Interact: hover links and buttons, Tab a little, scroll down and up.
    const hoverables = await page.locator('a[href]:visible, button:visible, summary:visible').all();
    for (const h of hoverables.slice(0, 25)) {
      await h.hover({ timeout: 1000, force: true }).catch(() => {});
    }
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement.scrollHeight));
    await page.evaluate(() => window.scrollTo(0, 0));
    const problems = await page.evaluate(motionProbe);
    const labels = {
      transition: 'transition runs under prefers-reduced-motion: reduce',
      animation: 'CSS animation runs under prefers-reduced-motion: reduce',
      'running-animation': 'an animation is running under prefers-reduced-motion: reduce',
      'smooth-scroll': 'smooth scrolling under prefers-reduced-motion: reduce',
      autoplay: 'autoplaying video',
    };
    // One finding per rule+detail, listing up to 5 elements.
    const grouped = new Map();
    for (const p of problems) {
      const key = `${p.rule}|${p.detail}`;
      if (!grouped.has(key)) grouped.set(key, { ...p, targets: [] });
      grouped.get(key).targets.push(p.target);
    }
    return [...grouped.values()].map((g) =>
      finding(rel, 'motion', g.rule, {
        target: g.targets.slice(0, 5).join(', ') + (g.targets.length > 5 ? ` and ${g.targets.length - 5} more` : ''),
        message: `${labels[g.rule]}: ${g.detail}`,
      }),
    );
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- CSP, scripts, resources

export async function checkCspAndResources(env, rel) {
  const { csp, events, status } = await desktopVisit(env, rel);
  {
    const out = [];
    const seen = new Set();
    for (const c of csp) {
      const key = `${c.directive}|${c.blocked}|${c.source}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        finding(rel, 'csp', 'csp-violation', {
          target: siteRelative(env, c.source || c.blocked),
          message: `Content Security Policy blocked ${c.blocked || 'something'} (directive ${c.directive})${c.sample ? `: ${c.sample}` : ''}`,
        }),
      );
    }
    for (const m of events.console) {
      if (/content security policy/i.test(m.text) && !csp.some((c) => m.text.includes(c.blocked) && c.blocked)) {
        if (out.some((f) => f.check === 'csp' && m.text.includes(f.target))) continue;
        out.push(finding(rel, 'csp', 'csp-console', { target: 'console', message: m.text.slice(0, 400) }));
      }
    }
    for (const e of events.pageErrors) {
      out.push(finding(rel, 'script', 'uncaught-error', { target: 'page', message: e.slice(0, 400) }));
    }
    const pageUrl = env.site.pageUrl(rel);
    for (const r of events.badResponses) {
      if (r.url === pageUrl || r.url.endsWith('/favicon.ico')) continue;
      out.push(
        finding(rel, 'resources', `http-${r.status}`, {
          target: siteRelative(env, r.url),
          message: `a resource the page uses answered ${r.status}`,
        }),
      );
    }
    for (const r of events.failedRequests) {
      if (/ERR_BLOCKED_BY_CLIENT/.test(r.error)) continue; // external hosts: blocked by the suite
      if (/ERR_ABORTED/.test(r.error) && /\.(mp4|webm|ogv|m4v)(\?|$)/.test(r.url)) continue; // media range aborts
      out.push(finding(rel, 'resources', 'request-failed', { target: siteRelative(env, r.url), message: r.error }));
    }
    const expected = rel === '404.html' ? 404 : 200;
    if (status !== null && status !== expected && !(rel === '404.html' && status === 200)) {
      out.push(
        finding(rel, 'resources', 'page-status', {
          target: siteRelative(env, pageUrl),
          message: `the page answered ${status}`,
        }),
      );
    }
    return out;
  }
}

// ---------------------------------------------------------------- video

const VIDEO_HOSTS = /^(www\.)?(youtube-nocookie\.com|youtube\.com|player\.vimeo\.com|video\.aarhus\.dk)$/;

export async function pageHasVideo(env, rel) {
  const html = fs.readFileSync(path.join(env.siteDir, rel), 'utf8');
  return /<video[\s>]/i.test(html) || /<iframe[^>]+src="https?:\/\/(www\.)?(youtube|player\.vimeo|video\.aarhus)/i.test(html);
}

export async function checkVideo(env, rel) {
  const { context, page } = await openPage(env, rel);
  const out = [];
  try {
    const info = await page.evaluate(async (hostsSrc) => {
      const hosts = new RegExp(hostsSrc);
      const videos = [...document.querySelectorAll('video')];
      const frames = [...document.querySelectorAll('iframe[src]')].filter((f) => {
        try {
          return hosts.test(new URL(f.src).hostname);
        } catch {
          return false;
        }
      });
      const tracks = [];
      for (const [vi, v] of videos.entries()) {
        const els = [...v.querySelectorAll('track')].filter(
          (t) => (t.getAttribute('kind') ?? 'subtitles') === 'captions',
        );
        if (!els.length) tracks.push({ video: vi, missing: true });
        for (const t of els) {
          if (t.track.mode === 'disabled') t.track.mode = 'hidden';
          const deadline = Date.now() + 10000;
          while (t.readyState < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
          tracks.push({
            video: vi,
            src: t.getAttribute('src'),
            srclang: t.getAttribute('srclang'),
            label: t.getAttribute('label'),
            readyState: t.readyState,
            cues: t.track.cues ? t.track.cues.length : 0,
          });
        }
      }
      const headings = [...document.querySelectorAll('h2,h3,h4,h5,h6')];
      const th = headings.find((h) => /det bliver sagt i videoen|transskription|udskrift af videoen/i.test(h.textContent));
      let transcriptChars = 0;
      if (th) {
        const box = th.closest('section, article, details, aside') ?? th.parentElement;
        transcriptChars = (box.innerText ?? '').length - (th.innerText ?? '').length;
      }
      return {
        videos: videos.length,
        frames: frames.map((f) => f.src),
        tracks,
        transcript: th ? th.textContent.replace(/\s+/g, ' ').trim() : null,
        transcriptChars,
      };
    }, VIDEO_HOSTS.source);
    for (const t of info.tracks) {
      const target = `video:nth-of-type(${t.video + 1})${t.src ? ` track[src="${t.src}"]` : ''}`;
      if (t.missing) {
        out.push(finding(rel, 'video', 'captions-missing', { target, message: 'the video has no <track kind="captions">' }));
        continue;
      }
      if (t.srclang !== 'da') {
        out.push(finding(rel, 'video', 'captions-lang', { target, message: `captions track srclang must be "da", found ${JSON.stringify(t.srclang)}` }));
      }
      if (t.readyState !== 2) {
        out.push(
          finding(rel, 'video', 'captions-not-loaded', {
            target,
            message: `the captions track did not load (readyState ${t.readyState}: ${['none', 'loading', 'loaded', 'error'][t.readyState]})`,
          }),
        );
      } else if (t.cues === 0) {
        out.push(finding(rel, 'video', 'captions-empty', { target, message: 'the captions track loaded but has no cues' }));
      }
    }
    out.notes = info.tracks
      .filter((t) => !t.missing)
      .map((t) => `captions ${t.src}: readyState ${t.readyState}, ${t.cues} cues`);
    if ((info.videos > 0 || info.frames.length > 0) && (!info.transcript || info.transcriptChars < 20)) {
      out.push(
        finding(rel, 'video', 'transcript-missing', {
          target: 'main',
          message: info.transcript
            ? `the transcript section "${info.transcript}" is empty`
            : 'a page with a video must show its transcript under a heading "Det bliver sagt i videoen"',
        }),
      );
    }
    return out;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- Læs op

export async function pageHasLaesOp(env, rel) {
  const html = fs.readFileSync(path.join(env.siteDir, rel), 'utf8');
  return /data-laes-op-target/.test(html);
}

function laesOpState() {
  const box = document.querySelector('.laes-op[data-laes-op-target]');
  if (!box) return { box: false };
  const buttons = [...box.querySelectorAll('button')].map((b) => ({
    name: (b.getAttribute('aria-label') || b.textContent).replace(/\s+/g, ' ').trim(),
    visible: b.checkVisibility({ visibilityProperty: true }),
    pressed: b.getAttribute('aria-pressed'),
  }));
  return {
    box: true,
    hidden: box.hidden,
    visible: box.checkVisibility({ visibilityProperty: true }),
    buttons,
    hasSpeech: 'speechSynthesis' in window,
  };
}

export async function checkLaesOp(env, rel) {
  const out = [];
  {
    const { context, page } = await openPage(env, rel);
    try {
      await page.waitForTimeout(100);
      const s = await page.evaluate(laesOpState);
      const main = s.buttons?.find((b) => b.name === 'Læs op');
      if (!s.box || s.hidden || !s.visible || !main || !main.visible) {
        out.push(
          finding(rel, 'laes-op', 'laes-op-shown', {
            target: '.laes-op',
            message: `with speechSynthesis present the "Læs op" button must be visible (container ${s.box ? (s.hidden ? 'hidden' : s.visible ? 'visible' : 'not rendered') : 'missing'}, buttons: ${JSON.stringify(s.buttons ?? [])})`,
          }),
        );
      }
    } finally {
      await context.close();
    }
  }
  {
    const opened = await openPage(env, rel, {}, {
      initScripts: [
        () => {
          delete window.speechSynthesis;
          delete Window.prototype.speechSynthesis;
        },
      ],
    });
    const { context, page, events } = opened;
    try {
      await page.waitForTimeout(100);
      const s = await page.evaluate(laesOpState);
      if (s.hasSpeech) throw new Error('test harness: could not remove window.speechSynthesis');
      for (const e of events.pageErrors) {
        out.push(
          finding(rel, 'laes-op', 'laes-op-script-error', {
            target: 'script',
            message: `without speechSynthesis a script failed: ${e.slice(0, 300)}`,
          }),
        );
      }
      if (s.box && (!s.hidden || s.visible || s.buttons.some((b) => b.visible))) {
        out.push(
          finding(rel, 'laes-op', 'laes-op-hidden-without-speech', {
            target: '.laes-op',
            message: 'without speechSynthesis the Læs op control must stay hidden',
          }),
        );
      }
    } finally {
      await context.close();
    }
  }
  return out;
}

// ---------------------------------------------------------------- reporting

export function formatFindings(findings) {
  return findings
    .map((f) => {
      const impact = f.impact ? ` [${f.impact}]` : '';
      const lines = [`✗ ${f.check} ${f.rule}${impact} on ${f.page}`];
      if (f.target) lines.push(`    element: ${f.target}`);
      lines.push(`    ${f.message}`);
      if (f.help) lines.push(`    see ${f.help}`);
      return lines.join('\n');
    })
    .join('\n');
}
