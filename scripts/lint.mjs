// `npm run lint`: ESLint, Prettier (--check) and lit-analyzer (the Lit templates' bindings type-checked).
// The three run side by side and each prints its findings when it ends; exits 1 if any found something.
import { spawn } from 'node:child_process';

const checks = [
  ['ESLint', 'eslint', ['.', '--max-warnings', '0']],
  ['Prettier', 'prettier', ['--check', '--log-level', 'warn', '.']],
  ['lit-analyzer', 'lit-analyzer', ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '--maxWarnings', '0']],
];

const started = Date.now();
const results = await Promise.all(
  checks.map(
    ([name, command, args]) =>
      new Promise((resolve) => {
        const child = spawn('npx', ['--no-install', command, ...args], { shell: process.platform === 'win32' });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (status) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          const ok = status === 0;
          if (!ok) process.stdout.write(output.trimEnd() + '\n');
          console.log(`${name}: ${ok ? 'clean' : 'findings above'} (${seconds} s)`);
          resolve(ok);
        });
      }),
  ),
);
process.exitCode = results.every(Boolean) ? 0 : 1;
