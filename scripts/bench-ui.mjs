// UI benchmark: builds the app, serves the build, and measures the token layer in headless
// Chromium with a 30-node topology: median fps with 1,000 and 3,000 tokens in flight, React
// commits per second while animating, and the gzipped JavaScript a first visit loads.
//   npm run bench:ui            readable figures
//   npm run bench:ui -- --json  the same, then one JSON line at the end
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const JSON_OUT = process.argv.includes('--json');
const MEASURE_MS = 4000;
const WARM_MS = 1500;
const log = (...a) => console.log(...a);

/** 3 producers → 3 exchanges → 12 queues → 12 consumers: 30 nodes, all busy. */
function benchScenario() {
  const message = (n) => ({
    routingKey: 'orders.eu', headers: [], payloadKind: 'json', payload: `{"n": ${n}}`, mandatory: false,
    properties: { contentType: 'application/json', deliveryMode: 2 },
  });
  const nodes = [];
  const edges = [];
  let e = 0;
  const types = ['topic', 'fanout', 'direct'];
  for (let p = 0; p < 3; p++) {
    nodes.push({
      id: `p${p}`, kind: 'producer', position: { x: 0, y: 120 + p * 560 }, name: `producer-${p}`, app: `app-p${p}`,
      message: message(p), confirm: false, schedule: { enabled: true, ratePerSec: 2, burst: 1, keys: [], limit: 0 },
    });
    nodes.push({
      id: `x${p}`, kind: 'exchange', position: { x: 300, y: 120 + p * 560 }, name: `exchange-${p}`, type: types[p],
      durable: true, autoDelete: false, internal: false, alternateExchange: '',
    });
    edges.push({ id: `e${e++}`, kind: 'publish', source: `p${p}`, target: `x${p}` });
  }
  for (let q = 0; q < 12; q++) {
    const x = Math.floor(q / 4);
    nodes.push({ id: `q${q}`, kind: 'queue', position: { x: 650, y: q * 140 }, name: `queue-${q}`, durable: true, exclusive: false, autoDelete: false, args: {} });
    nodes.push({
      id: `c${q}`, kind: 'consumer', position: { x: 1000, y: q * 140 }, name: `consumer-${q}`, app: `app-c${q}`,
      ackMode: 'manual', prefetch: 2, prefetchGlobal: false, processingMs: 400, action: { kind: 'ack' }, priority: 0, exclusive: false,
    });
    const key = types[x] === 'topic' ? 'orders.#' : types[x] === 'direct' ? 'orders.eu' : '';
    edges.push({ id: `e${e++}`, kind: 'binding', source: `x${x}`, target: `q${q}`, key, xMatch: 'all', args: [] });
    edges.push({ id: `e${e++}`, kind: 'subscription', source: `q${q}`, target: `c${q}` });
  }
  return { version: 1, mode: 'amqp', title: 'bench-30', playback: { speed: 1 }, nodes, edges };
}

