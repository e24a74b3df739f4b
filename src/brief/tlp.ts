/** Traffic Light Protocol 2.0: its levels, and reading a marking as authors write it. */

/** Traffic Light Protocol 2.0 levels, lowest first. */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** Reads a TLP marking: a string in any case, with or without `TLP:`, TLP 1's `WHITE` as `CLEAR`; anything else is `undefined`. */
export function parseTlp(value: unknown): TlpLevel | undefined {
  if (typeof value !== 'string') return undefined;
  const level = value.trim().toUpperCase().replace(/^TLP:/, '').replace('WHITE', 'CLEAR');
  return TLP_LEVELS.find((known) => known === level);
}

/**
 * A TLP marking as authors write it: a level in any case, with or without `TLP:`
 * (`amber`, `tlp:Amber+Strict`, `TLP:RED`), TLP 1's `WHITE` for `CLEAR`.
 */
export type TlpMarking = TlpLevel | Lowercase<TlpLevel> | `TLP:${TlpLevel}` | 'WHITE' | (string & {});
