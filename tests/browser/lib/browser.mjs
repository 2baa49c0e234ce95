// Launch Debian's Chromium through playwright-core (no browser download).
// CHROMIUM_PATH overrides the executable.
//
// Profile: playwright's chromium.launch() refuses a `--user-data-dir` argument
// and instead always starts Chromium with a fresh profile directory of its own
// (fs.mkdtemp in the OS temp dir, `playwright_chromiumdev_profile-*`), removed on
// close. That is the fresh --user-data-dir we want; `launchChromium` checks it
// is really on the command line (see profileDirOf).

import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch Chromium; returns the playwright Browser. */
export async function launchChromium() {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}
