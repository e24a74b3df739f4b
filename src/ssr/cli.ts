/**
 * The `intel-brief` command: `validate` brief files, `render` one to HTML,
 * `convert` one between forms (brief JSON, Markdown, STIX 2.1), `pdf` print one.
 * `main()` takes the arguments and streams and returns the exit code:
 * 0 all good, 1 a brief is invalid or cannot be read or shown, 2 a usage error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { BriefIssue } from '../brief/validate.js';
import { validateQuoting } from '../brief/clearance.js';
import { parseTlp, type Brief } from '../brief/schema.js';
import { describeBreak } from '../brief/json-break.js';
import { parseBriefText } from '../brief/json.js';
import { importNeeding } from '../internal/optional-peer.js';

const HELP = `Usage: intel-brief <command> [options]

Commands:
  validate <file…>   Check brief files against the format. One line per problem,
                     "file: path: message"; unknown fields are warnings.
                     Exit 0 when all are valid, 1 otherwise.
  render <file>      Print the brief as server-rendered HTML: <intel-brief> with
                     its declarative shadow DOM, readable with JavaScript off.
  convert <file>     Convert a brief from one form to another: brief JSON, or
                     STIX 2.1 (a bundle, a list of objects or a report, from a
                     threat-intelligence platform). Problems and warnings on
                     standard error, one a line.
  pdf <file> -o <out.pdf>
                     Print the brief to a PDF file with headless Chrome or
                     Chromium (CHROME_PATH, else the usual install paths;
                     needs the puppeteer-core package): any input convert reads.

A file named - is read from standard input.

Options for validate:
  --json                 print a JSON array: [{ file, valid, issues, warnings }]
  --tlp-max <level>      highest TLP marking whose values may be quoted in the
                         messages: clear (default), green, amber, amber+strict,
                         red. Every brief is checked; one marked above it, or
                         whose marking cannot be read, is reported by path and
                         expectation alone, and its unknown fields are not named

Options for render:
  --layout full|card     the element's layout (default full)
  --lang <tag>           locale of labels, dates and numbers (default the brief's, else en)
  --tlp-max <level>      highest TLP marking to render: clear (default), green, amber,
                         amber+strict, red; a brief marked above it is refused
  --heading-level <1-6>  level of the title's heading (default 2)
  --date-style <style>   full, long, medium (default) or short
  --page                 a complete standalone page: <title>, meta description,
                         Open Graph tags
  --json-ld              with --page: schema.org JSON-LD describing the brief
  --hydrate <url>        with --page: load this script to hydrate the brief
                         (dist/intel-brief.ssr.bundle.js, served from your site)
  --url <url>            with --page: the page's own URL (og:url, canonical link)
  --no-json              leave the inline JSON out (the HTML cannot hydrate)

Options for convert:
  --from brief|markdown|stix  the input's form (default: known from its content,
                         a STIX bundle, object or list of objects, else brief
                         JSON; or its extension, .md and .markdown)
  --to brief|markdown|stix    the output's form (default brief: brief JSON, indented)
  --report <id>          STIX input with several reports: the one to convert
  --tlp <level>          STIX input: the TLP level of markings that cannot be
                         read (else they refuse the conversion); the brief gets
                         the most restrictive of it and the markings read
  -o, --output <file>    write there, only when the conversion succeeds
                         (default standard output)

Options for pdf:
  -o, --output <file>    the PDF file to write (required; not written on failure)
  --layout full|card     the element's layout (default full; a card prints expanded)
  --lang <tag>           locale of labels, dates and numbers (default the brief's, else en)
  --tlp-max <level>      highest TLP marking to print: clear (default), green, amber,
                         amber+strict, red; a brief marked above it is refused
  --paper a4|letter      the paper size (default a4)
  --from, --report, --tlp  as for convert

  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 success, 1 invalid or unreadable brief, 2 usage error.
`;

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Reads all of standard input. */
  stdin: () => string;
}

