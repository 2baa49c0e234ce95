// Behaviour of themes/aarhus/static/laes-op.js on the sample problem page, with a
// fake speech engine installed before the page's scripts run (headless Chromium
// has speechSynthesis but no voices, and nothing can be heard in CI anyway).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser.mjs';
import { serveSite } from './lib/site.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, 'fixtures');
const PAGE = 'eksempel/index.html';

/** Installed as an init script: a recording stand-in for the Web Speech API. */
function fakeSpeech(withDanish) {
  const calls = [];
  const voices = [{ name: 'English', lang: 'en-US', localService: true, default: true }];
  if (withDanish) {
    voices.push({ name: 'Dansk (net)', lang: 'da-DK', localService: false, default: false });
    voices.push({ name: 'Dansk', lang: 'da-DK', localService: true, default: false });
  }
  class FakeUtterance {
    constructor(text) {
      this.text = text;
      this.lang = '';
      this.voice = null;
      this.onend = null;
      this.onerror = null;
    }
  }
  let queue = [];
  const fake = {
    speaking: false,
    paused: false,
    getVoices: () => voices,
    speak(u) {
      calls.push({ op: 'speak', text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null });
      queue.push(u);
      this.speaking = true;
    },
    pause() {
      calls.push({ op: 'pause' });
      this.paused = true;
    },
    resume() {
      calls.push({ op: 'resume' });
      this.paused = false;
    },
    cancel() {
      calls.push({ op: 'cancel' });
      const q = queue;
      queue = [];
      this.speaking = false;
      q.forEach((u) => u.onerror && u.onerror({ error: 'interrupted' }));
    },
    addEventListener() {},
    /** Test helper: the engine finishes everything it was given. */
    finishAll() {
      const q = queue;
      queue = [];
      this.speaking = false;
      q.forEach((u) => u.onend && u.onend({}));
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true, writable: true });
  window.SpeechSynthesisUtterance = FakeUtterance;
  window.__speechCalls = calls;
}

const state = () =>
  document.querySelector('.laes-op') &&
  [...document.querySelectorAll('.laes-op button')].map((b) => ({
    name: b.textContent,
    hidden: b.hidden,
    pressed: b.getAttribute('aria-pressed'),
  }));

