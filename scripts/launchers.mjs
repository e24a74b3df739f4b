// @web/test-runner browser launchers for the three engines (see browsers.mjs):
// - Chromium over the DevTools protocol and Firefox over WebDriver BiDi, both
//   with puppeteer-core through @web/test-runner-chrome's launcher;
// - WebKit, Safari's engine: WebKitGTK's MiniBrowser driven over W3C WebDriver
//   by WebKitWebDriver, in a virtual X display (Xvfb), through
//   @web/test-runner-webdriver: one window, one test page at a time.
// And a launcher that runs each of its test files in a browser of its own
// started in the next of a list of time zones (TZ), the same way in every engine.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_FLAGS, findChromium, findFirefox, findWebKit, findXvfb } from './browsers.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Ends a child process we started, and waits for it to go. */
async function end(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([gone, sleep(3000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/**
 * A virtual X display of its own for each WebKit launcher (`-displayfd` picks a
 * free display number). Not one shared by all: with no window manager, a
 * MiniBrowser opening for another launcher (a time zone's) takes the input focus,
 * and WebKit matches `:focus` only in the focused window, so a focus test in the
 * first browser failed now and then on a loaded machine.
 */
const displays = new Set();
function startXvfb(xvfbPath) {
  const child = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  displays.add(child);
  child.on('exit', () => displays.delete(child));
  const display = new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${err.trim()}`)));
  });
  return { child, display };
}
process.on('exit', () => displays.forEach((child) => child.kill('SIGKILL')));

/**
 * WebKit, Safari's engine: WebKitGTK's MiniBrowser, driven over W3C WebDriver by
 * @web/test-runner-webdriver (webdriverio). What it cannot do alone we do:
 * start a virtual display (Xvfb) and WebKitWebDriver on a free port, once, before
 * the first session, and end them after the last.
 */
export class WebKitLauncher extends WebdriverLauncher {
  /**
   * @param {object} options
   * @param {string} options.driver WebKitWebDriver
   * @param {string} options.binary MiniBrowser
   * @param {string} [options.xvfb] Xvfb; without it, the browser opens on $DISPLAY
   * @param {Record<string, string>} [options.env] extra environment for the browser (e.g. TZ)
   */
  constructor({ driver, binary, xvfb: xvfbPath, env = {} }) {
    super({
      hostname: '127.0.0.1',
      path: '/',
      logLevel: 'error',
      capabilities: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } },
    });
    Object.assign(this, { driverPath: driver, xvfbPath, env });
  }

  async initialize(config) {
    const { name } = this;
    await super.initialize(config);
    this.name = name; // not the capabilities' label: launcherFor() names the engine
  }

  /** Starts Xvfb and WebKitWebDriver, once; the session is webdriverio's. */
  startServers() {
    this.servers ??= (async () => {
      const env = { ...process.env, ...this.env };
      if (this.xvfbPath) {
        this.xvfb = startXvfb(this.xvfbPath);
        env.DISPLAY = await this.xvfb.display;
      }
      const port = await freePort();
      this.driverProcess = spawn(this.driverPath, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let log = '';
      this.driverProcess.stderr.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
      const exited = new Promise((_, reject) =>
        this.driverProcess.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code}): ${log.trim()}`))),
      );
      exited.catch(() => {});
      const ready = () =>
        fetch(`http://127.0.0.1:${port}/status`)
          .then((r) => r.json())
          .then(
            (s) => s.value?.ready !== false,
            () => false,
          );
      while (!(await Promise.race([ready(), exited]))) await sleep(100);
      this.options.port = port;
    })();
    return this.servers;
  }

  async startSession(id, url) {
    await this.startServers();
    return super.startSession(id, url);
  }

  async stop() {
    await super.stop();
    await end(this.driverProcess);
    if (this.xvfb) await end(this.xvfb.child);
    this.xvfb = this.servers = undefined;
  }
}

// Keep timers and frames running in pages that are not in front.
const CHROMIUM_TEST_FLAGS = [
  ...CHROMIUM_FLAGS,
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * A launcher for one engine of browsers.mjs's ENGINES. `env` is added to the
 * browser's environment. `engine` names the engine in the summaries.
 */
export function launcherFor(engine, { env } = {}) {
  let launcher;
  if (engine.id === 'chromium') {
    launcher = chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: CHROMIUM_TEST_FLAGS,
        ...(env && { env: { ...process.env, ...env } }),
      },
    });
  } else if (engine.id === 'firefox') {
    // What @web/test-runner-puppeteer's puppeteerLauncher() does, with puppeteer-core: that
    // package depends on puppeteer, whose install script downloads a Chrome.
    launcher = chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        ...(env && { env: { ...process.env, ...env } }),
      },
    });
  } else {
    launcher = new WebKitLauncher({ ...findWebKit(), xvfb: findXvfb(), env });
  }
  launcher.name = engine.name;
  launcher.engine = engine.name;
  return launcher;
}

/**
 * Runs each of its test files in a fresh browser of `engine` started with
 * TZ set to the next of `zones`, in turn; `timezone` says which one the page
 * in front was started in (the `launch-timezone` test command reads it). Give
 * it one session per zone, e.g. a test group per zone, all naming this launcher.
 */
export class TimeZoneLauncher {
  constructor(engine, zones) {
    Object.assign(this, { engine: engine.name, engineSpec: engine, zones });
    this.name = `${engine.name}, ${zones.length} time zones`;
    this.concurrency = 1;
    this.started = 0;
    this.type = launcherFor(engine).type;
  }

  async initialize(config, testFiles) {
    Object.assign(this, { config, testFiles });
  }

  async startSession(id, url) {
    await this.current?.stop();
    this.timezone = this.zones[this.started++ % this.zones.length];
    this.current = launcherFor(this.engineSpec, { env: { TZ: this.timezone } });
    await this.current.initialize?.(this.config, this.testFiles);
    await this.current.startSession(id, url);
  }

  isActive(id) {
    return !!this.current?.isActive(id);
  }

  getBrowserUrl(id) {
    return this.current.getBrowserUrl(id);
  }

  async stopSession(id) {
    const result = await this.current.stopSession(id);
    await this.current.stop();
    this.current = undefined;
    return result;
  }

  async stop() {
    await this.current?.stop();
  }

  async startDebugSession(id, url) {
    const launcher = launcherFor(this.engineSpec, { env: { TZ: this.zones[0] } });
    await launcher.initialize?.(this.config, this.testFiles);
    return launcher.startDebugSession(id, url);
  }

  // What @web/test-runner-commands asks of a puppeteer or webdriver launcher.
  getPage(id) {
    return this.current.getPage(id);
  }

  sendKeys(...args) {
    return this.current.sendKeys(...args);
  }
}
