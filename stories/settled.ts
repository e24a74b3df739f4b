import type { LitElement } from 'lit';

const OURS = 'intel-brief, brief-section, download-pdf';

/**
 * Resolves once every element of ours in the story has rendered. The stories'
 * play function: Storybook runs the a11y addon's axe (and the story tests) after it.
 */
export async function rendered({ canvasElement }: { canvasElement: HTMLElement }) {
  await Promise.all([...canvasElement.querySelectorAll<LitElement>(OURS)].map((el) => el.updateComplete));
}

/**
 * As `rendered`, and also waits for every `<intel-brief>` loading a `src` to
 * show the brief or the error (its `brief-load` or `brief-error` event).
 */
export async function settled({ canvasElement }: { canvasElement: HTMLElement }) {
  const briefs = [...canvasElement.querySelectorAll('intel-brief')].map((el) => ({
    el,
    done: new Promise<void>((resolve) => {
      el.addEventListener('brief-load', () => resolve(), { once: true });
      el.addEventListener('brief-error', () => resolve(), { once: true });
    }),
  }));
  await rendered({ canvasElement });
  // aria-busy is set while loading; the event comes in a later task, after the fetch.
  await Promise.all(briefs.filter(({ el }) => el.getAttribute('aria-busy') === 'true').map(({ done }) => done));
}
