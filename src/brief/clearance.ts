/**
 * The TLP guard, run before anything else reads a brief. The marking is read
 * from the raw value (parsed JSON, not yet validated), so a brief marked above
 * what a page may show is withheld whether it is valid or not, and nothing of
 * it reaches the page: not its text, not a value quoted in an error.
 */
import { parseTlp, TLP_LEVELS, type Brief, type TlpLevel } from './schema.js';
import { validateBrief, type BriefIssue, type BriefValidation } from './validate.js';

/**
 * Validations of brief objects, each kept with what it was made from: the
 * object's JSON text, and whether values could be quoted. One object given to
 * a list of cards, or set again by a framework on every render, is validated
 * once; an object changed in place has other content, so it is validated
 * again. Never by identity alone.
 */
const validations = new WeakMap<object, { content: string; result: BriefValidation }>();
function validateOnce(value: unknown, quote: boolean): BriefValidation {
  let json: string | undefined;
  try {
    if (value && typeof value === 'object') json = JSON.stringify(value);
  } catch {
    // Not JSON (a cycle, a BigInt, a getter that throws): validated, not kept.
  }
  // Nor kept: an object JSON writes as nothing (its toJSON() returns undefined).
  const content = json && `${quote} ${json}`;
  const kept = content && validations.get(value as object);
  if (kept && kept.content === content) return kept.result;
  const result = validateBrief(value, { quote });
  if (content) validations.set(value as object, { content, result });
  return result;
}

/**
 * A key a person reads as `tlp`: `TLP`, ` tlp`, fullwidth letters, invisible
 * characters inside. A key of visible ASCII alone (nearly every key) is
 * compared as it is, without normalising it.
 */
const looksLikeTlp = (key: string) =>
  (/^[!-~]*$/.test(key) ? key : key.normalize('NFKC').replace(/[\s\p{Cf}]/gu, '')).toLowerCase() === 'tlp';

/**
 * The marking a raw brief carries: its level; `undefined` when it has none;
 * `null` when it cannot be read: `tlp` is not a marking (`"black"`,
 * `"TLP: RED"`, a number), a key only looks like `tlp` (`"TLP"`), a
 * `__proto__` key holds one, or the value cannot be read at all. Never throws.
 */
export function readMarking(value: unknown): TlpLevel | null | undefined {
  try {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
    if (record.tlp !== undefined) return parseTlp(record.tlp) ?? null;
    for (const key of Object.keys(record)) {
      if (looksLikeTlp(key) || (key === '__proto__' && readMarking(record[key]) !== undefined)) return null;
    }
    return undefined;
  } catch {
    // A getter that throws, a revoked proxy: nothing says the brief is unmarked.
    return null;
  }
}

/** A marking's rank: unmarked as CLEAR, one that cannot be read as RED (the most restrictive). */
const rank = (marking: TlpLevel | null | undefined) =>
  marking === undefined ? 0 : marking === null ? TLP_LEVELS.length - 1 : TLP_LEVELS.indexOf(marking);

/** Whether a page allowed to show up to `max` (default CLEAR; one that cannot be read counts as CLEAR) may show a brief marked `marking`. */
export const tlpAllows = (max: unknown, marking: TlpLevel | null | undefined) =>
  rank(marking) <= rank(parseTlp(max) ?? 'CLEAR');

/** What a page allowed to show up to some marking may do with a raw brief. */
export type Screening =
  | { shown: true; brief: Brief; warnings: BriefIssue[] }
  /** Marked above what may be shown (`null`: a marking that cannot be read). */
  | { shown: false; reason: 'tlp'; marking: TlpLevel | null }
  /** Invalid: the issues quote its values only when its marking was read and is cleared. */
  | { shown: false; reason: 'invalid'; issues: BriefIssue[]; warnings: BriefIssue[] };

/**
 * The guard, then the validator: what the element, the server and the command
 * line do with a raw brief where up to `max` may be shown. Never throws.
 */
export function screenBrief(value: unknown, max: unknown): Screening {
  const marking = readMarking(value);
  if (!tlpAllows(max, marking)) return { shown: false, reason: 'tlp', marking: marking ?? null };
  const result = validateOnce(value, marking !== null);
  if (!result.ok) return { shown: false, reason: 'invalid', issues: result.issues, warnings: result.warnings };
  // A value read twice may answer twice (a getter, a proxy): the marking it was validated with decides too.
  if (!tlpAllows(max, result.brief.tlp)) return { shown: false, reason: 'tlp', marking: result.brief.tlp! };
  return { shown: true, brief: result.brief, warnings: result.warnings };
}

/**
 * For tools that report on every brief, shown or not (`intel-brief validate`,
 * `convert`, `fromMarkdown`): the validator, quoting a brief's values only when
 * its marking was read and `max` allows it.
 */
export function validateQuoting(value: unknown, max: unknown): BriefValidation {
  const marking = readMarking(value);
  return validateBrief(value, { quote: marking !== null && tlpAllows(max, marking) });
}
