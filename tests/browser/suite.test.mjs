// The WCAG 2.1 AA browser suite: visits every .html file of one or more output
// directories in Debian's Chromium and runs every check in lib/checks.mjs.
//
// Environment:
//   VILDE_SITE_DIR        output directories, separated by ":" (default: fixtures/sample)
//   VILDE_SCREENSHOT_DIR  where screenshots go (default: tests/browser/screenshots);
//                         one sub-folder per site directory
//   VILDE_BASE_URL        the base URL the site was built for (default: from sitemap.xml, else "/")
//   VILDE_SITE_TITLE      site title, if the pages have no <meta property="og:site_name">
//   VILDE_CHECKS          comma list to run only some checks (axe,vnu,structure,keyboard,
//                         phone,zoom,motion,csp,video,slides,laesop) — for development
//   VILDE_FINDINGS_FILE   write every finding as JSON here (used by the negative control)
//   CHROMIUM_PATH         Chromium executable (default /usr/bin/chromium)
//
// Run: node --test suite.test.mjs   (or ./run.sh DIR...)

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser.mjs';
import { listHtmlFiles, serveSite } from './lib/site.mjs';
import {
  checkAxe,
  checkCspAndResources,
  checkKeyboard,
  checkLaesOp,
  checkPhone,
  checkReducedMotion,
  checkSlidePaging,
  checkStructure,
  checkVideo,
  checkZoom,
  formatFindings,
  pageHasLaesOp,
  pageHasSlides,
  pageHasVideo,
  runVnu,
  vnuFindings,
} from './lib/checks.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, 'fixtures');
const THEME_STATIC = path.resolve(HERE, '..', '..', 'themes', 'aarhus', 'static');
const TIMEOUT = 180_000;

const siteDirs = (process.env.VILDE_SITE_DIR || path.join(FIXTURES, 'sample'))
  .split(path.delimiter)
  .filter(Boolean)
  .map((d) => path.resolve(d));
const screenshotRoot = path.resolve(process.env.VILDE_SCREENSHOT_DIR || path.join(HERE, 'screenshots'));
const only = process.env.VILDE_CHECKS ? new Set(process.env.VILDE_CHECKS.split(',').map((s) => s.trim())) : null;
const wants = (name) => !only || only.has(name);

const allFindings = [];
const shared = { browser: null, vnu: null, vnuError: null };

function labelFor(dir, i, dirs) {
  const base = path.basename(dir);
  const dup = dirs.filter((d) => path.basename(d) === base).length > 1;
  return dup ? `${base}-${i + 1}` : base;
}

/** Record findings and fail the test with a readable list if there are any. */
function expectNone(findings, t) {
  for (const n of findings.notes ?? []) t?.diagnostic(n);
  allFindings.push(...findings);
  if (findings.length) {
    const err = new Error(`${findings.length} finding(s):\n${formatFindings(findings)}`);
    err.name = 'AccessibilityFindings';
    err.stack = `${err.name}: ${err.message}`; // the findings say where; a JS stack would only add noise
    throw err;
  }
}

before(async () => {
  shared.browser = await launchChromium();
  if (wants('vnu')) {
    const files = siteDirs.flatMap((d) => listHtmlFiles(d).map((rel) => path.join(d, rel)));
    try {
      shared.vnu = runVnu(files);
    } catch (e) {
      shared.vnuError = e;
    }
  }
});

after(async () => {
  await shared.browser?.close();
  if (process.env.VILDE_FINDINGS_FILE) {
    fs.writeFileSync(process.env.VILDE_FINDINGS_FILE, JSON.stringify(allFindings, null, 2));
  }
});

