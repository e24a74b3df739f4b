/**
 * What `intel-brief/server` loads: server rendering (`../ssr/server.js`), once it is
 * known that `@lit-labs/ssr` is installed. It is an optional peer dependency, which a
 * browser-only app does not install: without it, importing this entry fails with one
 * sentence that says what to install, not with a module resolution error. (Its types
 * are `../ssr/server.d.ts`'s; test/node/package.test.mjs checks both export the same names.)
 */
import { importNeeding, MissingPeerError } from './optional-peer.js';

const server = await importNeeding(() => import('../ssr/server.js'), ['@lit-labs/ssr'], 'render on the server').catch(
  (error: unknown) => {
    throw error instanceof MissingPeerError ? new Error(`intel-brief/server: ${error.message}`) : error;
  },
);

export const { briefJsonLd, briefTemplate, checkBrief, jsonForScript, plainText, renderBrief, renderBriefPage } =
  server;
