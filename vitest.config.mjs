// Storybook's stories as Vitest tests (@storybook/addon-vitest), in headless
// Chromium (Debian's, or CHROME_PATH) driven by Playwright: no browser is
// downloaded. Run by scripts/check-storybook.mjs (`npm run test:storybook`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_FLAGS, findChromium } from './scripts/browsers.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Storybook's staticDirs serve briefs/ at /briefs/, which is also the URL Vite
 * gives the stories' `import … from '../briefs/x.json'`: send those module
 * requests to Vite, so the static files don't answer them as raw JSON.
 */
const briefsAsModules = {
  name: 'briefs-json-modules',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url?.startsWith('/briefs/') && /[?&]import\b/.test(req.url)) req.url = `/@fs${root}${req.url}`;
      next();
    });
  },
};

export default defineConfig({
  test: {
    // Bounds Chromium's start and first page (Vitest reads it at this level
    // only): its 60 s default was not enough on a busy 2-core machine.
    browser: { connectTimeout: 300_000 },
    projects: [
      {
        extends: true,
        plugins: [briefsAsModules, storybookTest({ configDir: path.join(root, '.storybook') })],
        // Bundled before the run, not found on the way (which reloads the page
        // mid-run); lit's directive helpers, which Storybook's renderer imports,
        // with the rest of lit (else a second lit-html is loaded).
        optimizeDeps: {
          include: [
            'axe-core',
            'lit',
            'lit/directive-helpers.js',
            'yaml',
            'mdast-util-from-markdown',
            'micromark-extension-gfm-table',
            'mdast-util-gfm-table',
          ],
        },
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          // A story waits for its own signals (see stories/settled.ts), never a
          // fixed time: this only bounds a hung one, on a busy 2-core machine.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_FLAGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
