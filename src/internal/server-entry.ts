/**
 * What `intel-brief/server` loads: server rendering (`../ssr/server.js`), once it is
 * known that `@lit-labs/ssr` is installed. It is an optional peer dependency, which a
 * browser-only app does not install: without it, importing this entry fails with one
 * sentence that says what to install, not with a module resolution error. (Its types
 * are `../ssr/server.d.ts`'s; test/node/package.test.mjs checks both export the same names.)
 */
const server = await import('../ssr/server.js').catch((error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === 'ERR_MODULE_NOT_FOUND' && /['"]@lit-labs\/ssr['"/]/.test(String(message)))
    throw new Error('intel-brief/server: install @lit-labs/ssr to render on the server (npm install @lit-labs/ssr).', {
      cause: error,
    });
  throw error;
});

export const { briefJsonLd, briefTemplate, checkBrief, jsonForScript, plainText, renderBrief, renderBriefPage } =
  server;
