// What `npm run bench`, `bench:cls` and `profile` share: the React comparison
// bundled with esbuild into build/bench/, a dev server on 127.0.0.1 whose pages
// are cross-origin isolated (performance.now() to 5 µs, not 100 µs), and a
// headless Chromium with gc() exposed to pages.
import { startDevServer } from '@web/dev-server';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../browsers.mjs';

/** Bundles scripts/bench/react-brief.jsx (production React 19, minified) into build/bench/react-brief.js. */
export async function bundleReact() {
  await build({
    entryPoints: ['scripts/bench/react-brief.jsx'],
    outfile: 'build/bench/react-brief.js',
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    target: 'es2022',
    logLevel: 'warning',
  });
  return '/build/bench/react-brief.js';
}

/**
 * Serves the repository; `pages` maps a path to HTML (or to a function of the
 * request returning `{ body, type, delay }` or a promise of it), `nodeResolve` resolves bare
 * imports (`lit`) in served modules for the unbundled ESM build.
 */
export async function serve(pages = {}, { nodeResolve = false } = {}) {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port: 0,
      hostname: '127.0.0.1',
      watch: false,
      nodeResolve,
      middleware: [
        async (ctx, next) => {
          const page = pages[ctx.path];
          if (page === undefined) await next();
          else {
            const { body, type = 'html', delay = 0 } = typeof page === 'function' ? await page(ctx) : { body: page };
            if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
            ctx.type = type;
            ctx.body = body;
          }
          ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
          ctx.set('Cross-Origin-Embedder-Policy', 'require-corp');
          ctx.set('Cache-Control', 'no-store');
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://127.0.0.1:${server.server.address().port}`, stop: () => server.stop() };
}

export async function launch(extraArgs = []) {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc', ...extraArgs],
  });
}
