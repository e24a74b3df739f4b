import { css } from '../internal/css.js';

/**
 * Tokens and base rules every element starts from. Public custom properties
 * (`--intel-brief-*`) theme from outside; private ones (`--_*`) hold the
 * resolved values. Colours derive from the inherited text colour, so the
 * elements sit naturally in light and dark pages, whether or not the page
 * declares `color-scheme`.
 */
export const base = css`
  :host {
    --_m: var(--intel-brief-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    /* Mixed with the text colour: dark blue on light pages, light blue on dark ones. */
    --_a: var(--intel-brief-color-accent, color-mix(in srgb, #0b57d0 65%, currentColor));
    --_b: var(--intel-brief-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_s: var(--intel-brief-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_r: var(--intel-brief-radius, 0.5rem);
    --_p: var(--intel-brief-space, 1rem);
    display: block;
    /* Unset, these two inherit: a var() with no value makes an inherited property inherit. */
    color: var(--intel-brief-color-text);
    font-family: var(--intel-brief-font-family);
    line-height: 1.55;
    /* A word breaks only when it cannot fit a line of its own (a long URL), never a word that can. */
    overflow-wrap: break-word;
  }
  /* Running text hyphenates in its language (the article's lang); headings keep whole words. */
  p,
  li {
    hyphens: auto;
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--_a);
  }
  :focus-visible {
    outline: 2px solid var(--_a);
    outline-offset: 2px;
  }
  p,
  ul,
  ol {
    margin: 0 0 var(--_p);
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: 0.4em;
  }
  .section {
    margin-bottom: calc(var(--_p) * 1.5);
  }
  .section > :first-child {
    margin: 0 0 0.5rem;
    font-size: var(--intel-brief-section-heading-size, 1.15rem);
    line-height: 1.3;
    break-after: avoid;
  }
  .section > :last-child {
    margin-bottom: 0;
  }
  @media print {
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;

export const tileStyles = css`
  .tile {
    display: inline-flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_b);
    border-radius: var(--_r);
    background: var(--_s);
    color: inherit;
    text-decoration: none;
    break-inside: avoid;
    /* A long file name wraps inside the tile rather than widening it past the page. */
    overflow-wrap: anywhere;
  }
  a.tile:hover {
    border-color: var(--_a);
  }
  [aria-disabled] {
    opacity: 0.7;
  }
  svg {
    flex: none;
    width: 2.25rem;
    color: var(--intel-brief-color-pdf, color-mix(in srgb, #c5221f 70%, currentColor));
  }
  .filename {
    display: block;
    font-weight: 600;
  }
  .action {
    color: var(--_a);
    font-size: 0.9em;
  }
  /* The printed URL goes on its own line below the name, not in a column beside it. */
  @media print {
    .tile {
      flex-wrap: wrap;
    }
    .tile::after {
      flex-basis: 100%;
    }
  }
`;
