// Every check can fail: each page of fixtures/broken/ has one known fault, and
// the check meant to catch it must report exactly that (rule, element, message).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser.mjs';
import { serveSite } from './lib/site.mjs';
import * as checks from './lib/checks.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, 'fixtures');
const DIR = path.join(FIXTURES, 'broken');

// page -> check -> expected [rule, target, message pattern]
const CASES = {
  'ingen-skiplink': {
    checkKeyboard: [['skip-link-first', 'a "Fejlside til test"', /first Tab .* must focus the skip link/]],
  },
  'skjult-skiplink': {
    checkKeyboard: [['skip-link-visible', 'a.skip-link', /visible on screen when focused \(box 0,0 1×1, clip rect\(0px, 0px, 0px, 0px\)/]],
  },
  'main-uden-tabindex': {
    checkKeyboard: [
      ['main-target', 'main', /needs an id and tabindex="-1" \(found id "indhold", tabindex none\)/],
      ['skip-link-target', 'a[href="#indhold"]', /must move focus to <main>; focus is on body$/],
    ],
  },
  'ingen-fokusring': {
    checkKeyboard: [['focus-not-visible', 'a.ingen-ring[href="/"] "Et link uden fokusring"', /no visible focus indicator: outline none/]],
  },
  bred: {
    checkPhone: [['phone-sideways-scroll', 'main#indhold > div.bred (right edge 516px)', /at 360×740 \(phone\): the page scrolls sideways \(document 516px wide in a 360px viewport\)/]],
    checkZoom: [['reflow-sideways-scroll', 'main#indhold > div.bred (right edge 516px)', /1\.4\.10.*document 516px wide in a 320px viewport/]],
  },
  klippet: {
    checkPhone: [['phone-clipped-text', 'main#indhold > div.klippet', /text is cut off by overflow:hidden \(\d+×\d+ content in a 328×48 box\)/]],
    checkZoom: [
      ['reflow-clipped-text', 'main#indhold > div.klippet', /320 CSS px.*in a 288×48 box/],
      ['zoom200-clipped-text', 'main#indhold > div.klippet', /200 % zoom.*in a 608×48 box/],
    ],
  },
  ordbrud: {
    checkPhone: [['phone-heading-word-broken', 'h1', /breaks the word "Rekrutteringsudfordringerne" across lines/]],
  },
  'ansvarlig-langt-nede': {
    checkPhone: [['phone-responsible-too-far-down', 'dd', /"department" \(Sociale Forhold og Beskæftigelse\) starts \d+px down the page, below the first two screens \(1480px\)/]],
  },
  'slides-spring': {
    checkSlidePaging: [
      ['slides-paging-skips-content', '#slide-1 (ArrowRight)', /paging with ArrowRight never showed slide-1 from 400px below its top/],
      ['slides-paging-skips-content', '#slide-1 (PageDown)', /paging with PageDown never showed slide-1 from 400px below its top/],
      ['slides-paging-skips-content', '#slide-2 (ArrowRight)', /paging with ArrowRight never showed slide-2 from 400px below its top/],
      ['slides-paging-skips-content', '#slide-2 (PageDown)', /paging with PageDown never showed slide-2 from 400px below its top/],
    ],
  },
  'vw-tekst': {
    checkZoom: [
      [
        'zoom200-text-not-enlarged',
        'main#indhold p.vw "Denne tekst har en størrelse i vw og vok"',
        /only 1\.00× as large \(25\.6px at 1280 px wide → 12\.8px CSS at 640 px wide/,
      ],
    ],
  },
  bevaegelse: {
    checkReducedMotion: [
      ['animation', 'p.puls', /CSS animation runs .*: animation puls 2s$/],
      ['running-animation', 'p.puls', /CSSAnimation puls$/],
      ['transition', 'a.glid', /transition color 0\.5s$/],
    ],
  },
  'inline-script': {
    checkCspAndResources: [
      ['csp-violation', 'inline-script/:18', /directive script-src-elem/],
      ['csp-violation', 'inline-script/:18', /directive style-src-attr/],
    ],
  },
  'manglende-fil': {
    checkCspAndResources: [['http-404', 'findes-ikke.png', /answered 404/]],
  },
  'video-uden-tekster': {
    checkVideo: [
      ['captions-missing', 'video:nth-of-type(1)', /no <track kind="captions">/],
      ['transcript-missing', 'main', /under a heading "Det bliver sagt i videoen"/],
    ],
  },
  'track-mangler-fil': {
    checkVideo: [['captions-not-loaded', 'video:nth-of-type(1) track[src="/findes-ikke.vtt"]', /readyState 3: error/]],
  },
  'forkert-titel': {
    checkStructure: [
      ['title', 'title', /"Forkert" does not name the page: it should contain the h1 "Forkert titel"/],
      ['title', 'title', /"Forkert" does not name the site "Fejlside til test"/],
    ],
  },
  engelsk: {
    checkStructure: [['html-lang-da', 'html', /must be "da"; found "en"/]],
  },
  'to-h1': {
    checkStructure: [['one-h1', 'h1, h1', /exactly one h1; found 2: "To h1", "Endnu en h1"/]],
  },
  'ingen-erklaering': {
    checkStructure: [['accessibility-statement-link', 'footer', /Tilgængelighedserklæring/]],
  },
  'laes-op-uden-script': {
    checkLaesOp: [
      ['laes-op-hidden-without-speech', '.laes-op', /must stay hidden/],
      ['laes-op-shown', '.laes-op', /must be visible \(container visible, buttons: \[\]\)/],
    ],
  },
};

describe('each check reports its fault on fixtures/broken', () => {
  const env = { browser: null, site: null, siteDir: DIR, siteTitle: null };
  before(async () => {
    env.browser = await launchChromium();
    env.site = await serveSite(DIR, {
      extraRoots: [path.join(FIXTURES, 'shared'), path.resolve(HERE, '..', '..', 'themes', 'aarhus', 'static')],
    });
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });

  for (const [page, byCheck] of Object.entries(CASES)) {
    for (const [fn, expected] of Object.entries(byCheck)) {
      test(`${page}: ${fn}`, { timeout: 120_000 }, async () => {
        const rel = `${page}/index.html`;
        const got = (await checks[fn](env, rel))
          .map((f) => ({ page: f.page, rule: f.rule, target: f.target, message: f.message }))
          .sort((a, b) => (a.rule + a.message).localeCompare(b.rule + b.message));
        const want = [...expected].sort((a, b) => (a[0] + a[2].source).localeCompare(b[0] + b[2].source));
        assert.deepEqual(
          got.map((f) => [f.page, f.rule, f.target]),
          want.map(([rule, target]) => [rel, rule, target]),
          JSON.stringify(got, null, 1),
        );
        got.forEach((f, i) => assert.match(f.message, want[i][2]));
      });
    }
  }
});

describe('static server and site helpers', () => {
  test('_headers is parsed and matched; defaults fill in', async () => {
    const { parseHeadersFile, createHandler, DEFAULT_CSP } = await import('./lib/server.mjs');
    const rules = parseHeadersFile('# c\n/*\n  Content-Security-Policy: default-src \'none\'\n/blog/:slug/\n  X-Test: 1\n');
    assert.equal(rules.length, 2);
    assert.ok(rules[0].pattern.test('/a/b'));
    assert.ok(rules[1].pattern.test('/blog/x/'));
    assert.ok(!rules[1].pattern.test('/blog/x/y/'));
    const handle = createHandler({ roots: [path.join(FIXTURES, 'sample')], basePath: '/sub/' });
    const r = handle('GET', '/sub/eksempel/', {});
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(r.headers['content-security-policy'], DEFAULT_CSP);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.equal(handle('GET', '/sub/eksempel', {}).status, 301);
    assert.equal(handle('GET', '/sub/eksempel', {}).headers.location, '/sub/eksempel/');
    assert.equal(handle('GET', '/sub', {}).headers.location, '/sub/');
    assert.equal(handle('GET', '/eksempel/', {}).status, 404);
    assert.equal(handle('GET', '/sub/../../etc/passwd', {}).status, 404);
    assert.equal(handle('GET', '/sub/..%2f..%2fetc/passwd', {}).status, 403);
    assert.equal(handle('GET', '/sub/eksempel/video.da.vtt', {}).headers['content-type'], 'text/vtt; charset=utf-8');
    const part = handle('GET', '/sub/eksempel/video.webm', { range: 'bytes=0-9' });
    assert.equal(part.status, 206);
    assert.equal(part.body.length, 10);
    assert.match(part.headers['content-range'], /^bytes 0-9\/\d+$/);
  });

  test('the base URL comes from sitemap.xml, and absolute bases are kept', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const { detectBaseUrl, relToUrlPath } = await import('./lib/site.mjs');
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'vilde-site-'));
    fs.writeFileSync(
      path.join(d, 'sitemap.xml'),
      '<urlset><url><loc>https://example.dk/vilde/a/</loc></url><url><loc>https://example.dk/vilde/</loc></url></urlset>',
    );
    assert.equal(detectBaseUrl(d, {}), 'https://example.dk/vilde/');
    assert.equal(detectBaseUrl(d, { VILDE_BASE_URL: '/x/' }), '/x/');
    fs.rmSync(path.join(d, 'sitemap.xml'));
    assert.equal(detectBaseUrl(d, {}), '/');
    fs.rmSync(d, { recursive: true });
    assert.equal(relToUrlPath('index.html'), '');
    assert.equal(relToUrlPath('a/b/index.html'), 'a/b/');
    assert.equal(relToUrlPath('404.html'), '404.html');
  });
});
