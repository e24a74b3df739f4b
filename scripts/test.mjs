// `npm test`: builds, then runs every check and ends with one line,
// `N passed, N failed, N skipped`, totalled over:
//   1. the browser tests (@web/test-runner, in Chromium, Firefox and WebKit:
//      a line per engine comes first),
//   2. every Storybook story (the static build, then each story as a Vitest test in Chromium, axe-checked),
//   3. the generated files (custom-elements.json, brief.schema.json) being current,
//   4. the Node tests in test/node/*.test.mjs (node:test, against the build:
//      the package importing in Node with no DOM, and what needs no browser).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
/** The last `N passed, N failed[, N skipped]` line of a summary file. */
const counts = (file) => {
  const [, passed, failed, skipped = 0] =
    [...read(file).matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)].at(-1) ?? [];
  return passed === undefined ? undefined : [Number(passed), Number(failed), Number(skipped)];
};

let passed = 0;
let failed = 0;
let skipped = 0;
const engineLines = [];
const finish = () => {
  console.log(`\n${[...engineLines, `${passed} passed, ${failed} failed, ${skipped} skipped`].join('\n')}`);
  process.exit(failed ? 1 : 0);
};

// Finds the browsers (installing Debian's when it may), or says what to install.
if (!run('node', ['scripts/browsers.mjs'])) process.exit(1);
mkdirSync('build', { recursive: true });
rmSync('build/test-summary.txt', { force: true });
rmSync('build/storybook-summary.txt', { force: true });
rmSync('build/node-tests.tap', { force: true });

// The browser tests are served from TypeScript by esbuild, which checks no types: tsc does.
if (!run('npm', ['run', '--silent', 'build']) || !run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.test.json'])) {
  console.error('The build failed: no test ran.');
  failed++;
  finish();
}

for (const [name, steps, summary] of [
  ['browser tests', [['npx', ['wtr']]], 'build/test-summary.txt'],
  [
    'Storybook stories',
    [
      ['npm', ['run', '--silent', 'build-storybook']],
      ['node', ['scripts/check-storybook.mjs']],
    ],
    'build/storybook-summary.txt',
  ],
]) {
  const ok = steps.every(([command, args]) => run(command, args));
  const result = counts(summary);
  if (result) {
    passed += result[0];
    failed += result[1];
    skipped += result[2];
  }
  engineLines.push(
    ...read(summary)
      .split('\n')
      .filter((line) => /^\w+: \d+ passed, \d+ failed/.test(line)),
  );
  if (!ok && (!result || result[1] === 0)) {
    console.error(`The ${name} did not run to the end.`);
    failed++;
  }
}

if (run('node', ['scripts/generate.mjs', '--check'])) passed++;
else failed++;

// Node tests (node:test): what needs no browser, run against the build.
const nodeTests = existsSync('test/node')
  ? readdirSync('test/node')
      .filter((f) => f.endsWith('.test.mjs'))
      .sort()
      .map((f) => `test/node/${f}`)
  : [];
if (nodeTests.length) {
  const result = spawnSync(
    'node',
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=build/node-tests.tap',
      ...nodeTests,
    ],
    { stdio: 'inherit' },
  );
  const tap = read('build/node-tests.tap');
  const pass = Number(/^# pass (\d+)$/m.exec(tap)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)$/m.exec(tap)?.[1] ?? 0);
  passed += pass;
  failed += fail;
  skipped += Number(/^# skipped (\d+)$/m.exec(tap)?.[1] ?? 0);
  if (result.status !== 0 && fail === 0) {
    console.error('The Node tests did not run to the end.');
    failed++;
  }
}

// Lint (ESLint, Prettier, lit-analyzer: scripts/lint.mjs) counts as one check; its findings print above.
if (run('npm', ['run', '--silent', 'lint'])) passed++;
else failed++;

finish();
