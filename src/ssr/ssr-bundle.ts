/**
 * The single-file bundle for server-rendered pages, `dist/intel-brief.ssr.bundle.js`:
 * hydration support first, then the three elements, as `intel-brief.bundle.js`.
 * Load it instead of that bundle (never both) on pages whose briefs come from the server.
 */
import './hydrate.js';
export * from '../bundle.js';
