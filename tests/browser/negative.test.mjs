// Negative and positive control for the browser suite: a green run must mean
// something. The suite itself (suite.test.mjs, as CI runs it) is run in a child
// process on two fixture sites:
//   fixtures/faulty/  three known faults → the suite fails with exactly these findings;
//   fixtures/sample/  a correct site     → the suite passes with no findings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function runSuite(siteDir) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vilde-negative-'));
  const findingsFile = path.join(tmp, 'findings.json');
  const env = { ...process.env };
  // Without this the child would talk to us in the test runner's private protocol.
  delete env.NODE_TEST_CONTEXT;
  delete env.VILDE_CHECKS;
  delete env.VILDE_BASE_URL;
  delete env.VILDE_SITE_TITLE;
  Object.assign(env, {
    VILDE_SITE_DIR: siteDir,
    VILDE_FINDINGS_FILE: findingsFile,
    VILDE_SCREENSHOT_DIR: path.join(tmp, 'screenshots'),
  });
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', path.join(HERE, 'suite.test.mjs')], {
    cwd: HERE,
    env,
    encoding: 'utf8',
    timeout: 15 * 60 * 1000,
  });
  const findings = fs.existsSync(findingsFile) ? JSON.parse(fs.readFileSync(findingsFile, 'utf8')) : null;
  const screenshots = fs.existsSync(path.join(tmp, 'screenshots'))
    ? fs.readdirSync(path.join(tmp, 'screenshots'), { recursive: true }).map(String).sort()
    : [];
  fs.rmSync(tmp, { recursive: true, force: true });
  return { status: r.status, output: (r.stdout ?? '') + (r.stderr ?? ''), findings, screenshots };
}

const key = (f) => [f.page, f.check, f.rule, f.target ?? ''].join(' | ');

test('negative control: the suite fails on fixtures/faulty with exactly its three faults', { timeout: 16 * 60 * 1000 }, () => {
  const r = runSuite(path.join(HERE, 'fixtures', 'faulty'));
  assert.ok(r.findings, `the suite wrote no findings file; its output:\n${r.output}`);
  const got = r.findings.map(key).sort();
  const expected = [
    // Fault 1: image without alt text (axe and the Nu checker both see it).
    'billede/index.html | axe | image-alt | img',
    'billede/index.html | vnu | html-error | line 26, column 1',
    // Fault 2: low-contrast text.
    'kontrast/index.html | axe | color-contrast | .svag',
    // Fault 3: h1 → h3 (the suite's heading check and the Nu checker).
    'overskrifter/index.html | structure | heading-skip | h3',
    'overskrifter/index.html | vnu | html-error | line 26, column 1',
  ];
  assert.deepEqual(got, expected, `findings differ; the suite's output:\n${r.output}`);
  const msg = (page, check) => r.findings.find((f) => f.page === page && f.check === check).message;
  assert.match(msg('billede/index.html', 'vnu'), /“img” element must have an “alt” attribute/);
  assert.match(msg('kontrast/index.html', 'axe'), /contrast of 2\.32 \(foreground color: #aaaaaa, background color: #ffffff/);
  assert.match(msg('overskrifter/index.html', 'structure'), /h3 "Et niveau for dybt" \(level 3\) follows a level-1 heading/);
  assert.match(msg('overskrifter/index.html', 'vnu'), /skipping 1 heading level/);
  assert.equal(r.status, 1, 'the suite must exit 1');
  // The readable report names rule, impact, element and page.
  assert.match(r.output, /✗ axe image-alt \[critical\] on billede\/index\.html\n\s+element: img/);
  assert.match(r.output, /✗ axe color-contrast \[serious\] on kontrast\/index\.html\n\s+element: \.svag/);
  assert.match(r.output, /ℹ fail 5\n/); // axe ×2, vnu ×2, structure ×1
});

test('positive control: the suite passes on fixtures/sample with no findings and writes a screenshot pair per page type', { timeout: 16 * 60 * 1000 }, () => {
  const r = runSuite(path.join(HERE, 'fixtures', 'sample'));
  assert.deepEqual(r.findings, [], r.output);
  assert.equal(r.status, 0, r.output);
  assert.match(r.output, /ℹ fail 0\n/);
  assert.match(r.output, /ℹ pass \d+\n/);
  assert.deepEqual(r.screenshots, [
    'sample',
    'sample/404-1280.png',
    'sample/404-360.png',
    'sample/eksempel-1280.png',
    'sample/eksempel-360.png',
    'sample/forside-1280.png',
    'sample/forside-360.png',
  ]);
});
