/**
 * STIX data markings, read so that they fail closed: TLP 1.0 and 2.0 by their
 * standard ids or by a marking-definition object in the input, statements as
 * text, and anything else as a marking that cannot be read.
 */
import { TLP_LEVELS, type TlpLevel } from '../brief/tlp.js';

/**
 * The TLP 1.0 marking definitions STIX 2.1 predefines (the specification, 7.2.1.4;
 * the ids are in OASIS's cti-stix2-json-schemas `schemas/common/marking-definition.json`).
 */
export const TLP1_IDS: Readonly<Record<string, TlpLevel>> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'CLEAR', // TLP:WHITE
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'GREEN',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'AMBER',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'RED',
};

/** The TLP 2.0 extension (OASIS cti-stix-common-objects, `extension-definition-specifications/tlp-2.0`). */
export const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
/** The TLP 2.0 marking definitions' ids, from the same place. */
export const TLP2_IDS: Readonly<Record<TlpLevel, string>> = {
  CLEAR: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  GREEN: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  AMBER: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  RED: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
const TLP2_LEVELS: Readonly<Record<string, TlpLevel>> = Object.fromEntries(
  Object.entries(TLP2_IDS).map(([level, id]) => [id, level as TlpLevel]),
);

/** The TLP 2.0 marking-definition object of a level, as OASIS publishes it. */
export const tlp2Definition = (level: TlpLevel) => ({
  type: 'marking-definition',
  spec_version: '2.1',
  id: TLP2_IDS[level],
  created: '2022-10-01T00:00:00.000Z',
  name: `TLP:${level}`,
  extensions: { [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: level.toLowerCase() } },
});

/** What one marking reference means. */
export type Marking =
  | { kind: 'tlp'; level: TlpLevel }
  | { kind: 'statement'; text: string }
  /** Why it cannot be read, in words that follow its id. */
  | { kind: 'unreadable'; reason: string };

const TLP_WORDS: Readonly<Record<string, TlpLevel>> = {
  white: 'CLEAR',
  clear: 'CLEAR',
  green: 'GREEN',
  amber: 'AMBER',
  'amber+strict': 'AMBER+STRICT',
  red: 'RED',
};
const levelOf = (value: unknown) => (typeof value === 'string' ? TLP_WORDS[value.toLowerCase()] : undefined);

/** The more restrictive of two markings (TLP_LEVELS is lowest first); either may be none. */
export const stricter = (a: TlpLevel | undefined, b: TlpLevel | undefined) =>
  a === undefined ? b : b === undefined ? a : TLP_LEVELS.indexOf(a) >= TLP_LEVELS.indexOf(b) ? a : b;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a marking id means, given the input's marking-definition objects by id.
 * A standard id and a definition object that disagree: the more restrictive.
 */
export function readMarkingRef(id: unknown, definitions: ReadonlyMap<string, unknown>): Marking {
  if (typeof id !== 'string') return { kind: 'unreadable', reason: 'a marking reference that is not an id' };
  const standard = Object.hasOwn(TLP1_IDS, id)
    ? TLP1_IDS[id]
    : Object.hasOwn(TLP2_LEVELS, id)
      ? TLP2_LEVELS[id]
      : undefined;
  const object = definitions.get(id);
  if (object === undefined) {
    return standard
      ? { kind: 'tlp', level: standard }
      : { kind: 'unreadable', reason: 'neither a TLP marking nor defined in the input' };
  }
  const definition = isRecord(object) ? object : {};
  const extension = isRecord(definition.extensions) ? definition.extensions[TLP2_EXTENSION] : undefined;
  const inner = isRecord(definition.definition) ? definition.definition : {};
  let level: TlpLevel | undefined;
  if (isRecord(extension)) {
    level = levelOf(extension.tlp_2_0);
    if (!level) return { kind: 'unreadable', reason: 'a TLP 2.0 definition naming no TLP level' };
  } else if (definition.definition_type === 'tlp') {
    level = levelOf(inner.tlp);
    if (!level) return { kind: 'unreadable', reason: 'a TLP definition naming no TLP level' };
  } else if (definition.definition_type === 'statement' && typeof inner.statement === 'string') {
    if (standard) return { kind: 'tlp', level: standard };
    return { kind: 'statement', text: inner.statement };
  } else if (!standard) {
    const type = typeof definition.definition_type === 'string' ? `"${definition.definition_type}"` : 'none';
    return { kind: 'unreadable', reason: `a marking of a type not known here, definition_type ${type}` };
  }
  return { kind: 'tlp', level: stricter(level, standard)! };
}

/** Every marking reference on an object: object-level, and granular ones whatever part they select (failing closed). */
export function markingRefs(object: Record<string, unknown>): unknown[] {
  const refs: unknown[] = [];
  if (Array.isArray(object.object_marking_refs)) refs.push(...(object.object_marking_refs as unknown[]));
  else if (object.object_marking_refs !== undefined) refs.push(object.object_marking_refs);
  if (Array.isArray(object.granular_markings)) {
    for (const granular of object.granular_markings) {
      // A granular marking of a language (`lang`) has no marking_ref; one with neither cannot be read.
      if (isRecord(granular) && granular.marking_ref === undefined && typeof granular.lang === 'string') continue;
      refs.push(isRecord(granular) ? granular.marking_ref : granular);
    }
  }
  return refs;
}
