/**
 * Hydration support for server-rendered elements: import it with the
 * elements, so that they adopt the HTML the server rendered instead of
 * rendering it again.
 *
 *     import 'intel-brief/hydrate.js';
 *     import 'intel-brief';
 *
 * It is Lit's own (`@lit-labs/ssr-client`), applied to Lit even when Lit
 * loaded first (a bundler's shared chunk), kept out of the default entry
 * points and bundle: pages that render in the browser alone do not need it.
 * What `<intel-brief>` does with the server's HTML, adopt it or replace it,
 * is src/internal/hydration.ts. In Node it changes nothing.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { isServer, LitElement } from 'lit';
import { patched } from '../internal/hydration.js';

// Lit loaded before this module (a bundler put it in a shared chunk that runs first, or the
// page imported it first): Lit's support came too late to apply itself. It is applied here.
if (!isServer && !patched(LitElement))
  (
    globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }
  ).litElementHydrateSupport?.({ LitElement });
