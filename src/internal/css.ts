import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Our `css` tag: Lit's, less its checks of interpolated values (ours are only
 * other styles) and their long messages, which the bundle need not carry. Its
 * name still contains `css`, so the build minifies these templates as Lit's.
 */
export const css = (strings: TemplateStringsArray, ...values: (CSSResult | number)[]): CSSResult =>
  unsafeCSS(strings.reduce((text, string, i) => text + String(values[i - 1]) + string));
