/**
 * A brief to Markdown (section 4.2 of the format), written so that
 * `fromMarkdown()` gives the same brief back: the fields in YAML front matter
 * (the schema's order; YAML's stringifier quotes what it would read as another
 * type), the title as `# Title` and the summary as the first paragraph when
 * they read back exactly (else in the front matter), then the sections.
 */
import { Document, isScalar, isSeq } from 'yaml';
import { BriefSchema, type Brief, type BriefInput } from '../brief/schema.js';
import { escapeHeading, escapeInline, escapeLineStart, ID, oneLine } from './text.js';

/** A paragraph's or a bullet's line (after `prefix`): one line, what would open a block or be read as what a brief cannot hold escaped. */
const textLine = (prefix: string, text: string) => prefix + escapeInline(prefix, escapeLineStart(oneLine(text)));

/** A heading's line, with its id as `{#id}`. */
const headingLine = (prefix: string, text: string, id?: string) =>
  prefix + escapeInline(prefix, escapeHeading(oneLine(text), prefix === '## ')) + (id === undefined ? '' : ` {#${id}}`);

/** Whether a text reads back the same from its line (no whitespace changed, no escape added). */
const exact = (text: unknown, line: (text: string) => string, bare: (text: string) => string): text is string =>
  typeof text === 'string' && oneLine(text) === text && text !== '' && line(text) === bare(text);

/**
 * Writes a brief as Markdown. Text is written as it is (it is already the
 * inline syntax), on one line (line breaks and the spaces at either end,
 * which a page does not show, are not kept); a backslash is added where the
 * text would open a block or close a heading, which reading removes, and
 * before the `<`, `!` or `[` of what Markdown would read as HTML, an image,
 * an autolink or a titled link, which reading keeps (the brief shows the same).
 *
 * Throws a TypeError for a section `id` that `{#id}` cannot hold (letters,
 * digits, `_`, `.`, `:` and `-` only).
 */
export function toMarkdown(brief: Brief | BriefInput): string {
  const { title, summary, sections } = brief;
  const titleInBody = exact(
    title,
    (text) => headingLine('# ', text),
    (text) => `# ${escapeHeading(text, false)}`,
  );
  const summaryInBody = exact(
    summary,
    (text) => textLine('', text),
    (text) => escapeLineStart(text),
  );

  const fields: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(BriefSchema.properties!), ...Object.keys(brief)])) {
    const value = (brief as Record<string, unknown>)[key];
    if (value === undefined || key === 'sections') continue;
    if ((key === 'title' && titleInBody) || (key === 'summary' && summaryInBody)) continue;
    fields[key] = value;
  }
  const doc = new Document(fields);
  // Lists of a few short words on one line (`where: [India, Cambodia]`), as people write them.
  for (const node of Object.values((doc.contents as { items?: { value?: unknown }[] }).items ?? [])) {
    const list = node.value;
    if (isSeq(list) && list.items.every(isScalar) && JSON.stringify(list.toJSON()).length <= 60) list.flow = true;
  }
  const blocks = [`---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---`];
  if (titleInBody) blocks.push(headingLine('# ', title));
  if (summaryInBody) blocks.push(textLine('', summary));
  for (const [i, section] of (sections ?? []).entries()) {
    if (section.id !== undefined && !ID.test(section.id))
      throw new TypeError(`sections[${i}].id cannot be written in Markdown: {#id} takes letters, digits, _ . : -`);
    blocks.push(headingLine('## ', section.heading, section.id));
    for (const paragraph of section.paragraphs ?? []) blocks.push(textLine('', paragraph));
    if (section.bullets?.length) blocks.push(section.bullets.map((bullet) => textLine('- ', bullet)).join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