/** A mistake in how the command was called: exit status 2, and a pointer to --help. */
class UsageError extends Error {}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  'no-json': { type: 'boolean' },
  layout: { type: 'string' },
  lang: { type: 'string' },
  'tlp-max': { type: 'string' },
  'heading-level': { type: 'string' },
  'date-style': { type: 'string' },
  page: { type: 'boolean' },
  'json-ld': { type: 'boolean' },
  hydrate: { type: 'string' },
  url: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  report: { type: 'string' },
  tlp: { type: 'string' },
  output: { type: 'string', short: 'o' },
  paper: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const OPTIONS_OF: Record<string, readonly string[]> = {
  validate: ['json', 'tlp-max'],
  render: ['layout', 'lang', 'tlp-max', 'heading-level', 'date-style', 'page', 'json-ld', 'hydrate', 'url', 'no-json'],
  convert: ['from', 'to', 'report', 'tlp', 'output'],
  pdf: ['from', 'report', 'tlp', 'output', 'layout', 'lang', 'tlp-max', 'paper'],
};

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase() as T;
  if (!allowed.includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return v;
}

/** The --tlp-max level, in any case, `TLP:` allowed. */
const tlpMaxOf = (values: Record<string, string | boolean | undefined>) =>
  oneOf('tlp-max', (values['tlp-max'] as string | undefined)?.replace(/^tlp:/i, ''), [
    'clear',
    'green',
    'amber',
    'amber+strict',
    'red',
    'white',
  ] as const);

