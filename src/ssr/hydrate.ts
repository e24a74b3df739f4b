/**
 * Hydration support for server-rendered elements: import it before anything
 * that loads Lit or the elements, so that they adopt the HTML the server
 * rendered instead of rendering it again.
 *
 *     import 'intel-brief/hydrate.js';
 *     import 'intel-brief';
 *
 * It is Lit's own (`@lit-labs/ssr-client`), kept out of the default entry
 * points and bundle: pages that render in the browser alone do not need it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
