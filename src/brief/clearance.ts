/**
 * The TLP guard, run before anything else reads a brief. The marking is read
 * from the raw value (parsed JSON, not yet validated), so a brief marked above
 * what a page may show is withheld whether it is valid or not, and nothing of
 * it reaches the page: not its text, not a value quoted in an error.
 */
import { parseTlp, TLP_LEVELS, type TlpLevel } from './schema.js';

/**
 * The marking a raw brief carries: its level; `undefined` when it has none;
 * `null` when `tlp` is there but cannot be read (`"black"`, `"TLP: RED"`, a
 * number), or the value cannot be read at all. Never throws.
 */
export function readMarking(value: unknown): TlpLevel | null | undefined {
  try {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const tlp: unknown = (value as { tlp?: unknown }).tlp;
    return tlp === undefined ? undefined : (parseTlp(tlp) ?? null);
  } catch {
    // A getter that throws, a revoked proxy: nothing says the brief is unmarked.
    return null;
  }
}

/** A marking's rank: unmarked as CLEAR, one that cannot be read as RED (the most restrictive). */
const rank = (marking: TlpLevel | null | undefined) =>
  marking === undefined ? 0 : marking === null ? TLP_LEVELS.length - 1 : TLP_LEVELS.indexOf(marking);

/** Whether a page allowed to show up to `max` (default CLEAR; one that cannot be read counts as CLEAR) may show a brief marked `marking`. */
export const tlpAllows = (max: unknown, marking: TlpLevel | null | undefined) => rank(marking) <= rank(parseTlp(max) ?? 'CLEAR');

/**
 * What may be done, where up to `max` may be shown, with a brief marked
 * `marking` (as `readMarking()` read it): show it (when valid), or withhold
 * it. `quote` says whether an error about it may quote its values: not when
 * its marking cannot be read, even where RED may be shown.
 */
export type Clearance =
  | { shown: true; quote: boolean }
  | { shown: false; marking: TlpLevel | null };

export function clearance(marking: TlpLevel | null | undefined, max: unknown): Clearance {
  if (!tlpAllows(max, marking)) return { shown: false, marking: marking ?? null };
  return { shown: true, quote: marking !== null };
}
