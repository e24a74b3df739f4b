import { css } from '../internal/css.js';

export const briefStyles = css`
  :host {
    max-width: var(--intel-brief-max-width, 46rem);
  }
  .kind {
    margin: 0;
    color: var(--_a);
    font-size: 0.8rem;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  #ib-title {
    margin: 0.25rem 0 0.5rem;
    font-size: var(--intel-brief-title-size, 1.9rem);
    line-height: 1.2;
    text-wrap: balance;
  }
  .meta,
  .muted,
  .handling,
  footer {
    color: var(--_m);
    font-size: 0.9rem;
  }
  /* Close under the marking (the margins collapse to 0.25rem), and printed on the same page as the header. */
  .handling {
    margin-top: calc(0.25rem - var(--_p));
    break-after: avoid;
  }
  /* A closed card is a teaser: its marking shows, its handling line and reference once it opens (and in print). */
  @media screen {
    .brief:has(> [aria-expanded='false']) :is(.handling, .ref) {
      display: none;
    }
  }
  .summary,
  .error,
  .withheld {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_a);
    background: var(--_s);
  }
  .error,
  .withheld {
    border-color: var(--intel-brief-color-error, color-mix(in srgb, #c5221f 70%, currentColor));
  }
  :is(.error, .withheld) :last-child {
    margin: 0;
  }
  .grade {
    margin-inline-start: 0.4em;
    padding: 0 0.3em;
    border: 1px solid var(--_b);
    border-radius: 0.25rem;
    font-size: 0.8em;
  }
  footer {
    padding-top: var(--_p);
    border-top: 1px solid var(--_b);
  }
  .tlp {
    width: fit-content;
    padding: 0 0.5em;
    background: #000;
    color: #fff;
    font: 700 0.85rem/1.6 ui-monospace, monospace;
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  [data-tlp='RED'] {
    color: #ff2b2b;
  }
  [data-tlp^='AMBER'] {
    color: #ffc000;
  }
  [data-tlp='GREEN'] {
    color: #33ff00;
  }
  /* The last block's own bottom margin (the space between blocks) completes the padding:
     top and bottom read the same (1rem) whatever ends the card. */
  :host([layout='card']) .brief {
    padding: 1rem 1.25rem max(0px, 1rem - var(--_p));
    border: 1px solid var(--_b);
    border-radius: var(--_r);
  }
  :host([layout='card']) .rest > .section:last-child {
    margin-bottom: var(--_p);
  }
  :host([layout='card']) #ib-title {
    font-size: var(--intel-brief-card-title-size, 1.35rem);
  }
  /* A card's excerpt is the start of its first section: gone once the card opens on the whole. */
  .brief:has(> [aria-expanded='true']) .excerpt {
    display: none;
  }
  .toggle {
    margin-bottom: var(--_p);
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_a);
    border-radius: var(--_r);
    background: none;
    color: var(--_a);
    font: inherit;
    cursor: pointer;
  }
  /* The state, for the eye; the name stays the same (aria-expanded tells the state). */
  .toggle::after {
    content: '▾';
    display: inline-block;
    margin-inline-start: 0.5em;
  }
  [aria-expanded='true']::after {
    rotate: 180deg;
  }
  /* Data beside data or labels keeps its own direction (dates and names in right-to-left text). */
  time,
  .grade {
    position: relative;
    unicode-bidi: isolate;
  }
  /* The transparent border bridges chip and meaning: the pointer can move onto it (WCAG 1.4.13). */
  [role='tooltip'] {
    display: none;
    position: absolute;
    bottom: 100%;
    inset-inline-start: 0;
    width: max-content;
    max-width: min(16rem, 100vw - 8px);
    padding: 0.3rem 0.5rem;
    border-bottom: 4px solid transparent;
    border-radius: 0.25rem;
    background: #1f1f1f padding-box;
    color: #fff;
  }
  .grade:is(:hover, :focus):not([data-dismissed]) > [role='tooltip'] {
    display: block;
  }
  .skeleton {
    min-height: var(--intel-brief-loading-height, 24rem);
    background: repeating-linear-gradient(var(--_s) 0 1rem, transparent 0 1.75rem) 0 0 / 100% 10.5rem no-repeat;
  }
  :host([layout='card']) .skeleton {
    min-height: var(--intel-brief-loading-height, 14rem);
  }
  /* Forced colours drop backgrounds: the placeholder and an open meaning keep their bounds as outlines. */
  @media (forced-colors: active) {
    .skeleton {
      outline: 1px dashed GrayText;
    }
    [role='tooltip'] {
      outline: 1px solid CanvasText;
    }
  }
  @media print {
    .toggle,
    .excerpt {
      display: none;
    }
    .rest[hidden] {
      display: block;
    }
    /* The tags and closing marking never make a page of their own: the break moves up into the brief. */
    footer {
      break-before: avoid;
      break-inside: avoid;
    }
    /* The brief's own marking prints at its start and end; intel-brief/print-marking.js adds the page's, in every page's margins. */
    .tlp {
      font-size: 12pt;
      break-after: avoid;
    }
    /* The meaning prints after the chip as plain text, not inside its border. */
    .grade {
      border: 0;
      padding: 0;
    }
    [role='tooltip'] {
      display: inline;
      position: static;
      padding: 0;
      background: none;
      color: inherit;
    }
    [role='tooltip']::before {
      content: ' (';
    }
    [role='tooltip']::after {
      content: ')';
    }
  }
  .visually-hidden {
    position: absolute;
    clip-path: inset(50%);
  }
`;