// Runs in the page before the app: counts React commits through the DevTools hook (production
// React calls it too) and measures rAF intervals (as e2e perf specs here always have).
function pageInstruments() {
  window.__commits = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, isDisabled: false, renderers: new Map(),
    inject: () => 1, checkDCE: () => {}, onScheduleFiberRoot: () => {}, onCommitFiberUnmount: () => {}, onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: () => { window.__commits++; },
  };
  window.__measure = (ms) => new Promise((resolve) => {
    const ts = [];
    const tick = (t) => {
      ts.push(t);
      if (t - ts[0] < ms) requestAnimationFrame(tick);
      else {
        const d = ts.slice(1).map((v, i) => v - ts[i]).sort((a, b) => a - b);
        const seconds = (ts[ts.length - 1] - ts[0]) / 1000;
        resolve({ frames: d.length, seconds, p50: d[Math.floor(d.length / 2)], p95: d[Math.min(d.length - 1, Math.floor(d.length * 0.95))] });
      }
    };
    requestAnimationFrame(tick);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Gzipped size of the entry chunk and everything it imports statically (what a first visit loads). */
function firstVisitSize(outDir, output) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const entry = Object.values(manifest).find((m) => m.isEntry);
  const seen = new Set();
  const walk = (key) => {
    const m = manifest[key];
    if (!m || seen.has(m.file)) return;
    seen.add(m.file);
    for (const k of m.imports ?? []) walk(k);
  };
  walk(Object.keys(manifest).find((k) => manifest[k] === entry));
  // The page's own scripts (the entry may be renamed by the chunking) and the English words,
  // which load before the first render: the same roots as scripts/bundle-size.mjs.
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const keyOfFile = new Map(Object.entries(manifest).map(([k, c]) => [c.file, k]));
  for (const [, ref] of html.matchAll(/<script[^>]*\ssrc="\.?\/?([^"]+)"/g)) walk(keyOfFile.get(ref));
  walk('src/i18n/en.ts');
  const gz = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const js = [...seen].map((f) => ({ file: f, raw: readFileSync(join(outDir, f)).length, gzip: gz(f) }));
  const css = (entry?.css ?? []).map((f) => ({ file: f, gzip: gz(f) }));
  // Which modules dominate the first-visit chunks (rendered bytes, grouped by package).
  const byPkg = new Map();
  for (const chunk of output.filter((o) => o.type === 'chunk' && seen.has(o.fileName)))
    for (const [id, info] of Object.entries(chunk.modules)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
      const key = m ? m[1] : id.includes('/src/') ? `src/${id.split('/src/')[1].split('/')[0]}` : id;
      byPkg.set(key, (byPkg.get(key) ?? 0) + info.renderedLength);
    }
  const total = [...byPkg.values()].reduce((a, b) => a + b, 0);
  const top = [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => ({ module: k, share: v / total }));
  return { js, css, jsGzip: js.reduce((a, b) => a + b.gzip, 0), cssGzip: css.reduce((a, b) => a + b.gzip, 0), top };
}

async function main() {
  const found = findBrowser();
  if ('error' in found) throw new Error(found.error);
  const outDir = mkdtempSync(join(tmpdir(), 'brokerlab-bench-ui-'));
  let server;
  let browser;
  try {
    log('building…');
    const result = await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
    const output = (Array.isArray(result) ? result[0] : result).output;
    const size = firstVisitSize(outDir, output);
    const port = await freePort();
    server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
    const url = `http://127.0.0.1:${port}/?testhook`;
    log(`serving ${url}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

    browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(pageInstruments);
    await page.goto(url);
    await page.waitForFunction(() => window.__brokerlab?.ready(), null, { timeout: 30_000 });
    const loaded = await page.evaluate((doc) => window.__brokerlab.load(doc), benchScenario());
    if (!loaded.ok) throw new Error(`scenario refused: ${JSON.stringify(loaded.errors)}`);
    await page.waitForTimeout(300);
    await page.locator('.react-flow__controls-fitview').click(); // every edge on screen
    await page.evaluate(() => {
      window.__brokerlab.setSpeed(1);
      window.__brokerlab.play();
    });
    await page.waitForTimeout(1000);

    const figures = {};
    let injected = 0;
    for (const n of [1000, 3000]) {
      await page.evaluate((k) => window.__brokerlab.injectFlights(k, 60_000), n - injected);
      injected = n;
      await page.waitForTimeout(WARM_MS);
      const c0 = await page.evaluate(() => window.__commits);
      const f = await page.evaluate((ms) => window.__measure(ms), MEASURE_MS);
      const c1 = await page.evaluate(() => window.__commits);
      const stats = await page.evaluate(() => window.__brokerlab.tokenStats());
      const fps = 1000 / f.p50;
      figures[n] = { fps, meanFps: f.frames / f.seconds, p95ms: f.p95, commitsPerSec: (c1 - c0) / f.seconds, drawn: stats.tokens };
      log(`${n} tokens: median ${fps.toFixed(1)} fps (mean ${(f.frames / f.seconds).toFixed(1)}, p95 frame ${f.p95.toFixed(1)} ms), ` +
        `${stats.tokens} drawn in the last frame, React commits ${((c1 - c0) / f.seconds).toFixed(1)}/s`);
    }
    if (errors.length) log('page errors:\n' + errors.join('\n'));

    const commits = Math.max(figures[1000].commitsPerSec, figures[3000].commitsPerSec);
    log(`first visit: JavaScript ${(size.jsGzip / 1024).toFixed(1)} KB gzip (${size.js.map((j) => `${j.file} ${(j.gzip / 1024).toFixed(1)} KB`).join(', ')}), CSS ${(size.cssGzip / 1024).toFixed(1)} KB gzip`);
    log('largest in the first-visit JavaScript (share of rendered bytes): ' + size.top.map((t) => `${t.module} ${(t.share * 100).toFixed(0)}%`).join(', '));
    log(`targets: 1k ≥ 55 fps ${figures[1000].fps >= 55 ? 'met' : 'MISSED'}; 3k ≥ 30 fps ${figures[3000].fps >= 30 ? 'met' : 'MISSED'}; commits ≤ 30/s ${commits <= 30 ? 'met' : 'MISSED'}; JS ≤ 170 KB ${size.jsGzip / 1024 <= 170 ? 'met' : 'MISSED'}`);
    if (JSON_OUT) {
      const r1 = (x) => Math.round(x * 10) / 10;
      console.log(JSON.stringify({
        fpsP50_1000: r1(figures[1000].fps),
        fpsP50_3000: r1(figures[3000].fps),
        reactCommitsPerSec: r1(commits),
        fpsMean_1000: r1(figures[1000].meanFps),
        fpsMean_3000: r1(figures[3000].meanFps),
        firstVisitJsGzipKB: r1(size.jsGzip / 1024),
        firstVisitCssGzipKB: r1(size.cssGzip / 1024),
        loadAverage: r1(loadavg()[0]),
      }));
    }
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
