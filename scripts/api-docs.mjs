// The elements' API in README.md, written from custom-elements.json: the text
// between `<!-- api:start -->` and `<!-- api:end -->` is generated, so the
// README cannot drift from the JSDoc the manifest is read from.
//
//   node scripts/api-docs.mjs           rewrites README.md from custom-elements.json
//   node scripts/api-docs.mjs --check   fails when README.md's API section is stale
//
// `npm run generate` (scripts/generate.mjs) does the same from the manifest it
// has just regenerated, and `node scripts/generate.mjs --check` checks it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';
const NOTE =
  '<!-- Generated from custom-elements.json by `npm run generate` (scripts/api-docs.mjs): edit the JSDoc, not this. -->';

/** Text for a Markdown table cell: one line, and `|` escaped (GitHub reads `\|` as a pipe inside code spans too). */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|')
    .trim();

/** `A | B | undefined | undefined` as `A | B | undefined`: the analyzer repeats a union's members. */
const typeText = (type) => (type?.text ? [...new Set(type.text.split('|').map((t) => t.trim()))].join(' | ') : '');

const code = (text) => (text ? `\`${text}\`` : '');

/**
 * A Markdown table, or nothing when there are no rows. Columns are padded to
 * their widest cell, as Prettier lays tables out, so formatting the README
 * leaves the generated text as it is. (Width is counted in code points: the
 * manifest's text has no wide characters.)
 */
function table(head, rows) {
  if (!rows.length) return [];
  const lines = [head, ...rows].map((cells) => cells.map(cell));
  const widths = head.map((_, i) => Math.max(3, ...lines.map((cells) => [...cells[i]].length)));
  const line = (cells) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
  return [line(lines[0]), line(widths.map((w) => '-'.repeat(w))), ...lines.slice(1).map(line), ''];
}

/** The attribute's property: its field, else the name HTMLElement gives it (`lang`). */
const propertyOf = (attribute) => attribute.fieldName ?? attribute.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** One element's section: what it is, then its attributes and properties, events, slots, parts and custom properties. */
function elementDocs(element) {
  const out = [`### \`<${element.tagName}>\``, ''];
  if (element.summary) out.push(`${element.summary.trim()}`, '');
  if (element.description)
    out.push(
      ...element.description
        .trim()
        .split(/\n\s*\n/)
        .map((p) => `${p.replace(/\s*\n\s*/g, ' ')}\n`),
    );

  const fields = (element.members ?? []).filter(
    (m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static,
  );
  const rows = [];
  for (const attribute of element.attributes ?? []) {
    const field = fields.find((f) => f.name === attribute.fieldName);
    rows.push([
      code(attribute.name),
      code(propertyOf(attribute)),
      code(typeText(attribute.type ?? field?.type)),
      code(attribute.default ?? field?.default),
      attribute.description ?? field?.description,
    ]);
  }
  for (const field of fields.filter(
    (f) => !f.attribute && !(element.attributes ?? []).some((a) => a.fieldName === f.name),
  ))
    rows.push(['', code(field.name), code(typeText(field.type)), code(field.default), field.description]);
  out.push(...table(['Attribute', 'Property', 'Type', 'Default', 'Description'], rows));

  out.push(
    ...table(
      ['Event', 'Type', 'Description'],
      (element.events ?? []).map((e) => [code(e.name), code(typeText(e.type)), e.description]),
    ),
  );
  out.push(
    ...table(
      ['Slot', 'Description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
    ),
  );
  out.push(
    ...table(
      ['CSS part', 'Description'],
      (element.cssParts ?? []).map((p) => [code(p.name), p.description]),
    ),
  );
  out.push(
    ...table(
      ['CSS custom property', 'Description'],
      (element.cssProperties ?? []).map((p) => [
        code(p.name),
        p.default ? `${p.description ?? ''} Default: ${code(p.default)}.` : p.description,
      ]),
    ),
  );
  return out;
}

/**
 * The generated section, markers included: every custom element the manifest
 * declares, the one named as the package first, the others in manifest order.
 */
export function apiSection(manifest, packageName = 'intel-brief') {
  const elements = manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.customElement && d.tagName),
  );
  elements.sort((a, b) => (b.tagName === packageName) - (a.tagName === packageName));
  return [START, NOTE, '', ...elements.flatMap(elementDocs), END].join('\n');
}

/** `readme` with its API section replaced by the one generated from `manifest`. */
export function withApiSection(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section for the elements' API`);
  return readme.slice(0, start) + apiSection(manifest) + readme.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const next = withApiSection(readme, manifest);
  if (!process.argv.includes('--check')) writeFileSync('README.md', next);
  else if (next !== readme) {
    console.error(
      "README.md's API section is out of date with custom-elements.json: run npm run generate and commit it.",
    );
    process.exitCode = 1;
  } else console.log("README.md's API section is current.");
}
