// The three browser engines the tests run in (Chromium, Firefox, and WebKit,
// Safari's engine), where to find them, and the flags they run with: used by
// web-test-runner.config.mjs, `npm test`, the Storybook check and the bench.
// Run as a script, it prints each engine's path; when some are missing it
// installs Debian's packages if it may (root with apt-get), or stops with one
// sentence saying what to install. It also installs `pdftotext` (Debian's
// poppler-utils, for test/node/print.test.mjs) when it may, and otherwise only
// says that the print tests will be skipped.
//
// BROWSERS=chromium,firefox (any of chromium, firefox, webkit) runs the
// browser tests in fewer engines; CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER
// and WEBKIT_BINARY point at other builds.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const first = (...paths) => paths.find((path) => path && existsSync(path));

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
  return first(
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  );
}

export function findFirefox() {
  return first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox');
}

/** WebKitGTK's WebDriver and the MiniBrowser it drives. */
export function findWebKit() {
  const driver = first(process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver');
  const libs = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((dir) => dir.endsWith('-linux-gnu')) : [];
  const binary = first(
    process.env.WEBKIT_BINARY,
    ...libs.map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`),
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  );
  return driver && binary ? { driver, binary } : undefined;
}

/** The virtual X display MiniBrowser opens its window on (it has no headless mode). */
export function findXvfb() {
  return first('/usr/bin/Xvfb');
}

/** Whether poppler's `pdftotext` runs (the print tests read PDFs with it). */
export const hasPdftotext = () => !spawnSync('pdftotext', ['-v']).error;

export const ENGINES = [
  { id: 'chromium', name: 'Chromium', find: findChromium, debian: ['chromium'] },
  { id: 'firefox', name: 'Firefox', find: findFirefox, debian: ['firefox-esr'] },
  {
    id: 'webkit',
    name: 'WebKit',
    find: () => findWebKit() && (findXvfb() || process.env.DISPLAY) && findWebKit().binary,
    debian: ['webkit2gtk-driver', 'xvfb'],
  },
];

/** The engines to test in: all three, or those named in BROWSERS. */
export function selectedEngines() {
  const wanted = (process.env.BROWSERS ?? '')
    .toLowerCase()
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = wanted.filter((id) => !ENGINES.some((engine) => engine.id === id));
  if (unknown.length)
    throw new Error(`BROWSERS names no engine we know: ${unknown.join(', ')} (chromium, firefox, webkit)`);
  return wanted.length ? ENGINES.filter((engine) => wanted.includes(engine.id)) : ENGINES;
}

function installDebianPackages(packages) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.error(`Installing Debian's ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The Storybook check and the bench need Chromium even when BROWSERS leaves it out.
  const engines = [...new Set([ENGINES[0], ...selectedEngines()])];
  let missing = engines.filter((engine) => !engine.find());
  const packages = [...missing.flatMap((engine) => engine.debian), ...(hasPdftotext() ? [] : ['poppler-utils'])];
  if (packages.length && installDebianPackages(packages)) {
    missing = engines.filter((engine) => !engine.find());
  }
  if (!hasPdftotext())
    console.error('No pdftotext: the print tests will be skipped (on Debian: apt-get install poppler-utils).');
  if (missing.length) {
    console.error(
      `The browser tests need ${missing.map((engine) => engine.name).join(', ')}: on Debian, apt-get install ${missing
        .flatMap((engine) => engine.debian)
        .join(' ')} (or set CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER and WEBKIT_BINARY).`,
    );
    process.exit(1);
  }
  for (const engine of engines) console.log(`${engine.name}: ${engine.find()}`);
}
