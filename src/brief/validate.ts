import { BriefSchema, type Brief, type SchemaNode } from './schema.js';

/** One problem found in a brief: where it is, and what is wrong in words a person understands. */
export interface BriefIssue {
  /**
   * Where, as a path into the brief: `sections[2].bullets[0]`; empty for the brief itself.
   * A key that is not a plain identifier is quoted in brackets: `pdf[""]`, `sections[0]["a.b"]`.
   */
  path: string;
  /** What is wrong: `expected an ISO 8601 date like 2024-04-04, got "4/4/2024"`. */
  message: string;
}

export type BriefValidation =
  | { ok: true; brief: Brief; issues: []; warnings: BriefIssue[] }
  | { ok: false; brief?: undefined; issues: BriefIssue[]; warnings: BriefIssue[] };

/**
 * Describes a value the way a person reading an error would want it: quoted,
 * or, with `quote` false, by its kind alone (`a string`), for a brief whose
 * text may not be shown where the message goes.
 */
export function describeValue(value: unknown, quote = true): string {
  if (Array.isArray(value)) return 'a list';
  if (value && typeof value === 'object') return 'an object';
  if (!quote) return value == null || typeof value === 'boolean' ? String(value) : `a ${typeof value}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  return String(value);
}

export interface ValidateOptions {
  /**
   * Quote the values found wrong (`got "4/4/2024"`), as by default; `false`
   * names only their kind (`got a string`). Set it to `false` when the brief
   * may not be shown where the issues go (its TLP marking is above what the
   * page or command may show, or cannot be read). Unknown fields are then not
   * listed in `warnings` either: their names are the brief's data.
   */
  quote?: boolean | undefined;
}

/** `pdf` + `href` → `pdf.href`; any other key in brackets, JSON-quoted: `pdf[""]`, `["my key"]`. */
const join = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;

/** The schema's patterns, compiled once (they are few, and all ours). */
const regexps: Record<string, RegExp> = {};

/**
 * Checks a value against the brief format.
 *
 * Returns `{ ok: true, brief }` with the typed brief (TLP normalised, unknown keys
 * dropped), or `{ ok: false, issues }`; unknown keys are listed in `warnings` either way.
 * Never throws. It does not look at the TLP marking: see `screenBrief()`.
 * The brief itself is never quoted when it is not an object (JSON text encoded
 * twice is a string holding a whole brief).
 */
export function validateBrief(value: unknown, options?: ValidateOptions): BriefValidation {
  let quote = false;
  try {
    quote = (options as ValidateOptions | null | undefined)?.quote !== false;
  } catch {
    // Options that cannot be read: the safer answer.
  }
  let issues: BriefIssue[] = [];
  const warnings: BriefIssue[] = [];

  /**
   * Checks `value` against `node`, records issues and warnings, and returns the
   * value as the elements should see it: unknown keys dropped, spellings mapped.
   */
  const run = (node: SchemaNode, value: unknown, path: string): unknown => {
    const expected = (what = node.description) =>
      void issues.push({ path, message: `expected ${what}, got ${describeValue(value, quote && path !== '')}` });
    const type = Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : value === null
          ? 'null'
          : typeof value;
    if (!node.type && node.anyOf) {
      const branch = node.anyOf.find((option) => option.type === type);
      return branch ? run(branch, value, path) : expected();
    }
    if (node.enum) return node.enum.includes(value as string) ? value : expected();
    if (node.type && node.type !== type) return expected();
    // Past here, the node's type is the value's.
    if (typeof value == 'string') {
      // The check first: it names a problem (year 0000, 30 February) more precisely than the pattern.
      const fails = node.check?.(value);
      if (fails) return expected(fails);
      if (node.pattern && !(regexps[node.pattern] ??= new RegExp(node.pattern, 'u')).test(value)) return expected();
      if (node.map) return node.map(value);
    } else if (type == 'integer') {
      if ((value as number) < node.minimum!) return expected();
    } else if (type == 'array') {
      return (value as unknown[]).map((item, i) => run(node.items!, item, `${path}[${i}]`));
    } else if (node.properties) {
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of node.required ?? []) {
        if (!(key in record)) issues.push({ path: join(path, key), message: `required field "${key}" is missing` });
      }
      for (const [key, item] of Object.entries(record)) {
        // Own keys of the schema only: `__proto__`, `constructor` … are unknown fields.
        const child = Object.hasOwn(node.properties, key) && node.properties[key];
        if (child) out[key] = run(child, item, join(path, key));
        else warnings.push({ path: join(path, key), message: 'unknown field, ignored' });
      }
      // Object-level anyOf: at least one of the named lists is present and non-empty.
      if (
        node.anyOf &&
        !node.anyOf.some((option) => option.required!.every((key) => (record[key] as unknown[])?.length))
      ) {
        expected();
      }
      return out;
    }
    return value;
  };

  let brief: unknown;
  try {
    brief = run(BriefSchema, value, '');
  } catch (error) {
    // A getter that throws, a revoked proxy: still an answer, never an exception.
    issues = [{ path: '', message: `the brief could not be read${quote ? `: ${errorText(error)}` : ''}` }];
  }
  // Unknown fields are named by their keys, which are the brief's data too.
  if (!quote) warnings.length = 0;
  return (
    issues.length ? { ok: false, issues, warnings } : { ok: true, brief, issues: [], warnings }
  ) as BriefValidation;
}

/** What was thrown, in words; never throws itself (a thrown object's `toString` may). */
function errorText(error: unknown): string {
  try {
    return String(error);
  } catch {
    return 'an error that cannot be described';
  }
}

/** `sections[2].bullets[0]: expected …`, one issue per line. */
export function formatIssues(issues: readonly BriefIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('\n');
}
