// Takes screenshots of the running app for review: node scripts/screenshot.mjs <url> <out.png> [width] [height] [lang]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const [url = 'http://127.0.0.1:5173/', out = '/tmp/shot.png', w = '1280', h = '800', lang = 'en'] = process.argv.slice(2);
const found = findBrowser();
if ('error' in found) throw new Error(found.error);
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, locale: lang });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out });
await browser.close();
if (errors.length) console.log('page errors:\n' + errors.join('\n'));
console.log('saved', out);
