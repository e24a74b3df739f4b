/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import { formatIssues, validateBrief, type Brief, type IntelBrief } from '../src/index.js';
import { describeBreak } from '../src/brief/json-break.js';
// The print preview shows briefs up to RED: the page's marking prints in every page's margins.
import '../src/print-marking.js';
import { parseBriefText } from '../src/brief/json.js';
import { formatProblem, fromMarkdown, toMarkdown } from '../src/markdown/index.js';
import { fromStix, isStix, StixError, toStix } from '../src/stix/index.js';
import reference from '../briefs/cyber-slavery-2024.json';
import referenceMarkdown from '../test/fixtures/markdown/cyber-slavery-2024.md?raw';
import apt1 from '../test/fixtures/stix/apt1.json';
import { rendered } from './settled.js';

/**
 * The authoring playground: paste or drop a brief as brief JSON, Markdown or
 * STIX 2.1; it is read as you type, its problems listed where they are, and
 * the brief previewed in both layouts (and printed, with the print button),
 * with buttons that export it in each form.
 */
const meta: Meta = { title: 'Tools/Playground', parameters: { controls: { disable: true } } };
export default meta;

/** The forms a brief may be written in. */
type Form = 'brief' | 'markdown' | 'stix';
const FORM_NAMES: Record<Form, string> = { brief: 'Brief JSON', markdown: 'Markdown', stix: 'STIX 2.1' };

/** What reading a text gave: the brief, or the problems that kept it from being one. */
interface Reading {
  form: Form;
  brief?: Brief | undefined;
  problems: string[];
  warnings: string[];
}

