// The sample briefs the package ships in briefs/, checked as README.md tells users to check
// theirs: `intel-brief validate briefs/*.json` (the shell's glob: every .json file there).
// Briefs meant to be rejected live in test/fixtures/, not among them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const samples = readdirSync('briefs')
  .filter((name) => name.endsWith('.json'))
  .map((name) => `briefs/${name}`);

const validate = (...args) =>
  spawnSync(process.execPath, ['bin/intel-brief.js', 'validate', ...args], { encoding: 'utf8' });

test('intel-brief validate briefs/*.json passes on the package samples', () => {
  assert.ok(samples.length >= 3, samples.join(', '));
  const run = validate(...samples);
  assert.equal(run.stdout + run.stderr, '');
  assert.equal(run.status, 0);
});

test('every sample is one valid brief, with no warning', () => {
  const run = validate('--json', ...samples);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const results = JSON.parse(run.stdout);
  assert.deepEqual(
    results.map(({ file, valid, issues, warnings }) => ({ file, valid, issues, warnings })),
    samples.map((file) => ({ file, valid: true, issues: [], warnings: [] })),
  );
});
