// Runs once per time zone, each time in a browser started with TZ set to it
// (the time-zone groups in web-test-runner.config.mjs), in every engine.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { IntelBrief } from '../src/index.js';
import { $, sample } from './helpers.js';
import { both, type Fixture } from './fixture.js';

const { timezone }: { timezone: string | null } = await executeServerCommand('launch-timezone');
const zone = timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

/** 2026-03-11T23:30:00Z, an instant, as the calendar day of each zone's readers. */
const INSTANT_DAY: Record<string, string> = {
  'Pacific/Honolulu': 'Mar 11, 2026',
  'Pacific/Kiritimati': 'Mar 12, 2026',
  'America/Los_Angeles': 'Mar 11, 2026',
  'Asia/Tokyo': 'Mar 12, 2026',
};

/** Each zone's UTC offset on 2024-04-04. */
const OFFSET: Record<string, string> = {
  'Pacific/Honolulu': '-10:00',
  'Pacific/Kiritimati': '+14:00',
  'America/Los_Angeles': '-07:00',
  'Asia/Tokyo': '+09:00',
};

async function render(fixture: Fixture, brief: unknown): Promise<IntelBrief> {
  const el = await fixture<IntelBrief>(html`<intel-brief lang="en-US" .brief=${brief}></intel-brief>`);
  await el.updateComplete;
  return el;
}

describe(`dates in ${zone}`, () => {
  it('runs in the time zone the browser was started in', () => {
    expect(timezone, 'a time zone from the launcher').to.be.a('string');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(timezone);
  });

  both('shows a date-only brief as the same calendar day', async (fixture) => {
    const el = await render(fixture, await sample('cyber-slavery-2024'));
    expect($(el, 'time')!.textContent).to.equal('Apr 4, 2024');
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2024-04-04');
  });

  both("shows a date-time with an offset as an instant, on the reader's calendar day", async (fixture) => {
    const el = await render(fixture, { title: 'x', date: '2026-03-11T23:30:00+00:00' });
    expect($(el, 'time')!.textContent).to.equal(INSTANT_DAY[zone]);
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2026-03-11T23:30:00+00:00');
  });

  both('keeps an instant a nanosecond before midnight on its day', async (fixture) => {
    const el = await render(fixture, { title: 'x', date: `2024-04-04T23:59:59.999999999${OFFSET[zone]}` });
    expect($(el, 'time')!.textContent).to.equal('Apr 4, 2024');
  });
});
