/**
 * Markdown to a brief (section 4.2 of the format): YAML front matter for the
 * fields, an optional `# Title`, the summary paragraph, and `## ` sections of
 * paragraphs and one bullet list. What a brief cannot hold is an error at its
 * line and column; the validator's issues are placed at the YAML node or the
 * Markdown block they come from.
 */
import type { Heading, List, Nodes, Paragraph, Parent, RootContent } from 'mdast';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { validateQuoting } from '../brief/clearance.js';
import type { Brief } from '../brief/schema.js';
import {
  HEADING_ID,
  inlineProblems,
  parseMarkdown,
  startOf,
  trimLine,
  underscoreEmphasis,
  unescapeHeading,
  unescapeLineStart,
} from './text.js';

/** One problem in a Markdown brief, where it is. */
export interface MarkdownProblem {
  /** The file's name, as given in the options. */
  file?: string;
  /** 1-based line in the whole file, front matter included. */
  line: number;
  /** 1-based column (in UTF-16 code units, as editors count). */
  column: number;
  /** For a problem the validator found: its path into the brief (`sources[2].url`). */
  path?: string;
  /** What is wrong, after the path when there is one: `date: expected an ISO 8601 date like 2024-04-04, got "4/4/2024"`. */
  message: string;
}

/** What `fromMarkdown()` returns: the brief and warnings, or the errors (and warnings), by line. Never thrown. */
export type MarkdownResult =
  | { ok: true; brief: Brief; errors: []; warnings: MarkdownProblem[] }
  | { ok: false; brief?: undefined; errors: MarkdownProblem[]; warnings: MarkdownProblem[] };

export interface FromMarkdownOptions {
  /** The file's name, put in each problem (and so in `formatProblem()`'s lines). */
  file?: string | undefined;
  /**
   * The highest TLP marking whose values may be quoted in messages: `CLEAR`
   * (the default), `GREEN`, `AMBER`, `AMBER+STRICT` or `RED`. A brief marked
   * above it, or whose marking cannot be read, is still read, and its problems
   * reported by place and expectation alone (`got a string`).
   */
  tlpMax?: string | undefined;
}

/** `brief.md:3:7: date: expected …`, as the command line prints a problem; `warning: ` before a warning's message. */
export const formatProblem = (problem: MarkdownProblem, warning = false) =>
  `${problem.file != null ? `${problem.file}:` : ''}${problem.line}:${problem.column}: ${warning ? 'warning: ' : ''}${problem.message}`;

/** The messages of YAML errors that may quote the text, said without it. */
const YAML_MESSAGES: Record<string, string> = {
  BAD_COLLECTION_TYPE: 'a tag used on the wrong kind of collection',
  BAD_DIRECTIVE: 'a directive (%…) YAML does not know',
  BAD_DQ_ESCAPE: 'an invalid escape sequence in a double-quoted string',
  BAD_PROP_ORDER: 'anchors and tags must come after the indicator',
  BAD_SCALAR_START: 'a plain value cannot start with this character: quote it',
  TAG_RESOLVE_FAILED: 'a tag (!…) YAML does not know',
  UNEXPECTED_TOKEN: 'unexpected characters',
};

/** Blocks a brief cannot hold, said in a few words. */
function blockMessage(node: RootContent): string {
  switch (node.type) {
    case 'heading':
      return `a ${'#'.repeat(node.depth)} heading: a brief's sections are ## headings, none deeper`;
    case 'code':
      return 'a code block: a brief holds no code';
    case 'html':
      return 'HTML: a brief holds no HTML (write \\< to show a <)';
    case 'blockquote':
      return 'a block quote: a brief holds none (write \\> to show a >)';
    case 'thematicBreak':
      return 'a thematic break: a brief holds none';
    case 'table':
      return 'a table: a brief holds no tables';
    case 'definition':
      return 'a link reference definition: write links as [text](url)';
    case 'list':
      return 'a list inside a bullet: bullets do not nest';
    case 'paragraph':
      return 'a second paragraph in one bullet: a bullet is one paragraph';
    default:
      return `${node.type}: a brief cannot hold it`;
  }
}