siteDirs.forEach((siteDir, siteIndex) => {
  const label = labelFor(siteDir, siteIndex, siteDirs);
  const exists = fs.existsSync(siteDir) && fs.statSync(siteDir).isDirectory();
  const pages = exists ? listHtmlFiles(siteDir) : [];
  const underFixtures = siteDir.startsWith(FIXTURES + path.sep);
  const env = { browser: null, site: null, siteDir, siteTitle: process.env.VILDE_SITE_TITLE || null };

  describe(`site ${label} (${siteDir})`, () => {
    before(async () => {
      if (!exists) return;
      env.browser = shared.browser;
      env.site = await serveSite(siteDir, {
        extraRoots: underFixtures ? [path.join(FIXTURES, 'shared'), THEME_STATIC] : [],
      });
    });
    after(async () => {
      if (env.site?.blocked.length) {
        const hosts = [...new Set(env.site.blocked.map((b) => new URL(b.url).host))];
        console.log(`# note: requests to other hosts were blocked (no network in tests): ${hosts.join(', ')}`);
      }
      await env.site?.close();
    });

    test('the output directory exists and has an index.html', () => {
      assert.ok(exists, `no such directory: ${siteDir}`);
      assert.ok(pages.includes('index.html'), `${siteDir} has no index.html (pages: ${pages.join(', ')})`);
    });

    for (const rel of pages) {
      describe(rel, () => {
        if (wants('axe'))
          test('axe-core: no WCAG 2.0/2.1/2.2 A and AA violations', { timeout: TIMEOUT }, async (t) => {
            expectNone(await checkAxe(env, rel), t);
          });
        if (wants('vnu'))
          test('Nu HTML checker: no errors', (t) => {
            if (shared.vnuError) throw shared.vnuError;
            const msgs = shared.vnu.get(path.resolve(siteDir, rel)) ?? [];
            expectNone(vnuFindings(rel, msgs), t);
          });
        if (wants('structure'))
          test('one h1, no skipped heading levels, title names page and site, lang="da", statement link', { timeout: TIMEOUT }, async (t) => {
            expectNone(await checkStructure(env, rel), t);
          });
        if (wants('keyboard'))
          test('keyboard: skip link first, Enter focuses main, all reachable with visible focus', { timeout: TIMEOUT }, async (t) => {
            expectNone(await checkKeyboard(env, rel), t);
          });
        if (wants('phone'))
          test('phone 360×740: no sideways scrolling, no clipped text, headings wrap between words, who is responsible within two screens', { timeout: TIMEOUT }, async (t) => {
            expectNone(await checkPhone(env, rel), t);
          });
        if (wants('zoom'))
          test('200 % zoom (1.4.4) and reflow at 320 CSS px (1.4.10)', { timeout: TIMEOUT }, async (t) => {
            expectNone(await checkZoom(env, rel), t);
          });
        if (wants('motion'))
          test('prefers-reduced-motion: nothing animates', { timeout: TIMEOUT }, async (t) => {
            expectNone(await checkReducedMotion(env, rel), t);
          });
        if (wants('csp'))
          test('no CSP violations, script errors or broken resources', { timeout: TIMEOUT }, async (t) => {
            expectNone(await checkCspAndResources(env, rel), t);
          });
        if (wants('video'))
          test('video: captions load with cues, transcript on the page', { timeout: TIMEOUT }, async (t) => {
            if (!(await pageHasVideo(env, rel))) return t.skip('no video on this page');
            expectNone(await checkVideo(env, rel), t);
          });
        if (wants('slides'))
          test('slides: keyboard paging at 200 % zoom shows every part of every slide', { timeout: TIMEOUT }, async (t) => {
            if (!(await pageHasSlides(env, rel))) return t.skip('no slide deck on this page');
            expectNone(await checkSlidePaging(env, rel), t);
          });
        if (wants('laesop'))
          test('Læs op: shown with speech synthesis, hidden without', { timeout: TIMEOUT }, async (t) => {
            if (!(await pageHasLaesOp(env, rel))) return t.skip('no Læs op container on this page');
            expectNone(await checkLaesOp(env, rel), t);
          });
      });
    }

    test('screenshots of every page type at 360 and 1280 px', { timeout: TIMEOUT * 2 }, async (t) => {
      assert.ok(exists, `no such directory: ${siteDir}`);
      const dir = path.join(screenshotRoot, label);
      fs.mkdirSync(dir, { recursive: true });
      const problem = pickProblemPage(siteDir, pages);
      const targets = [['forside', 'index.html']];
      if (problem) targets.push([problem.replace(/\/index\.html$/, '').replace(/[^A-Za-z0-9æøåÆØÅ_-]+/g, '-'), problem]);
      // One page of each other kind the output has: deck, script, status, 404, any other page.
      const kinds = [
        ['slides', (p) => /\/slides\/index\.html$/.test(p)],
        ['drejebog', (p) => /\/drejebog\/index\.html$/.test(p)],
        ['status', (p) => /^_status\/index\.html$/.test(p)],
        ['404', (p) => p === '404.html'],
        ['side', (p) => p !== 'index.html' && p !== problem && !/(slides|drejebog|_status)\/index\.html$|^404\.html$/.test(p)],
      ];
      for (const [name, match] of kinds) {
        const rel = [...pages].sort().find(match);
        if (rel) targets.push([name, rel]);
      }
      const written = [];
      for (const [name, rel] of targets) {
        for (const width of [360, 1280]) {
          const context = await env.browser.newContext({ viewport: { width, height: width === 360 ? 740 : 800 } });
          await env.site.setupContext(context);
          const page = await context.newPage();
          await page.goto(env.site.pageUrl(rel), { waitUntil: 'load' });
          await page.waitForTimeout(200);
          const file = path.join(dir, `${name}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
          await context.close();
        }
      }
      console.log(`# screenshots: ${written.join(' ')}`);
      // A public build with every problem still a draft has no problem page: say so, do not fail.
      if (!problem) t.diagnostic('no problem page in this output (no page with the Læs op container, no <slug>/index.html)');
    });
  });
});

/** A problem page: one with the Læs op container (prefer one with a video, then the largest). */
function pickProblemPage(siteDir, pages) {
  const read = (rel) => fs.readFileSync(path.join(siteDir, rel), 'utf8');
  const depth1 = pages.filter((p) => /^[^/]+\/index\.html$/.test(p));
  const withLaesOp = pages.filter((p) => /data-laes-op-target/.test(read(p)));
  const pool = withLaesOp.length ? withLaesOp : depth1;
  if (!pool.length) return null;
  const score = (p) => {
    const html = read(p);
    return (/<video[\s>]/.test(html) ? 1e9 : 0) + html.length;
  };
  return [...pool].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0];
}
