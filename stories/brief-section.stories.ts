import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import '../src/define/brief-section.js';
import type { BriefSection } from '../src/brief-section.js';
import { rendered } from './settled.js';
import reference from '../briefs/cyber-slavery-2024.json';

const { args, argTypes, template } = getStorybookHelpers<BriefSection>('brief-section');

const meta: Meta<BriefSection & typeof args> = {
  title: 'Elements/brief-section',
  component: 'brief-section',
  args: { ...args, heading: 'What happened?' },
  argTypes,
  render: (args) => template(args),
  play: rendered,
};
export default meta;
type Story = StoryObj<BriefSection & typeof args>;

export const WithBullets: Story = { args: { bullets: reference.sections[0].bullets } };

export const WithParagraphs: Story = { args: { heading: 'Conclusion', paragraphs: reference.sections[2].paragraphs } };

export const WithInlineMarkup: Story = {
  args: {
    heading: 'Outlook',
    paragraphs: [
      'Shippers should book *alternative capacity* now; see the [port notice](https://example.org/port-notice). **Plan for delays.**',
    ],
  },
};

/** No JSON at all: hand-written content in the slot. */
export const HandWritten: Story = {
  render: () => html`<brief-section heading="Analyst's note">
    <p>Written by hand in the page, styled by the section.</p>
    <ul>
      <li>Any HTML the site wants.</li>
    </ul>
  </brief-section>`,
};
