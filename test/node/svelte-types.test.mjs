// intel-brief/svelte, as a Svelte 5 app gets it: the packed package installed with npm
// (from the registry, --prefer-offline) beside svelte and svelte-check in build/svelte-types,
// kept between runs. svelte-check must accept test/svelte/Correct.svelte, and report each line
// of test/svelte/Wrong.svelte that follows a "wrong:" comment, on that line, and no other.
// Run after `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmEnv, pack } from './pack.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'build/svelte-types');
const fixtures = join(root, 'test/svelte');
const win = process.platform === 'win32';
/** Versions that run on Node 20 (`npm view svelte-check engines`). */
const TOOLS = ['svelte@~5.60.1', 'svelte-check@~4.7.9', 'typescript@~5.9.3'];

/** svelte-check's diagnostics, each `{ type, file, line (1-based), message }`, and its exit status. */
let diagnostics;
let status;

before(() => {
  assert.ok(existsSync(join(root, 'dist/frameworks/svelte.js')), 'no dist/: run `npm run build` first');
  mkdirSync(work, { recursive: true });
  if (!existsSync(join(work, 'package.json'))) writeFileSync(join(work, 'package.json'), '{ "private": true }\n');
  for (const file of readdirSync(work)) if (file.endsWith('.tgz')) rmSync(join(work, file));
  const packed = pack(work);
  renameSync(join(work, packed.filename), join(work, 'intel-brief.tgz'));
  execFileSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', './intel-brief.tgz', ...TOOLS],
    { cwd: work, env: npmEnv, stdio: ['ignore', 'ignore', 'inherit'], shell: win },
  );
  // The tarball of this build, not an earlier run's left installed.
  for (const file of ['dist/frameworks/svelte.d.ts', 'dist/frameworks/jsx-props.d.ts'])
    assert.equal(
      readFileSync(join(work, 'node_modules/intel-brief', file), 'utf8'),
      readFileSync(join(root, file), 'utf8'),
      `${file} is not this build's`,
    );
  rmSync(join(work, 'src'), { recursive: true, force: true });
  mkdirSync(join(work, 'src'));
  for (const file of readdirSync(fixtures))
    copyFileSync(join(fixtures, file), join(work, file.endsWith('.svelte') ? 'src' : '', file));
  const run = spawnSync(
    process.execPath,
    [
      join(work, 'node_modules/svelte-check/bin/svelte-check'),
      '--workspace',
      work,
      '--tsconfig',
      './tsconfig.json',
      '--output',
      'machine-verbose',
    ],
    { cwd: work, encoding: 'utf8' },
  );
  status = run.status;
  diagnostics = run.stdout
    .split('\n')
    .map((line) => line.slice(line.indexOf(' ') + 1))
    .filter((json) => json.startsWith('{'))
    .map((json) => {
      const { type, filename, start, message } = JSON.parse(json);
      return { type, file: filename.replaceAll('\\', '/'), line: start.line + 1, message };
    });
  assert.ok(/COMPLETED/.test(run.stdout), `svelte-check did not finish:\n${run.stdout}\n${run.stderr}`);
});

const of = (name) => diagnostics.filter((d) => d.file === `src/${name}`);
const show = (list) => list.map((d) => `${d.file}:${d.line} ${d.type} ${d.message}`).join('\n');

test('svelte-check accepts correct use of the three tags', () => {
  assert.deepEqual(show(of('Correct.svelte')), '');
});

test('svelte-check reports each wrong prop and event handler where it is written', () => {
  const lines = readFileSync(join(fixtures, 'Wrong.svelte'), 'utf8').split('\n');
  const expected = lines.flatMap((line, i) => (/^<!-- wrong: /.test(line) ? [i + 2] : []));
  assert.ok(expected.length >= 8, 'the fixture has its wrong lines');
  const errors = of('Wrong.svelte');
  const missed = expected.filter((line) => !errors.some((d) => d.type === 'ERROR' && d.line === line));
  assert.deepEqual(
    missed.map((line) => `${line}: ${lines[line - 1]}`),
    [],
    `not reported:\n${show(errors)}`,
  );
  const elsewhere = errors.filter((d) => !expected.includes(d.line));
  assert.deepEqual(show(elsewhere), '');
  assert.notEqual(status, 0);
});
