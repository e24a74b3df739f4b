// Checks on every story that `npm run test:storybook` runs (@storybook/addon-vitest),
// besides the a11y addon's own axe run after the play function, which fails a
// story with violations (`parameters.a11y.test: 'error'` in preview.ts):
// an element of ours rendered content, nothing logged a console error or threw,
// and no request failed (unless the story is tagged `expect-network-error`).
import axe from 'axe-core';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

const OURS = 'intel-brief, brief-section, download-pdf';

let problems: string[] = [];
// When this story began: a request of the story before (a 404 it expected) may
// still add its resource timing entry after that story ended.
let began = 0;
let consoleError: MockInstance<typeof console.error> | undefined;
let axeRun: MockInstance<typeof axe.run> | undefined;
const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  problems.push(`unhandled rejection: ${event.reason instanceof Error ? event.reason.message : String(event.reason)}`);

beforeEach(() => {
  problems = [];
  performance.clearResourceTimings();
  began = performance.now();
  consoleError = vi.spyOn(console, 'error');
  axeRun = vi.spyOn(axe, 'run');
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach((context) => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  const calls = consoleError?.mock.calls ?? [];
  consoleError?.mockRestore();
  const axeRuns = axeRun?.mock.calls.length ?? 0;
  axeRun?.mockRestore();
  const story = (context as { story?: { tags: string[]; parameters: { a11y?: { test?: string; disable?: boolean } } } })
    .story;
  if (!story) return;

  // The a11y addon's run, after the play function, is the only one.
  const a11y = story.parameters.a11y;
  const axeExpected = a11y?.disable || a11y?.test === 'off' ? 0 : 1;
  if (axeRuns !== axeExpected) problems.push(`axe ran ${axeRuns} times, not ${axeExpected}`);

  const els = [...document.body.querySelectorAll(OURS)];
  if (!els.length || !els.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0)) {
    problems.push('no element of ours rendered content');
  }
  problems.push(...calls.map((args) => `console error: ${args.map(String).join(' ')}`));
  if (!story.tags.includes('expect-network-error')) {
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (entry.startTime >= began && entry.responseStatus >= 400)
        problems.push(`request failed: ${entry.name} (${entry.responseStatus})`);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
});
