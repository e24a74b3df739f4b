import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/index.js';
import type { BriefInput, IntelBrief } from '../src/index.js';
import referenceJson from '../briefs/cyber-slavery-2024.json';
import minimal from '../briefs/minimal.json';
import portStrikeJson from '../briefs/port-strike-tlp-green.json';
import invalidExamples from '../test/fixtures/invalid-examples.json';
import { rendered, settled } from './settled.js';

// JSON modules type their enums (`"likely"`, `"high"`) as plain strings.
const reference = referenceJson as BriefInput;
const portStrike = portStrikeJson as BriefInput;

const { args, argTypes, template } = getStorybookHelpers<IntelBrief>('intel-brief');

const meta: Meta<IntelBrief & typeof args> = {
  title: 'Elements/intel-brief',
  component: 'intel-brief',
  args: { ...args, brief: reference },
  argTypes,
  render: (args) => template(args),
  play: settled,
};
export default meta;
type Story = StoryObj<IntelBrief & typeof args>;

/** The reference brief, as the demo page shows it. */
export const ReferenceBrief: Story = { name: 'Reference brief' };

export const Minimal: Story = { args: { brief: minimal } };

/** A TLP:GREEN flash brief with key judgments and graded sources, on a page allowed to show GREEN. */
export const PortStrikeTlpGreen: Story = {
  name: 'Port strike (TLP:GREEN, tlp-max="green")',
  args: { brief: portStrike, 'tlp-max': 'green' },
};

/** The same brief on a public page (default `tlp-max`): withheld. */
export const Withheld: Story = { args: { brief: portStrike } };

/** Each invalid sample brief, showing the error state. */
export const InvalidExamples: Story = {
  name: 'Invalid examples',
  render: () =>
    html`${invalidExamples.map(
      (example) => html`<h2 style="font-size:1rem">${example.why}</h2>
        <intel-brief .brief=${example.brief}></intel-brief>`,
    )}`,
};

export const Card: Story = { args: { layout: 'card' } };

export const LoadedFromSrc: Story = {
  name: 'Loaded from src',
  args: { brief: undefined, src: 'briefs/cyber-slavery-2024.json' },
};

/** While `src` is loading: a placeholder reserves the space. */
export const Loading: Story = {
  args: { brief: undefined, src: '/storybook/never-resolves.json' },
  play: rendered, // the load never ends: check the placeholder
};

export const ErrorInvalidJson: Story = {
  name: 'Error: invalid JSON',
  render: () => html`<intel-brief><script type="application/json">{ "title": "Unclosed", </script></intel-brief>`,
};

export const ErrorNotFound: Story = {
  name: 'Error: 404 src',
  tags: ['expect-network-error'],
  args: { brief: undefined, src: 'briefs/does-not-exist.json' },
};

export const ErrorValidation: Story = {
  name: 'Error: validation',
  args: { brief: { title: 'Dates must be ISO 8601', date: '4/4/2024', sections: [{ heading: 'Empty' }] } },
};

const longBrief = {
  ...reference,
  title: 'A long brief: twelve sections of analysis, to check rhythm and length',
  sections: Array.from({ length: 12 }, (_, i) => ({
    heading: `Section ${i + 1}`,
    paragraphs: reference.sections![2].paragraphs,
    bullets: reference.sections![1].bullets,
  })),
};
export const LongBrief: Story = { name: 'Long brief', args: { brief: longBrief } };

export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  args: {
    brief: {
      title: 'إنقاذ 250 مواطناً هندياً من «العبودية الإلكترونية»',
      kind: 'موجز استخباراتي',
      date: '2024-04-04',
      lang: 'ar-EG',
      where: ['الهند', 'كمبوديا'],
      sections: [
        {
          heading: 'ماذا حدث؟',
          bullets: ['أعلنت السفارة الهندية في كمبوديا أنها ساعدت في إنقاذ 250 مواطناً هندياً وإعادتهم إلى بلادهم.'],
        },
      ],
      pdf: { href: 'briefs/Indian-Government-Rescues-250-Citizens.pdf', name: 'موجز.pdf', size: 2820669 },
      views: 44,
    },
  },
};

/** German labels (from intel-brief/locales/de.js), dates and numbers. */
export const OtherLocale: Story = {
  name: 'Another locale (de-DE)',
  render: () => html`<intel-brief lang="de-DE" date-style="long" .brief=${reference}></intel-brief>`,
};

export const Dark: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
};

/** Themed from outside, with custom properties and ::part(). */
export const Themed: Story = {
  render: () => html`<style>
      .themed {
        --intel-brief-color-accent: #7a1f5c;
        --intel-brief-font-family: Georgia, 'Times New Roman', serif;
        --intel-brief-radius: 0;
        --intel-brief-title-size: 2.4rem;
      }
      .themed::part(kind) {
        color: #1f1f1f;
        background: #f5d76e;
        padding: 0 0.4em;
        display: inline-block;
      }
      .themed::part(section-heading) {
        border-bottom: 2px solid #7a1f5c;
      }
    </style>
    <intel-brief class="themed" .brief=${reference}></intel-brief>`,
};

/** A page of cards, one per sample brief, in a list: each expands in place. */
export const CardList: Story = {
  name: 'Card list',
  render: () => html`<ul aria-label="Latest briefs" style="list-style:none;padding:0;display:grid;gap:1rem">
    ${[reference, portStrike, minimal].map(
      (brief) => html`<li><intel-brief layout="card" tlp-max="green" .brief=${brief}></intel-brief></li>`,
    )}
  </ul>`,
};

