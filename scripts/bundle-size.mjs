// Measures what a first visit downloads: the entry script, every module it imports statically,
// and the chunks the app always loads before its first render (the English words), gzipped.
// Lazy chunks (the other language, Kafka, the integration lab, panels, forms) are not counted:
// a first visit does not load them until the user asks.
// Usage: npm run size [-- --json]; budget: 170 KB of gzipped JavaScript.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 170;
/** Dynamic imports that run before the first render, whatever the user does. */
const ALWAYS_LOADED = ['src/i18n/en.ts'];

const out = mkdtempSync(join(tmpdir(), 'brokerlab-size-'));
try {
  execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--manifest', '--logLevel', 'error'], { stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  // The page's own <script> and modulepreload tags are the roots (the entry chunk may be renamed
  // by the build's chunking, so it is found from the page, not from the manifest's flags).
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const keyOfFile = new Map(Object.entries(manifest).map(([k, c]) => [c.file, k]));
  for (const [, ref] of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+)"/g)) {
    const key = keyOfFile.get(ref);
    if (key) visit(key);
    else files.add(ref);
  }
  for (const [, ref] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\.?\/?([^"]+)"/g)) files.add(ref);
  for (const key of ALWAYS_LOADED) visit(key);
  const rows = [...files].map((file) => {
    const bytes = readFileSync(join(out, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const kb = (n) => (n / 1024).toFixed(1);
  for (const r of rows) console.log(`${r.file.padEnd(44)} ${kb(r.raw).padStart(8)} KB  gzip ${kb(r.gzip).padStart(7)} KB`);
  const js = rows.filter((r) => r.file.endsWith('.js')).reduce((s, r) => s + r.gzip, 0);
  const css = rows.filter((r) => r.file.endsWith('.css')).reduce((s, r) => s + r.gzip, 0);
  console.log(`first visit: ${kb(js)} KB of gzipped JavaScript (budget ${BUDGET_KB} KB), ${kb(css)} KB of CSS`);
  if (process.argv.includes('--json'))
    console.log(JSON.stringify({ firstVisitJsGzipKB: Number(kb(js)), firstVisitCssGzipKB: Number(kb(css)) }));
} finally {
  rmSync(out, { recursive: true, force: true });
}
