// Runs before the browser tests: one clear line when there is no browser, instead of a stack trace.
import { findBrowser } from './find-browser.mjs';

const found = findBrowser();
if ('error' in found) {
  console.error(found.error);
  process.exit(1);
}
console.log(`Browser tests use ${found.path ?? "Playwright's own Chromium"} (${found.source}).`);