/** A section as read, with the nodes its parts came from (for the validator's paths). */
interface ReadSection {
  heading: Heading;
  paragraphs: Paragraph[];
  list?: List;
  bullets: Paragraph[];
}

/** A path of the validator (`sources[2].url`, `pdf[""]`) as keys and indices. */
function parsePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const re = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][\w$]*)/y;
  for (let match; re.lastIndex < path.length && (match = re.exec(path));) {
    segments.push(
      match[1] !== undefined ? Number(match[1]) : match[2] !== undefined ? (JSON.parse(match[2]) as string) : match[3],
    );
  }
  return segments;
}

/**
 * Reads a brief written in Markdown. Never throws: problems are returned,
 * each at its line and column.
 */
export function fromMarkdown(text: string, options?: FromMarkdownOptions): MarkdownResult {
  let file: string | undefined;
  let tlpMax: unknown;
  try {
    file = options?.file == null ? undefined : String(options.file);
    tlpMax = options?.tlpMax;
  } catch {
    // Options that cannot be read: none.
  }
  const errors: MarkdownProblem[] = [];
  const warnings: MarkdownProblem[] = [];
  const problem = (list: MarkdownProblem[], line: number, column: number, message: string, path?: string) =>
    list.push({
      ...(file !== undefined && { file }),
      line,
      column,
      ...(path && { path }),
      message: path ? `${path}: ${message}` : message,
    });
  let brief: Brief | undefined;
  try {
    if (typeof text !== 'string') problem(errors, 1, 1, 'the Markdown is not text');
    else brief = read(text, errors, warnings, problem, tlpMax);
  } catch {
    // A fault of ours, or of a parser: still an answer. The message quotes nothing.
    brief = undefined;
    errors.length = 0;
    warnings.length = 0;
    problem(errors, 1, 1, 'the Markdown could not be read');
  }
  const order = (a: MarkdownProblem, b: MarkdownProblem) => a.line - b.line || a.column - b.column;
  errors.sort(order);
  warnings.sort(order);
  return (
    errors.length || !brief ? { ok: false, errors, warnings } : { ok: true, brief, errors, warnings }
  ) as MarkdownResult;
}

type Report = (list: MarkdownProblem[], line: number, column: number, message: string, path?: string) => void;

