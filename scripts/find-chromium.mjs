// Finds a Chromium for the browser tests and prints its path; installs Debian's
// when none is found and we may (root with apt-get); otherwise stops with one
// clear sentence. Used by web-test-runner.config.mjs and by `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless Chromium on a machine with no network but localhost. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path));
}

function installDebianChromium() {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) return false;
  console.error('No Chromium found: installing Debian\'s chromium package with apt-get…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let path = findChromium();
  if (!path && installDebianChromium()) path = findChromium();
  if (!path) {
    console.error(
      'The browser tests need Chromium or Chrome: install it (on Debian: apt-get install chromium) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
  console.log(`Chromium: ${path}`);
}
