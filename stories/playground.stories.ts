import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '../src/index.js';
import { formatIssues, validateBrief, type IntelBrief } from '../src/index.js';
import reference from '../briefs/cyber-slavery-2024.json';
import { rendered } from './settled.js';

const meta: Meta = { title: 'Tools/Playground', parameters: { controls: { disable: true } }, play: rendered };
export default meta;

/** Paste brief JSON: it is validated and rendered as you type. */
export const Playground: StoryObj = {
  render: () => {
    const root = document.createElement('div');
    root.style.cssText = 'display:grid;grid-template-columns:minmax(18rem,1fr) 2fr;gap:1.5rem;align-items:start';
    const update = (text: string) => {
      let value: unknown;
      let problem = '';
      try {
        value = JSON.parse(text);
      } catch (error) {
        problem = `Not valid JSON: ${(error as Error).message}`;
      }
      const result = problem ? undefined : validateBrief(value);
      const issues = problem || (result && !result.ok ? formatIssues(result.issues) : '');
      const warnings = result?.warnings.length ? formatIssues(result.warnings) : '';
      render(
        html`<div>
            <label for="json" style="font-weight:600">Brief JSON</label>
            <textarea id="json" spellcheck="false" style="width:100%;min-height:28rem;font:0.8rem/1.4 monospace"
              .value=${text}
              @input=${(e: Event) => update((e.target as HTMLTextAreaElement).value)}
            ></textarea>
            <p role="status" style="white-space:pre-wrap">${issues ? `Issues:\n${issues}` : 'Valid brief.'}${
              warnings ? `\nWarnings:\n${warnings}` : ''
            }</p>
          </div>
          <intel-brief .brief=${problem ? undefined : value}></intel-brief>`,
        root,
      );
      const el = root.querySelector<IntelBrief>('intel-brief');
      if (el && problem) el.brief = text;
    };
    update(JSON.stringify(reference, null, 2));
    return root;
  },
};
