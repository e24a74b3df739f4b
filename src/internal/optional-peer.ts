/** A package the module needs is not installed: its message says what to install. */
export class MissingPeerError extends Error {
  override name = 'MissingPeerError';
}

/**
 * Imports a module of ours that needs optional peer dependencies (packages a
 * browser-only app does not install: `@lit-labs/ssr` for server rendering,
 * the Markdown parsers). When one is missing, fails with one sentence saying
 * what to install, `install @lit-labs/ssr to render on the server (npm install
 * @lit-labs/ssr).`, instead of a module resolution error.
 */
export async function importNeeding<T>(load: () => Promise<T>, peers: readonly string[], purpose: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    // Node names the package it could not find: "Cannot find package 'yaml' imported from …".
    if (code === 'ERR_MODULE_NOT_FOUND' && peers.some((peer) => String(message).includes(`'${peer}'`)))
      throw new MissingPeerError(
        `install ${new Intl.ListFormat('en').format(peers)} to ${purpose} (npm install ${peers.join(' ')}).`,
        {
          cause: error,
        },
      );
    throw error;
  }
}
