/**
 * Headless conformance runner: replays every scenario on the engine and writes results.
 *   npm run --silent conformance -- <scenarios-dir> <out-dir> [--expected <dir>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { runScenario, type Scenario } from '../src/engine/amqp/conformance/runner';
import { diffJson } from '../src/engine/amqp/conformance/compare';

const argv = process.argv.slice(2);
const expIdx = argv.indexOf('--expected');
const expected = expIdx >= 0 ? argv[expIdx + 1] : undefined;
const positional = argv.filter((a, i) => !a.startsWith('--') && (expIdx < 0 || i !== expIdx + 1));
const [scenarioDir, outDir] = positional;
if (scenarioDir === undefined || outDir === undefined) {
  console.error('usage: conformance <scenarios-dir> <out-dir> [--expected <dir>]');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
let passed = 0;
let failed = 0;
const files = fs
  .readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .sort();
for (const f of files) {
  const scenario = JSON.parse(fs.readFileSync(path.join(scenarioDir, f), 'utf8')) as Scenario;
  let line: string;
  try {
    const result = runScenario(scenario);
    fs.writeFileSync(path.join(outDir, f), JSON.stringify(result, null, 2) + '\n');
    if (expected === undefined) {
      line = `${f}: done`;
    } else {
      const expPath = path.join(expected, f);
      if (!fs.existsSync(expPath)) {
        line = `${f}: no expected result`;
        failed++;
      } else {
        const diffs = diffJson(JSON.parse(fs.readFileSync(expPath, 'utf8')), result);
        if (diffs.length === 0) {
          passed++;
          line = `${f}: pass`;
        } else {
          failed++;
          line = `${f}: FAIL\n  ${diffs.join('\n  ')}`;
        }
      }
    }
  } catch (e) {
    failed++;
    line = `${f}: ERROR ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  }
  console.log(line);
}
if (expected !== undefined) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