/** What a file holds, as text; `-` is standard input. Throws an Error with a short message. */
function readText(file: string, io: Io): string {
  try {
    return file === '-' ? io.stdin() : readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot be read (${code ?? (error as Error).message})`,
      { cause: error },
    );
  }
}

/** What a file holds, as brief JSON; `-` is standard input. Throws an Error with a short message. */
function read(file: string, io: Io): unknown {
  return parseJson(readText(file, io));
}

/** JSON text as a value. Throws an Error with a short message. */
function parseJson(text: string): unknown {
  // parseBriefText names its origin first: "The file is not valid JSON: …" reads as "file: not valid JSON: …".
  try {
    return parseBriefText(text, 'The file', describeBreak);
  } catch (error) {
    throw new Error((error as Error).message.replace(/^The file (is )?/, ''), { cause: error });
  }
}

const nameOf = (file: string) => (file === '-' ? '<stdin>' : file);
const line = (file: string, issue: BriefIssue, warning = false) =>
  `${nameOf(file)}: ${issue.path ? `${issue.path}: ` : ''}${warning ? 'warning: ' : ''}${issue.message}\n`;

function validate(files: string[], json: boolean, tlpMax: string | undefined, io: Io): number {
  if (!files.length) throw new UsageError('validate needs at least one file (or - for standard input)');
  const results = files.map((file) => {
    let value: unknown;
    try {
      value = read(file, io);
    } catch (error) {
      return {
        file: nameOf(file),
        valid: false,
        issues: [{ path: '', message: (error as Error).message }],
        warnings: [],
      };
    }
    // Every brief is checked; the values of one this command may not show are not quoted.
    const result = validateQuoting(value, tlpMax);
    return { file: nameOf(file), valid: result.ok, issues: result.issues, warnings: result.warnings };
  });
  if (json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else {
    for (const [i, result] of results.entries()) {
      for (const issue of result.issues) io.stdout.write(line(files[i], issue));
      for (const warning of result.warnings) io.stdout.write(line(files[i], warning, true));
    }
  }
  return results.every((r) => r.valid) ? 0 : 1;
}

async function render(files: string[], values: Record<string, string | boolean | undefined>, io: Io): Promise<number> {
  if (files.length !== 1)
    throw new UsageError(files.length ? 'render takes one file' : 'render needs a file (or - for standard input)');
  const file = files[0];
  const layout = oneOf('layout', values.layout as string | undefined, ['full', 'card'] as const);
  const dateStyle = oneOf(
    'date-style',
    values['date-style'] as string | undefined,
    ['full', 'long', 'medium', 'short'] as const,
  );
  const tlpMax = tlpMaxOf(values);
  const level = values['heading-level'] as string | undefined;
  if (level !== undefined && !/^[1-6]$/.test(level))
    throw new UsageError(`--heading-level must be 1 to 6, not "${level}"`);
  const lang = values.lang as string | undefined;
  if (lang !== undefined) {
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      throw new UsageError(`--lang must be a language tag like en-GB, not "${lang}"`);
    }
  }
  const page = Boolean(values.page);
  for (const name of ['json-ld', 'hydrate', 'url']) {
    if (values[name] !== undefined && !page) throw new UsageError(`--${name} needs --page`);
  }

  let value: unknown;
  try {
    value = read(file, io);
  } catch (error) {
    io.stderr.write(`intel-brief: ${nameOf(file)}: ${(error as Error).message}\n`);
    return 1;
  }
  const { checkBrief, renderBrief, renderBriefPage } = await importNeeding(
    () => import('./server.js'),
    ['@lit-labs/ssr'],
    'render on the server',
  );
  const check = checkBrief(value, { tlpMax });
  if (!check.ok) {
    if (check.reason === 'tlp') {
      const marking = check.marking
        ? `marked TLP:${check.marking}`
        : 'its TLP marking cannot be read (it counts as RED)';
      io.stderr.write(`intel-brief: ${nameOf(file)}: ${marking}, above --tlp-max ${tlpMax ?? 'clear'}: not rendered\n`);
    } else {
      io.stderr.write(`intel-brief: ${nameOf(file)} is not a valid brief:\n`);
      for (const issue of check.issues) io.stderr.write(line(file, issue));
    }
    return 1;
  }
  const options = {
    layout,
    lang,
    tlpMax,
    dateStyle,
    headingLevel: level === undefined ? undefined : Number(level),
    hydratable: !values['no-json'],
  };
  const html = page
    ? await renderBriefPage(check.brief, {
        ...options,
        jsonLd: Boolean(values['json-ld']),
        hydrate: values.hydrate as string | undefined,
        url: values.url as string | undefined,
      })
    : `${await renderBrief(check.brief, options)}\n`;
  io.stdout.write(html);
  return 0;
}

/** The forms `convert` reads and writes. */
const FORMS = ['brief', 'markdown', 'stix'] as const;
type Form = (typeof FORMS)[number];

/** Input that cannot be converted: one message per problem (exit status 1). */
class ConvertError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/** What reading a form gives: the brief, and what it could not carry (warnings, each a whole line as printed). */
interface Read {
  brief: Brief;
  warnings: readonly string[];
}

/** What `convert` needs of its input besides the text. */
interface ReadOptions {
  file: string;
  report?: string | undefined;
  tlp?: string | undefined;
  /** The text as JSON, parsed once; throws a ConvertError when it is not JSON. */
  json: () => unknown;
}

/** The Markdown converter, with the parsers it needs (optional peer dependencies). */
const markdown = () =>
  importNeeding(
    () => import('../markdown/index.js'),
    ['yaml', 'mdast-util-from-markdown', 'mdast-util-gfm-table', 'micromark-extension-gfm-table'],
    'read and write Markdown',
  );

/**
 * A converter per form, each loaded only when used: `read` throws a
 * ConvertError listing the problems, `write` gets a valid brief; problems and
 * warnings are whole lines, as printed.
 */
const CONVERTERS: Record<
  Form,
  { read(text: string, options: ReadOptions): Read | Promise<Read>; write(brief: Brief): string | Promise<string> }
> = {
  brief: {
    read(_text, { file, json }) {
      const value = json();
      // The values of a brief marked above CLEAR (or whose marking cannot be read) are not quoted.
      const result = validateQuoting(value, undefined);
      if (!result.ok) throw new ConvertError(result.issues.map((issue) => line(file, issue).slice(0, -1)));
      return {
        brief: result.brief,
        warnings: result.warnings.map((warning) => line(file, warning, true).slice(0, -1)),
      };
    },
    write: (brief) => `${JSON.stringify(brief, null, 2)}\n`,
  },
  stix: {
    async read(_text, { file, report, tlp, json }) {
      const { fromStix, StixError } = await import('../stix/index.js');
      const value = json();
      try {
        const { brief, warnings } = fromStix(value, { report, tlp });
        return { brief, warnings: warnings.map((warning) => `${nameOf(file)}: warning: ${warning}`) };
      } catch (error) {
        if (error instanceof StixError)
          throw new ConvertError(error.problems.map((p) => (/^\s/.test(p) ? p : `${nameOf(file)}: ${p}`)));
        throw error;
      }
    },
    async write(brief) {
      const { toStix } = await import('../stix/index.js');
      return `${JSON.stringify(toStix(brief), null, 2)}\n`;
    },
  },
  markdown: {
    async read(text, { file }) {
      const { fromMarkdown, formatProblem } = await markdown();
      const result = fromMarkdown(text, { file: nameOf(file) });
      if (!result.ok) throw new ConvertError(result.errors.map((problem) => formatProblem(problem)));
      return { brief: result.brief, warnings: result.warnings.map((warning) => formatProblem(warning, true)) };
    },
    async write(brief) {
      const { toMarkdown } = await markdown();
      return toMarkdown(brief);
    },
  },
};

/** The text as JSON, parsed when first asked for; a ConvertError when it is not JSON. */
function jsonOf(file: string, text: string): () => unknown {
  let parsed: { value: unknown } | undefined;
  return () => {
    try {
      return (parsed ??= { value: parseJson(text) }).value;
    } catch (error) {
      throw new ConvertError([`${nameOf(file)}: ${(error as Error).message}`]);
    }
  };
}

/** The input's form: named, else from the extension (Markdown), else from the content. */
async function formOf(file: string, json: () => unknown, from: Form | undefined): Promise<Form> {
  if (from) return from;
  if (/\.(md|markdown)$/i.test(file)) return 'markdown';
  let value: unknown;
  try {
    value = json();
  } catch {
    return 'brief'; // not JSON: its reader says so
  }
  const { isStix } = await import('../stix/index.js');
  return isStix(value) ? 'stix' : 'brief';
}

/**
 * Reads the one input file of `convert` or `pdf` in its form (named by
 * `--from`, else known from the file): the brief, its warnings printed; or the
 * problems printed and the exit status to return.
 */
async function readInput(
  files: string[],
  values: Record<string, string | boolean | undefined>,
  io: Io,
  command: string,
): Promise<{ brief: Brief } | { status: number }> {
  if (files.length !== 1)
    throw new UsageError(
      files.length ? `${command} takes one file` : `${command} needs a file (or - for standard input)`,
    );
  const file = files[0];
  const from = oneOf('from', values.from as string | undefined, FORMS);
  const report = values.report as string | undefined;
  const tlp = values.tlp as string | undefined;
  if (tlp !== undefined && !parseTlp(tlp))
    throw new UsageError(`--tlp must be one of clear, green, amber, amber+strict, red, not "${tlp}"`);
  let text: string;
  try {
    text = readText(file, io);
  } catch (error) {
    io.stderr.write(`intel-brief: ${nameOf(file)}: ${(error as Error).message}\n`);
    return { status: 1 };
  }
  const json = jsonOf(file, text);
  const form = await formOf(file, json, from);
  const reader = CONVERTERS[form];
  if (form !== 'stix') {
    for (const name of ['report', 'tlp']) {
      if (values[name] !== undefined)
        throw new UsageError(`--${name} is for STIX input, and ${nameOf(file)} is ${form}`);
    }
  }
  let result: Read;
  try {
    result = await reader.read(text, { file, report, tlp, json });
  } catch (error) {
    if (!(error instanceof ConvertError)) throw error;
    for (const problem of error.problems) io.stderr.write(`${problem}\n`);
    return { status: 1 };
  }
  for (const warning of result.warnings) io.stderr.write(`${warning}\n`);
  return { brief: result.brief };
}

/** Writes the output file; false (and a message) when it cannot be written. */
function writeOutput(output: string, content: string | Uint8Array, io: Io): boolean {
  try {
    writeFileSync(output, content);
    return true;
  } catch (error) {
    io.stderr.write(
      `intel-brief: ${output}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`,
    );
    return false;
  }
}

async function convert(files: string[], values: Record<string, string | boolean | undefined>, io: Io): Promise<number> {
  const to = oneOf('to', values.to as string | undefined, FORMS) ?? 'brief';
  const output = values.output as string | undefined;
  if (output === '') throw new UsageError('-o needs a file name');
  const writer = CONVERTERS[to];
  const input = await readInput(files, values, io, 'convert');
  if ('status' in input) return input.status;
  let out: string;
  try {
    out = await writer.write(input.brief);
  } catch (error) {
    if (!(error instanceof ConvertError)) throw error;
    for (const problem of error.problems) io.stderr.write(`${problem}\n`);
    return 1;
  }
  if (output === undefined) io.stdout.write(out);
  else if (!writeOutput(output, out, io)) return 1;
  return 0;
}

/** `pdf`: any input `convert` reads, printed to a PDF file by headless Chromium (`intel-brief/pdf`). */
async function pdf(files: string[], values: Record<string, string | boolean | undefined>, io: Io): Promise<number> {
  const output = values.output as string | undefined;
  if (!output) throw new UsageError('pdf needs -o OUT.pdf');
  const options = {
    layout: oneOf('layout', values.layout as string | undefined, ['full', 'card'] as const),
    paper: oneOf('paper', values.paper as string | undefined, ['a4', 'letter'] as const),
    lang: values.lang as string | undefined,
    tlpMax: tlpMaxOf(values),
  };
  const input = await readInput(files, values, io, 'pdf');
  if ('status' in input) return input.status;
  const { renderBriefPdf, BriefPdfError } = await importNeeding(
    () => import('../pdf/index.js'),
    ['@lit-labs/ssr'],
    'print PDFs',
  );
  let bytes: Uint8Array;
  try {
    bytes = await renderBriefPdf(input.brief, options);
  } catch (error) {
    if (!(error instanceof BriefPdfError)) throw error;
    io.stderr.write(`intel-brief: ${nameOf(files[0])}: ${error.message}\n`);
    return 1;
  }
  return writeOutput(output, bytes, io) ? 0 : 1;
}

/** Runs the command line; returns the exit status. Never throws. */
export async function main(args: string[], io: Io): Promise<number> {
  try {
    if (!Array.isArray(args) || !args.every((arg) => typeof arg === 'string'))
      throw new UsageError('the arguments must be a list of strings');
    let parsed;
    try {
      parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      // parseArgs says "Unknown option '--x'. To specify a positional argument starting with a '-', place it at the end…": keep the first sentence.
      throw new UsageError((error as Error).message.split(/(?<=\.) /)[0].replace(/\.$/, ''));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (values.version) {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        version: string;
      };
      io.stdout.write(`${pkg.version}\n`);
      return 0;
    }
    const [command, ...files] = positionals;
    if (!command) throw new UsageError('no command: use validate, render, convert or pdf');
    const allowed = Object.hasOwn(OPTIONS_OF, command) ? OPTIONS_OF[command] : undefined;
    if (!allowed) throw new UsageError(`unknown command "${command}": use validate, render, convert or pdf`);
    for (const name of Object.keys(values)) {
      if (!allowed.includes(name)) throw new UsageError(`--${name} is not an option of ${command}`);
    }
    return command === 'validate'
      ? validate(files, Boolean(values.json), tlpMaxOf(values), io)
      : command === 'render'
        ? await render(files, values, io)
        : command === 'convert'
          ? await convert(files, values, io)
          : await pdf(files, values, io);
  } catch (error) {
    const usage = error instanceof UsageError;
    try {
      io.stderr.write(
        usage
          ? `intel-brief: ${error.message}\nRun intel-brief --help for usage.\n`
          : `intel-brief: ${(error as Error)?.message ?? error}\n`,
      );
    } catch {
      // No stream to say it on (an `io` that cannot be written to): the exit status still says it.
    }
    return usage ? 2 : 1;
  }
}
