// Finds the Chromium the browser tests (and the UI benchmark) drive. Order, as the README says:
//   1. an explicit path in BROKERLAB_CHROMIUM (or CHROMIUM_PATH),
//   2. Playwright's own managed Chromium, when `npx playwright install chromium` was run,
//   3. Debian's /usr/bin/chromium (what .ci/run installs).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const HOW_TO_GET_ONE =
  'No Chromium found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
  'or run `npx playwright install chromium`, or set BROKERLAB_CHROMIUM=/path/to/chrome.';

/** @returns {{ path: string | undefined, source: 'env' | 'playwright' | 'system' } | { error: string }} */
export function findBrowser() {
  const explicit = process.env.BROKERLAB_CHROMIUM || process.env.CHROMIUM_PATH;
  if (explicit) {
    return existsSync(explicit)
      ? { path: explicit, source: 'env' }
      : { error: `BROKERLAB_CHROMIUM points to ${explicit}, which does not exist. ${HOW_TO_GET_ONE}` };
  }
  let managed;
  try {
    managed = chromium.executablePath();
  } catch {
    managed = undefined;
  }
  // Playwright's own browser needs no executablePath: it finds it itself.
  if (managed && existsSync(managed)) return { path: undefined, source: 'playwright' };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'system' };
  return { error: HOW_TO_GET_ONE };
}

// Flags that make Chromium quiet and reliable in a sandbox with no network beyond localhost.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
