// Runs every Storybook story as a test with Storybook's own tooling
// (@storybook/addon-vitest: Vitest in headless Chromium, see vitest.config.mjs).
// Each story must render an element of ours with content, log no console error,
// throw nothing, fail no request, and pass the a11y addon's axe run (one a story,
// after the play function). Prints Vitest's report, then `N passed, N failed`,
// also written to build/storybook-summary.txt for `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const report = 'build/storybook-vitest.json';

mkdirSync('build', { recursive: true });
rmSync(report, { force: true });
const { status } = spawnSync(
  process.execPath,
  [vitest, 'run', '--project', 'storybook', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } },
);

let passed = 0;
let failed = 0;
let stories = 0;
try {
  for (const file of JSON.parse(readFileSync(report, 'utf8')).testResults) {
    stories += file.assertionResults.length;
    for (const test of file.assertionResults) {
      if (test.status === 'passed') passed++;
      else if (test.status === 'failed') failed++;
    }
    // A stories file that could not even load counts as one failure.
    if (file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')) failed++;
  }
} catch {
  console.error(`Vitest wrote no report (${report}).`);
}
// Errors outside any story (uncaught after a test ended, a crashed browser) fail the run too.
if (status !== 0 && failed === 0) failed++;

const line = `${passed} passed, ${failed} failed`;
writeFileSync('build/storybook-summary.txt', `${line}\n`);
console.log(`\nStorybook: ${stories} stories\n${line}`);
process.exitCode = failed ? 1 : 0;
