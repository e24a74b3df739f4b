// `npm run lint`: ESLint, Prettier (--check) and lit-analyzer (the Lit templates' bindings type-checked).
// All three run, so one run shows every finding; exits 1 if any of them found something.
import { spawnSync } from 'node:child_process';

const checks = [
  ['ESLint', 'eslint', ['.', '--max-warnings', '0']],
  ['Prettier', 'prettier', ['--check', '--log-level', 'warn', '.']],
  ['lit-analyzer', 'lit-analyzer', ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '--maxWarnings', '0']],
];

let failed = 0;
for (const [name, command, args] of checks) {
  const started = Date.now();
  const { status } = spawnSync('npx', ['--no-install', command, ...args], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${name}: ${status === 0 ? 'clean' : 'findings above'} (${seconds} s)`);
  if (status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
