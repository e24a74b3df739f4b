// The package as npm would publish it, for the tests that install it as users do
// (package.test.mjs, consumers.test.mjs, svelte-types.test.mjs).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The environment for a nested npm: npm's variables from `npm test` would point it at this package. */
export const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_(package_|lifecycle_|config_(local_prefix|global_prefix)$)/i.test(key),
  ),
);

/**
 * `npm pack`s the build (no scripts run) into `dir`, and returns npm's record
 * of the tarball: `{ filename, files: [{ path }], … }`, the file at `dir/filename`.
 */
export function pack(dir) {
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    env: npmEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  // npm may print notices before the JSON.
  return JSON.parse(out.slice(out.indexOf('[')))[0];
}