/** JSON that is STIX (a bundle, a list of objects or one) is STIX; other JSON is a brief; the rest Markdown. */
function formOf(text: string): Form {
  if (!/^\s*[[{]/.test(text)) return 'markdown';
  try {
    return isStix(JSON.parse(text)) ? 'stix' : 'brief';
  } catch {
    return 'brief'; // its reader says where the JSON breaks
  }
}

function read(text: string): Reading {
  const form = formOf(text);
  if (form === 'markdown') {
    const result = fromMarkdown(text, { file: 'brief.md', tlpMax: 'red' });
    return {
      form,
      brief: result.brief,
      problems: result.errors.map((problem) => formatProblem(problem)),
      warnings: result.warnings.map((problem) => formatProblem(problem, true)),
    };
  }
  let value: unknown;
  try {
    value = parseBriefText(text, 'The JSON', describeBreak);
  } catch (error) {
    return { form, problems: [(error as Error).message], warnings: [] };
  }
  if (form === 'stix') {
    try {
      const { brief, warnings } = fromStix(value);
      return { form, brief, problems: [], warnings };
    } catch (error) {
      if (error instanceof StixError) return { form, problems: [...error.problems], warnings: [] };
      throw error;
    }
  }
  const result = validateBrief(value);
  return result.ok
    ? { form, brief: result.brief, problems: [], warnings: formatIssues(result.warnings).split('\n').filter(Boolean) }
    : { form, problems: formatIssues(result.issues).split('\n'), warnings: [] };
}

/** A link that saves `text` as a file. */
const download = (label: string, name: string, type: string, text: string) =>
  html`<a download=${name} href=${`data:${type};charset=utf-8,${encodeURIComponent(text)}`}>${label}</a>`;

function playground(initial: string) {
  const root = document.createElement('div');
  root.style.cssText = 'display:grid;grid-template-columns:minmax(18rem,1fr) 2fr;gap:1.5rem;align-items:start';
  const update = (text: string) => {
    const reading = read(text);
    const { brief } = reading;
    const load = async (file: File | undefined) => file && update(await file.text());
    render(
      html`<div>
          <label for="source" style="font-weight:600">Brief JSON, Markdown or STIX 2.1</label>
          <textarea
            id="source"
            spellcheck="false"
            style="width:100%;min-height:28rem;font:0.8rem/1.4 monospace"
            .value=${text}
            @input=${(e: Event) => update((e.target as HTMLTextAreaElement).value)}
            @dragover=${(e: DragEvent) => e.preventDefault()}
            @drop=${(e: DragEvent) => {
              e.preventDefault();
              void load(e.dataTransfer?.files[0]);
            }}
          ></textarea>
          <label>
            Open a file
            <input
              type="file"
              accept=".json,.md,.markdown,application/json,text/markdown"
              @change=${(e: Event) => void load((e.target as HTMLInputElement).files?.[0])}
            />
          </label>
          <div role="status" id="reading">
            <p>
              ${FORM_NAMES[reading.form]}:
              ${
                reading.problems.length
                  ? `${reading.problems.length} problem${reading.problems.length === 1 ? '' : 's'}`
                  : 'a brief'
              }${reading.warnings.length ? `, ${reading.warnings.length} warnings` : ''}.
            </p>
            ${
              reading.problems.length
                ? html`<ul aria-label="Problems">
                  ${reading.problems.map((problem) => html`<li>${problem}</li>`)}
                </ul>`
                : nothing
            }
            ${
              reading.warnings.length
                ? html`<ul aria-label="Warnings">
                  ${reading.warnings.map((warning) => html`<li>${warning}</li>`)}
                </ul>`
                : nothing
            }
          </div>
          ${
            brief
              ? html`<p style="display:flex;flex-wrap:wrap;gap:0.5rem 1rem">
                ${download('Export brief JSON', 'brief.json', 'application/json', JSON.stringify(brief, null, 2))}
                ${download('Export Markdown', 'brief.md', 'text/markdown', toMarkdown(brief))}
                ${download('Export STIX 2.1', 'brief.stix.json', 'application/json', JSON.stringify(toStix(brief), null, 2))}
                <button type="button" @click=${() => window.print()}>Print preview</button>
              </p>`
              : nothing
          }
        </div>
        <div>
          <intel-brief id="full" tlp-max="red" .brief=${brief}></intel-brief>
          <hr />
          <intel-brief id="card" tlp-max="red" layout="card" .brief=${brief}></intel-brief>
        </div>`,
      root,
    );
  };
  update(initial);
  return root;
}

/** The title each preview shows, once rendered. */
async function previewTitles(canvasElement: HTMLElement) {
  await rendered({ canvasElement });
  return [...canvasElement.querySelectorAll<IntelBrief>('intel-brief')].map(
    (el) => el.shadowRoot?.querySelector('#ib-title')?.textContent?.trim() ?? '',
  );
}

/** Brief JSON: validated and rendered as you type. */
export const Playground: StoryObj = {
  render: () => playground(JSON.stringify(reference, null, 2)),
  play: async ({ canvasElement }) => {
    await expect(await previewTitles(canvasElement)).toEqual([reference.title, reference.title]);
  },
};

/** The reference brief written in Markdown: the same brief. */
export const Markdown: StoryObj = {
  render: () => playground(referenceMarkdown),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('#reading p')?.textContent).toMatch(/Markdown:\s+a brief\./);
    await expect(await previewTitles(canvasElement)).toEqual([reference.title, reference.title]);
  },
};

/** OASIS's APT1 report, a STIX 2.1 bundle, as a brief. */
export const Stix: StoryObj = {
  name: 'STIX 2.1',
  render: () => playground(JSON.stringify(apt1, null, 2)),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('#reading p')?.textContent).toMatch(/STIX 2\.1:\s+a brief/);
    const [title] = await previewTitles(canvasElement);
    await expect(title).toMatch(/^APT1/);
  },
};

/** Problems are listed where they are, by line and column; fixed, the brief shows. */
export const Problems: StoryObj = {
  render: () => playground('---\ndate: 4/4/2024\n---\n\n# A brief with a bad date\n'),
  play: async ({ canvasElement }) => {
    const problems = () =>
      [...canvasElement.querySelectorAll('[aria-label="Problems"] li')].map((li) => li.textContent);
    await expect(problems()).toEqual(['brief.md:2:7: date: expected an ISO 8601 date like 2024-04-04, got "4/4/2024"']);
    await expect(await previewTitles(canvasElement)).toEqual(['', '']);
    const source = canvasElement.querySelector('textarea')!;
    source.value = source.value.replace('4/4/2024', '2024-04-04');
    source.dispatchEvent(new Event('input'));
    await waitFor(() => expect(problems()).toEqual([]));
    await expect(await previewTitles(canvasElement)).toEqual(['A brief with a bad date', 'A brief with a bad date']);
  },
};