/** Reads the brief, reporting each problem; returns it when it is valid. */
function read(
  input: string,
  errors: MarkdownProblem[],
  warnings: MarkdownProblem[],
  report: Report,
  tlpMax: unknown,
): Brief | undefined {
  // Lines and columns are all that is reported: line endings can be made one kind, a byte order mark dropped.
  const source = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');

  // The front matter: from a first line `---` to the next `---` (or `...`).
  let doc: Document | undefined;
  const lineCounter = new LineCounter();
  let body = source;
  if (/^---[ \t]*$/.test(lines[0])) {
    const end = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
    if (end < 0) {
      report(errors, 1, 1, 'the front matter has no end: close it with a line ---');
      return undefined;
    }
    doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter, prettyErrors: false, uniqueKeys: true });
    // The body keeps its lines where they are in the file: the front matter's become empty.
    body = '\n'.repeat(end + 1) + lines.slice(end + 1).join('\n');
  }

  /** The file's line and column of a YAML node (or of the front matter's start). */
  const yamlPlace = (node: YamlNode | undefined | null): [number, number] => {
    if (!doc) return [1, 1];
    if (!node?.range) return [2, 1];
    const { line, col } = lineCounter.linePos(node.range[0]);
    return [line + 1, col];
  };

  let fields: Record<string, unknown> = {};
  let yamlOk = true;
  if (doc) {
    for (const error of doc.errors) {
      yamlOk = false;
      const { line, col } = lineCounter.linePos(error.pos[0]);
      const message = Object.hasOwn(YAML_MESSAGES, error.code) ? YAML_MESSAGES[error.code] : error.message;
      report(errors, line + 1, col, `the front matter is not valid YAML: ${message}`);
    }
    // A tag YAML does not know is a warning for it (the value is read as if untagged): said, not dropped.
    for (const warning of doc.warnings) {
      const { line, col } = lineCounter.linePos(warning.pos[0]);
      const message = Object.hasOwn(YAML_MESSAGES, warning.code) ? YAML_MESSAGES[warning.code] : warning.message;
      report(warnings, line + 1, col, `front matter: ${message}, read as if it were not there`);
    }
    if (yamlOk) {
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch {
        yamlOk = false;
        report(errors, 2, 1, 'the front matter cannot be read: too many aliases');
      }
      if (yamlOk && value != null && (typeof value !== 'object' || Array.isArray(value))) {
        yamlOk = false;
        report(errors, ...yamlPlace(doc.contents), 'the front matter is not a mapping of fields (key: value)');
      } else if (value != null) fields = value as Record<string, unknown>;
    }
    if (yamlOk && isMap(doc.contents)) {
      const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === 'sections');
      if (pair)
        report(
          errors,
          ...yamlPlace(pair.key as YamlNode),
          'sections are written as ## headings, not in the front matter',
        );
    }
  }

  // The body.
  const tree = parseMarkdown(body);
  const place = (node: Nodes): [number, number] => [node.position!.start.line, node.position!.start.column];
  const error = (node: Nodes, message: string) => report(errors, ...place(node), message);
  /** The problems in a text's inline content; `_` emphasis is a warning. */
  const checkInline = (node: Parent) => {
    for (const found of inlineProblems(node, body)) error(found.node, found.message);
    for (const found of underscoreEmphasis(node, body))
      report(warnings, ...place(found), '_ is not emphasis in brief text: it shows as it is (emphasis is *text*)');
  };
  const sourceOf = (node: Nodes) => body.slice(startOf(node), node.position!.end.offset);
  /** A paragraph's text: its lines, each without the backslash that kept it from opening a block, joined by a space. */
  const paragraphText = (node: Paragraph) => {
    checkInline(node);
    return sourceOf(node)
      .split('\n')
      .map((line) => unescapeLineStart(trimLine(line)))
      .join(' ');
  };
  /** A heading's text, and the id it names (`## Heading {#id}`, in sections). */
  const headingText = (node: Heading, ids: boolean) => {
    checkInline(node);
    const first = node.children[0];
    if (!first) return { text: '' };
    let text = body.slice(startOf(first), node.children.at(-1)!.position!.end.offset);
    // A setext heading's lines are a paragraph's.
    if (body[startOf(node)] !== '#')
      text = text
        .split('\n')
        .map((line) => unescapeLineStart(trimLine(line)))
        .join(' ');
    const id = ids ? HEADING_ID.exec(text) : null;
    if (id) text = text.slice(0, id.index);
    return { text: unescapeHeading(text, ids), ...(id && { id: id[1] }) };
  };

  let title: Heading | undefined;
  let summary: Paragraph | undefined;
  const sections: ReadSection[] = [];
  const firstBlock = tree.children[0];
  for (const node of tree.children) {
    const section = sections.at(-1);
    if (node.type === 'heading' && node.depth === 1) {
      if (title) error(node, 'a second # heading: a brief has one title');
      else if (section || summary) error(node, 'the # title comes first, before the summary and the sections');
      else title = node;
    } else if (node.type === 'heading' && node.depth === 2) {
      sections.push({ heading: node, paragraphs: [], bullets: [] });
    } else if (node.type === 'paragraph') {
      if (!section) {
        if (summary) error(node, 'a second paragraph before the first ## heading: the summary is one paragraph');
        else summary = node;
      } else if (section.list)
        error(node, "a paragraph after the list: a section's paragraphs come before its one list");
      else section.paragraphs.push(node);
    } else if (node.type === 'list') {
      if (node.ordered) error(node, "a numbered list: a section's bullets are a bullet list (- item)");
      else if (!section) error(node, 'a list before the first ## heading: only the summary paragraph comes before it');
      else if (section.list) error(node, 'a second list in one section: a section has one bullet list');
      else {
        section.list = node;
        for (const item of node.children) {
          const [first, ...rest] = item.children;
          if (!first) error(item, 'an empty bullet');
          else if (first.type !== 'paragraph') error(first, blockMessage(first));
          else section.bullets.push(first);
          for (const other of rest) error(other, blockMessage(other));
        }
      }
    } else {
      const hint =
        !doc && node === firstBlock && node.type === 'thematicBreak'
          ? ' (front matter starts on the first line of the file)'
          : '';
      error(node, blockMessage(node) + hint);
    }
  }

  // The brief: the fields, then what the body holds.
  const raw: Record<string, unknown> = { ...fields };
  delete raw.sections;
  if (title) {
    const { text } = headingText(title, false);
    if (!Object.hasOwn(fields, 'title')) raw.title = text;
    else if (fields.title !== text) error(title, 'the # heading and title: in the front matter differ: keep one');
  }
  if (summary) {
    const text = paragraphText(summary);
    if (!Object.hasOwn(fields, 'summary')) raw.summary = text;
    else if (fields.summary !== text)
      error(summary, 'the paragraph before the first ## heading and summary: in the front matter differ: keep one');
  }
  const empty = new Set<number>();
  if (sections.length) {
    raw.sections = sections.map((section, i) => {
      const { text, id } = headingText(section.heading, true);
      const paragraphs = section.paragraphs.map(paragraphText);
      const bullets = section.bullets.map(paragraphText);
      if (!paragraphs.length && !bullets.length) {
        empty.add(i);
        error(section.heading, 'a ## heading with nothing under it: a section needs a paragraph or a list');
      }
      return {
        heading: text,
        ...(id !== undefined && { id }),
        ...(paragraphs.length && { paragraphs }),
        ...(bullets.length && { bullets }),
      };
    });
  }
  if (!yamlOk) return undefined;

  // The validator, quoting values only when the marking allows it.
  const result = validateQuoting(raw, tlpMax);

  /** Where a validator path points: the Markdown block for what the body holds, else the YAML node (the key, for `key`). */
  const locate = (path: string, key: boolean): [number, number] => {
    const [head, ...rest] = parsePath(path);
    if (head === 'sections' && typeof rest[0] === 'number' && sections[rest[0]]) {
      const section = sections[rest[0]];
      const part = rest[1] === 'paragraphs' ? section.paragraphs : rest[1] === 'bullets' ? section.bullets : [];
      return place(part[rest[2] as number] ?? section.heading);
    }
    if (head === 'title' && title && !Object.hasOwn(fields, 'title')) return place(title);
    if (head === 'summary' && summary && !Object.hasOwn(fields, 'summary')) return place(summary);
    let node: unknown = doc?.contents;
    for (const [i, segment] of [head, ...rest].entries()) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        node = key && i === rest.length ? pair.key : (pair.value ?? pair.key);
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) node = node.items[segment];
      else break;
    }
    return yamlPlace(node as YamlNode | undefined);
  };
  for (const issue of result.issues) {
    // An empty section is already reported, in words that name the Markdown.
    const at = /^sections\[(\d+)\]$/.exec(issue.path);
    if (at && empty.has(Number(at[1]))) continue;
    report(errors, ...locate(issue.path, false), issue.message, issue.path || undefined);
  }
  for (const warning of result.warnings) report(warnings, ...locate(warning.path, true), warning.message, warning.path);
  return result.ok ? result.brief : undefined;
}