describe('Læs op (read aloud) on the sample problem page', () => {
  let browser;
  let site;
  before(async () => {
    browser = await launchChromium();
    site = await serveSite(path.join(FIXTURES, 'sample'), {
      extraRoots: [path.join(FIXTURES, 'shared'), path.resolve(HERE, '..', '..', 'themes', 'aarhus', 'static')],
    });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(withDanish = true) {
    const context = await browser.newContext();
    await site.setupContext(context);
    await context.addInitScript(fakeSpeech, withDanish);
    const page = await context.newPage();
    await page.goto(site.pageUrl(PAGE));
    await page.waitForFunction(() => !document.querySelector('.laes-op').hidden);
    return { context, page };
  }

  test('the control is filled and shown: Læs op (not pressed), Pause and Stop hidden', async () => {
    const { context, page } = await open();
    assert.deepEqual(await page.evaluate(state), [
      { name: 'Læs op', hidden: false, pressed: 'false' },
      { name: 'Pause', hidden: true, pressed: null },
      { name: 'Stop', hidden: true, pressed: null },
    ]);
    await context.close();
  });

  test('Læs op reads the main text block by block with the local Danish voice', async () => {
    const { context, page } = await open();
    await page.getByRole('button', { name: 'Læs op' }).click();
    const calls = await page.evaluate(() => window.__speechCalls);
    assert.deepEqual(calls[0], { op: 'cancel' });
    const spoken = calls.filter((c) => c.op === 'speak');
    assert.deepEqual(
      spoken.map((c) => c.text),
      [
        'Eksempelproblem',
        'Denne side er en testside for browsertestene. Den har samme opbygning som temaets side for et problem.',
        'Problemformulering',
        'Første afsnit af teksten. Andet udsagn i samme afsnit.',
        'Et punkt i en liste.',
        'Et andet punkt.',
        'Video',
        'Det bliver sagt i videoen',
        'Billede: En blå flade med et hvidt felt, der bevæger sig fra venstre mod højre.',
        'Dette er en testvideo.',
        'Kontakt',
        'Kontaktoplysninger står her på en rigtig side.',
      ],
    );
    assert.ok(spoken.every((c) => c.lang === 'da-DK' && c.voice === 'Dansk'), JSON.stringify(spoken[0]));
    assert.deepEqual(await page.evaluate(state), [
      { name: 'Læs op', hidden: false, pressed: 'true' },
      { name: 'Pause', hidden: false, pressed: null },
      { name: 'Stop', hidden: false, pressed: null },
    ]);
    await context.close();
  });

  test('Pause becomes Fortsæt and back; Stop cancels, hides Pause/Stop and returns focus to Læs op', async () => {
    const { context, page } = await open();
    await page.getByRole('button', { name: 'Læs op' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    assert.equal((await page.evaluate(state))[1].name, 'Fortsæt');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    assert.equal((await page.evaluate(state))[1].name, 'Pause');
    await page.getByRole('button', { name: 'Stop' }).focus();
    await page.keyboard.press('Enter');
    const ops = (await page.evaluate(() => window.__speechCalls)).map((c) => c.op).filter((o) => o !== 'speak');
    assert.deepEqual(ops, ['cancel', 'pause', 'resume', 'cancel']);
    assert.deepEqual(await page.evaluate(state), [
      { name: 'Læs op', hidden: false, pressed: 'false' },
      { name: 'Pause', hidden: true, pressed: null },
      { name: 'Stop', hidden: true, pressed: null },
    ]);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Læs op');
    await context.close();
  });

  test('pressing Læs op again stops; reaching the end resets the control', async () => {
    const { context, page } = await open();
    const start = page.getByRole('button', { name: 'Læs op' });
    await start.click();
    await start.click();
    assert.equal((await page.evaluate(state))[0].pressed, 'false');
    await start.click();
    await page.evaluate(() => window.speechSynthesis.finishAll());
    assert.deepEqual(await page.evaluate(state), [
      { name: 'Læs op', hidden: false, pressed: 'false' },
      { name: 'Pause', hidden: true, pressed: null },
      { name: 'Stop', hidden: true, pressed: null },
    ]);
    await context.close();
  });

  test('works from the keyboard (Space on Læs op)', async () => {
    const { context, page } = await open();
    await page.getByRole('button', { name: 'Læs op' }).focus();
    await page.keyboard.press('Space');
    assert.equal((await page.evaluate(state))[0].pressed, 'true');
    await context.close();
  });

  test('without a Danish voice the utterances still ask for da-DK', async () => {
    const { context, page } = await open(false);
    await page.getByRole('button', { name: 'Læs op' }).click();
    const spoken = (await page.evaluate(() => window.__speechCalls)).filter((c) => c.op === 'speak');
    assert.ok(spoken.length > 0);
    assert.ok(spoken.every((c) => c.lang === 'da-DK' && c.voice === null));
    await context.close();
  });

  test('long paragraphs are split at sentence ends into pieces of at most 220 characters', async () => {
    const { context, page } = await open();
    const sentence = 'Dette er en sætning med nogle ord i, som gentages for at gøre afsnittet langt. ';
    await page.evaluate((s) => {
      const p = document.createElement('p');
      p.textContent = s.repeat(8);
      document.querySelector('main').append(p);
    }, sentence);
    await page.getByRole('button', { name: 'Læs op' }).click();
    const spoken = (await page.evaluate(() => window.__speechCalls)).filter((c) => c.op === 'speak');
    const tail = spoken.slice(-3).map((c) => c.text);
    const two = sentence.repeat(2).trim();
    assert.deepEqual(tail, [two, two, two]);
    assert.ok(spoken.every((c) => c.text.length <= 220));
    await context.close();
  });

  test('without speechSynthesis the control stays hidden and empty', async () => {
    const context = await browser.newContext();
    await site.setupContext(context);
    await context.addInitScript(() => {
      delete window.speechSynthesis;
      delete Window.prototype.speechSynthesis;
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(site.pageUrl(PAGE));
    await page.waitForLoadState('load');
    await page.waitForTimeout(100);
    assert.deepEqual(errors, [], 'the script must bow out quietly, not crash');
    const s = await page.evaluate(() => ({
      has: 'speechSynthesis' in window,
      hidden: document.querySelector('.laes-op').hidden,
      buttons: document.querySelectorAll('.laes-op button').length,
    }));
    assert.deepEqual(s, { has: false, hidden: true, buttons: 0 });
    await context.close();
  });
});
