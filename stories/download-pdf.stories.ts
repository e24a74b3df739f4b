import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import '../src/define/download-pdf.js';
import type { DownloadPdf } from '../src/download-pdf.js';
import { rendered } from './settled.js';

const { args, argTypes, template } = getStorybookHelpers<DownloadPdf>('download-pdf');

const meta: Meta<DownloadPdf & typeof args> = {
  title: 'Elements/download-pdf',
  component: 'download-pdf',
  args: { ...args, href: 'briefs/Indian-Government-Rescues-250-Citizens.pdf' },
  argTypes,
  render: (args) => template(args),
  play: rendered,
};
export default meta;
type Story = StoryObj<DownloadPdf & typeof args>;

export const WithSize: Story = { args: { filename: 'Indian Government Rescues 250 Citizens.pdf', size: 2820669 } };

export const WithoutSize: Story = {};

export const LongFileName: Story = {
  args: {
    filename:
      'Regional assessment of cyber-enabled human trafficking networks in Southeast Asia, 2023–2024, annex B (final).pdf',
    size: 48213377,
  },
};

/** A `javascript:` URL never becomes a link: the tile is disabled. */
export const UnsafeUrl: Story = { args: { href: 'javascript:alert(1)', filename: 'Suspicious.pdf', size: 1024 } };
