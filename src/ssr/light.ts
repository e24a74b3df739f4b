/**
 * What server rendering writes in `<intel-brief>`'s light DOM (its
 * `renderLight()`): the valid brief as inline JSON, from which the browser
 * renders exactly what the server did, so that it hydrates. Only a brief that
 * is shown: nothing of a withheld or invalid one reaches the page, and the
 * browser keeps the server's notice as it is. Unknown fields are dropped.
 * The element calls it behind `isServer`, so bundles for the browser leave it out.
 */
import { nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Brief } from '../brief/schema.js';

/**
 * JSON that is safe inside `<script>` in HTML: `<`, `>`, `&` and the line
 * separators U+2028/U+2029 are written as `\u003c`… escapes, so no text in the
 * brief can close the script or open a comment.
 */
export const jsonForScript = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * With JavaScript off a card cannot expand: this shows it whole, without its
 * button, and with its TLP handling line and reference, which a closed card
 * hides. Inside `<noscript>`, it is plain text wherever scripts run.
 */
const NO_SCRIPT_CARD =
  '<noscript><style>intel-brief::part(rest){display:block}intel-brief::part(toggle),intel-brief::part(excerpt){display:none}intel-brief::part(handling),intel-brief::part(reference){display:revert}</style></noscript>';

/** The light DOM of a server-rendered `<intel-brief>` showing `brief` (nothing when it shows none) in `layout`. */
export function lightDom(brief: Brief | undefined, layout: string) {
  if (!brief) return nothing;
  const { $schema, ...data } = brief;
  const card = layout === 'card' ? NO_SCRIPT_CARD : '';
  // The JSON is escaped for a script element, and the rest is a constant.
  return unsafeHTML(`<script type="application/json">${jsonForScript(data)}</script>${card}`);
}
