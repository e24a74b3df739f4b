import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { fromStix, toStix } from '../src/stix/index.js';
import apt1 from '../test/fixtures/stix/apt1.json';
import poisonIvy from '../test/fixtures/stix/poisonivy.json';
import portStrike from '../briefs/port-strike-tlp-green.json';
import { rendered } from './settled.js';

/**
 * Briefs converted from STIX 2.1 (`intel-brief/stix`) in the browser, as the
 * story loads: OASIS's example threat reports (test/fixtures/stix/), and a
 * sample brief through STIX and back.
 */
const meta: Meta = {
  title: 'Formats/STIX 2.1',
  play: rendered,
};
export default meta;
type Story = StoryObj;

/** What `fromStix` could not place, under the brief: the warnings `intel-brief convert` prints. */
const converted = (bundle: unknown, tlpMax?: string) => {
  const { brief, warnings } = fromStix(bundle);
  return html`<intel-brief .brief=${brief} tlp-max=${tlpMax ?? 'clear'}></intel-brief>
    <p>${warnings.length ? `Warnings: ${warnings.join('; ')}` : 'Nothing in the report was left out.'}</p>`;
};

/** Mandiant's APT1 report, as OASIS publishes it in STIX 2.1: actors, tools, malware, attack patterns, indicators. */
export const Apt1: Story = { name: 'APT1 report (OASIS example)', render: () => converted(apt1) };

/** FireEye's Poison Ivy report: an author, campaigns, CVE and CAPEC ids, a course of action. */
export const PoisonIvy: Story = { name: 'Poison Ivy report (OASIS example)', render: () => converted(poisonIvy) };

/** The TLP:GREEN sample brief written as a STIX bundle by `toStix`, read back by `fromStix`: the same brief. */
export const RoundTrip: Story = {
  name: 'A brief through STIX and back (TLP:GREEN)',
  render: () => converted(toStix(portStrike), 'green'),
};