/**
 * Every TLP 2.0 level, on a page entitled to show up to TLP:RED: under each marking, how the
 * brief may be shared (its handling line), and its reference (`id`) in the date line. These
 * cards have nothing behind a button, so they show both; a closed card shows neither.
 */
export const TlpLevels: Story = {
  name: 'TLP levels',
  render: () =>
    html`${['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'].map(
      (tlp, i) => html`<intel-brief layout="card" tlp-max="red" style="margin-bottom:1rem"
      .brief=${{ ...minimal, tlp, id: `ib-2025-090${i + 1}`, title: `A brief marked TLP:${tlp}`, summary: 'Shown here because tlp-max="red".' }}
    ></intel-brief>`,
    )}`,
};

/** The bottom line, then key judgments with ICD 203 likelihood, range and confidence. */
export const KeyJudgments: Story = {
  name: 'Key judgments',
  args: {
    'tlp-max': 'green',
    brief: {
      title: portStrike.title,
      date: portStrike.date,
      tlp: portStrike.tlp,
      summary: portStrike.summary,
      keyJudgments: portStrike.keyJudgments,
    },
  },
};

/** Numbered sources with Admiralty grades: hover or focus a grade for its meaning. */
export const Sources: Story = {
  args: {
    'tlp-max': 'green',
    brief: {
      title: portStrike.title,
      date: portStrike.date,
      tlp: portStrike.tlp,
      sources: [...portStrike.sources!, { title: 'Unverified social media post', reliability: 'F', credibility: 6 }],
    },
  },
};

/**
 * Every TLP level and every state (ready, loading, error, withheld) on one page,
 * for the light, dark and right-to-left stories below.
 */
const statesPage = () => html`<div style="display:grid;gap:1rem">
  ${['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'].map(
    (tlp, i) => html`<intel-brief layout="card" tlp-max="red"
      .brief=${{ ...minimal, tlp, id: `ib-2025-090${i + 1}`, title: `Ready, marked TLP:${tlp}`, summary: 'Shown because the page allows up to TLP:RED.' }}
    ></intel-brief>`,
  )}
  <intel-brief layout="card" src="/storybook/never-resolves.json"></intel-brief>
  <intel-brief layout="card" .brief=${{ title: 'Error: dates must be ISO 8601', date: '4/4/2024' }}></intel-brief>
  <intel-brief layout="card" .brief=${{ ...minimal, tlp: 'RED', title: 'Withheld: TLP:RED on a public page' }}></intel-brief>
</div>`;

/** Each TLP level, then loading, error and withheld, on a light page. */
export const StatesLight: Story = { name: 'States and TLP levels: light', render: statesPage, play: rendered };

/** The same on a dark page (the toolbar's theme). */
export const StatesDark: Story = {
  name: 'States and TLP levels: dark',
  render: statesPage,
  play: rendered,
  globals: { theme: 'dark' },
};

/** The same on a right-to-left page (the toolbar's direction). */
export const StatesRightToLeft: Story = {
  name: 'States and TLP levels: right-to-left',
  render: () => html`<div lang="ar" dir="rtl">${statesPage()}</div>`,
  play: rendered,
  globals: { dir: 'rtl' },
};

/**
 * Forced colours (Windows High Contrast): a page cannot switch the media feature
 * on itself, so view this story with it emulated: in Chromium, DevTools › ⋮ ›
 * More tools › Rendering › "Emulate CSS media feature forced-colors" › active.
 * The TLP markings keep their own colours (`forced-color-adjust: none`, as TLP
 * 2.0 asks); the summary, cards, chips and button are told apart by borders,
 * which forced colours keep, not by backgrounds alone; the loading placeholder
 * shows a dashed GrayText outline, and an open grade meaning a CanvasText one.
 * `test/forced-colors.test.ts` checks each state with the emulation on (Chromium).
 */
export const ForcedColours: Story = {
  name: 'States and TLP levels: forced colours (see docs)',
  render: statesPage,
  play: rendered,
};

/**
 * A product look, from outside with the existing parts and custom properties (the
 * host font stays): a header band holding the product kind, the title and the
 * date line opening with the brief's reference, as government advisories and
 * threat-intelligence reports set them; the TLP marking and its handling line
 * above it, the bottom line (summary) first below it.
 */
export const ProductLook: Story = {
  name: 'Product look (header band)',
  render: () => html`<style>
      .product {
        --intel-brief-color-accent: #0b3d91;
        --intel-brief-radius: 0.25rem;
      }
      .product::part(header) {
        margin-bottom: 1rem;
        padding: 0.75rem 1rem;
        border-block: 4px solid #0b3d91;
        background: color-mix(in srgb, #0b3d91 8%, transparent);
      }
      .product::part(kind) {
        color: inherit;
      }
      .product::part(meta) {
        margin-bottom: 0;
        color: inherit;
      }
      .product::part(reference) {
        font-weight: 600;
      }
      .product::part(tlp) {
        font-size: 1rem;
        padding: 0.1em 0.75em;
      }
      @media (forced-colors: active) {
        .product::part(header) {
          border-color: CanvasText;
        }
      }
    </style>
    <intel-brief class="product" tlp-max="green" .brief=${portStrike}></intel-brief>`,
};
