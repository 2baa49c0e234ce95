// Hostile page text in a real browser: every payload of tests/xss/payloads.txt is
// the body of a draft page and the text given to the `markdown` filter
// (tests/xss/site); vilde builds the preview, and each page is opened in
// Chromium WITHOUT any Content-Security-Policy, so only the sanitizer stands
// between the payload and the reader. A page fails when script runs (alert,
// confirm, prompt or print is called, or a dialog opens) after load, after every
// element in <main> got mouseover, focus and click events, or when the browser
// sees an event-handler attribute, a script element or a javascript:/data:
// address in the page's content. A control page with one unsanitized payload
// proves the detector fires.
//
// Needs the vilde binary: VILDE_BIN, else target/debug/vilde (cargo test builds it).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser.mjs';
import { contentType } from './lib/server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const BIN = process.env.VILDE_BIN || path.join(REPO, 'target', 'debug', 'vilde');
const CONTROL = '<img src=x onerror=alert(1)><a href="javascript:alert(2)">x</a>';

const shared = { browser: null, server: null, url: '', tmp: '', pages: [] };

function payloads() {
  return fs
    .readFileSync(path.join(REPO, 'tests', 'xss', 'payloads.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('# ') && l !== '#');
}

/** Build the payload site with vilde (preview: the pages are drafts). */
function buildSite() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vilde-xss-'));
  const site = path.join(tmp, 'site');
  fs.cpSync(path.join(REPO, 'tests', 'xss', 'site'), site, { recursive: true });
  const list = payloads();
  list.forEach((p, i) => {
    const n = String(i + 1).padStart(2, '0');
    // A JSON string is a valid TOML basic string.
    const front = `+++\ntitle = "Prøve ${n}"\ndraft = true\n[extra]\npayload = ${JSON.stringify(p)}\n+++\n`;
    fs.writeFileSync(path.join(site, 'content', `p${n}.md`), `${front}${p}\n`);
  });
  const out = path.join(tmp, 'public');
  const r = spawnSync(BIN, ['build', '--root', site, '--output-dir', out, '--drafts'], { encoding: 'utf8' });
  assert.equal(r.status, 0, `vilde build failed (${BIN}):\n${r.stderr}`);
  // The control: an unsanitized payload, written by hand.
  fs.mkdirSync(path.join(out, 'control'));
  fs.writeFileSync(
    path.join(out, 'control', 'index.html'),
    `<!doctype html><html lang="da"><head><title>kontrol</title></head><body><main>${CONTROL}</main></body></html>`,
  );
  return { tmp, out, pages: list.map((p, i) => ({ rel: `p${String(i + 1).padStart(2, '0')}/`, payload: p })) };
}

/** A plain static server: no CSP, no other protection. */
function serve(dir) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = path.join(dir, path.normalize(rel));
      if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': contentType(file) });
      res.end(fs.readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** What ran or could run on one page. */
async function visit(rel) {
  const context = await shared.browser.newContext();
  // No request leaves this machine.
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    window.__xss = [];
    for (const f of ['alert', 'confirm', 'prompt', 'print']) {
      window[f] = (...args) => window.__xss.push(`${f}(${args.join(',')})`);
    }
  });
  await page.goto(shared.url + rel, { waitUntil: 'load' });
  await page.waitForTimeout(150);
  const found = await page.evaluate(() => {
    const out = [];
    const main = document.querySelector('main');
    const all = [main, ...main.querySelectorAll('*')];
    for (const el of all) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) out.push(`<${el.localName} ${a.name}>`);
      }
      if (el.localName === 'script') out.push('<script> element');
      if (el.localName === 'iframe' && el.hasAttribute('srcdoc')) out.push('<iframe srcdoc>');
      for (const attr of ['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href']) {
        const v = el.getAttribute(attr);
        if (v == null) continue;
        let proto = '';
        try {
          proto = new URL(v, document.baseURI).protocol;
        } catch {
          continue;
        }
        const image = el.localName === 'img' && attr === 'src';
        if (proto === 'javascript:' || proto === 'vbscript:' || (proto === 'data:' && !image)) {
          out.push(`<${el.localName} ${attr}="${v}">`);
        }
      }
    }
    // Give every element the events a reader's mouse and keyboard would.
    for (const el of all) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin']) {
        el.dispatchEvent(new Event(type, { bubbles: true }));
      }
      if (typeof el.focus === 'function') el.focus();
      if (el.localName !== 'a') el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    return out;
  });
  await page.waitForTimeout(100);
  const ran = await page.evaluate(() => window.__xss);
  await context.close();
  return { found, ran: [...ran, ...dialogs.map((m) => `dialog: ${m}`)] };
}

before(async () => {
  const built = buildSite();
  shared.tmp = built.tmp;
  shared.pages = built.pages;
  shared.server = await serve(built.out);
  shared.url = `http://127.0.0.1:${shared.server.address().port}/`;
  shared.browser = await launchChromium();
});

after(async () => {
  await shared.browser?.close();
  shared.server?.close();
  if (shared.tmp) fs.rmSync(shared.tmp, { recursive: true, force: true });
});

test('control: an unsanitized payload is caught', { timeout: 60_000 }, async () => {
  const r = await visit('control/');
  assert.ok(r.ran.length > 0, 'the onerror handler did not run: the detector is blind');
  assert.ok(r.found.some((f) => f.includes('onerror')), `not seen: ${r.found}`);
  assert.ok(r.found.some((f) => f.includes('javascript:')), `not seen: ${r.found}`);
});

test('no payload runs script in a page vilde built', { timeout: 600_000 }, async () => {
  assert.ok(shared.pages.length >= 60, `only ${shared.pages.length} payloads`);
  const failures = [];
  for (const { rel, payload } of shared.pages) {
    const r = await visit(rel);
    if (r.found.length || r.ran.length) {
      failures.push(`${rel} ${payload}\n    found: ${r.found.join(', ')}\n    ran: ${r.ran.join(', ')}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} payload(s) survived:\n${failures.join('\n')}`);
});
