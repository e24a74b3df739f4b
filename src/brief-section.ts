import { html, LitElement } from 'lit';
import { section } from './view/blocks.js';
import { base } from './styles/shared.js';

/**
 * One titled block of a brief: a heading, its paragraphs, then its bullets.
 * Works on its own in plain HTML: hand-written content goes in the default slot.
 * Text in `paragraphs` and `bullets` may use the inline subset
 * (`[text](url)`, `*emphasis*`, `**strong**`); it is never parsed as HTML.
 *
 * @summary A titled section of a brief.
 * @tag brief-section
 *
 * @slot - Hand-written content, shown after the paragraphs and bullets.
 *
 * @csspart section - The section.
 * @csspart section-heading - The heading.
 * @csspart bullets - The list of bullets.
 * @csspart link - Links in the text.
 *
 * @cssprop --intel-brief-section-heading-size - Font size of the heading.
 * @cssprop --intel-brief-color-accent - Link colour.
 * @cssprop --intel-brief-space - Base spacing unit.
 * @cssprop --intel-brief-color-text - Text colour (default: inherited).
 * @cssprop --intel-brief-font-family - Font (default: inherited from the page).
 */
export class BriefSection extends LitElement {
  static override styles = base;
  static override properties = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    paragraphs: { attribute: false },
    bullets: { attribute: false },
  };

  /** The section's title. */
  heading = '';

  /** Level of the heading, 1–6. */
  headingLevel = 2;

  /** Paragraphs of text, shown before the bullets. */
  paragraphs: string[] = [];

  /** Bullet points. */
  bullets: string[] = [];

  protected override render() {
    return section(
      this.heading,
      this.headingLevel,
      { paragraphs: asStrings(this.paragraphs), bullets: asStrings(this.bullets) },
      undefined,
      html`<slot></slot>`,
    );
  }
}

/** Property values come from anyone: keep the strings of an array, ignore anything else. */
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
