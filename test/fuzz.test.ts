import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../src/index.js';
import { parseTlp, validateBrief, type IntelBrief } from '../src/index.js';
import { sample } from './helpers.js';

// Property-based fuzzing: random JSON, brief-shaped objects, and valid briefs
// with one field mutated (wrong type, huge, empty, odd Unicode), each given to
// validateBrief() and to <intel-brief>. Replay a failure with FUZZ_SEED=<seed> npm test.

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...prefix, key]));
  }
  return out;
}

/** An array or an object, read and written by key. */
type Keyed = Record<string | number, unknown>;

/** A copy of `value` (an array or object, as `pathsOf` found it) with `replacement` at `path`. */
function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Keyed;
  copy[key] = replaceAt((value as Keyed)[key], rest, replacement);
  return copy;
}

const ODD = [
  '\u202Eevil\u202C',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '\u200F\u200E',
  'Z̴̡̪̫͖̥̫̞̈́͗̀͑a̸̛͎̩̣l̶g̵o',
  '𝕿𝖊𝖝𝖙',
  '\n\n\n',
  '\t',
  ' ',
  '﷽',
  '\u2028\u2029',
];

const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
);
const huge = fc.oneof(
  fc.integer({ min: 1000, max: 100000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 100, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => `item ${i}`)),
  fc.constantFrom(Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 1e308, -1e308, -1),
);
const empty = fc.constantFrom('', ' ', [], {}, 0, '\u200B');
const oddUnicode = fc.oneof(
  fc.constantFrom(...ODD),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.constantFrom(...ODD), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
);
const KEYS = [
  'title',
  'date',
  'kind',
  'summary',
  'tlp',
  'where',
  'who',
  'sections',
  'pdf',
  'sources',
  'views',
  'lang',
  'author',
  'keyJudgments',
  'tags',
  'updated',
];

describe('fuzzing validateBrief and <intel-brief>', function () {
  this.timeout(600000);

  it('never throws, always ends rendered or in error, and agrees with the validator', async () => {
    const samples = await Promise.all(['cyber-slavery-2024', 'port-strike-tlp-green', 'minimal'].map(sample));
    const mutated = fc
      .constantFrom(...samples)
      .chain((brief) =>
        fc.tuple(fc.constant(brief), fc.constantFrom(...pathsOf(brief)), fc.oneof(wrongType, huge, empty, oddUnicode)),
      )
      .map(([brief, path, value]) => replaceAt(brief, path, value));
    const briefShaped = fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.jsonValue(), oddUnicode), {
      minKeys: 1,
      maxKeys: 8,
    });
    const anything = fc.oneof(
      { weight: 4, arbitrary: mutated },
      { weight: 2, arbitrary: fc.jsonValue() },
      { weight: 2, arbitrary: briefShaped },
      { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: oddUnicode },
    );

    const escaped: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
      escaped.push('reason' in event ? event.reason : (event.error ?? event.message));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const el = document.createElement('intel-brief');
    document.body.append(el);

    const { seed: fromEnv }: { seed: string | null } = await executeServerCommand('fuzz-seed');
    const seed = fromEnv ? Number(fromEnv) : 20261125;
    let runs = 0;
    let rendered = 0;
    let errors = 0;
    let withheld = 0;
    try {
      await fc.assert(
        fc.asyncProperty(anything, async (value) => {
          runs++;
          const result = validateBrief(value); // must not throw
          el.brief = undefined;
          await el.updateComplete;
          el.brief = value as IntelBrief['brief'];
          await el.updateComplete;
          const root = el.shadowRoot!;
          const shown = root.querySelector('article') !== null;
          const failed = root.querySelector('[role="alert"]') !== null;
          const held = root.querySelector('[part="withheld"]') !== null;
          expect(escaped, 'exceptions that escaped').to.deep.equal([]);

          // A string is read as the brief's JSON text.
          let parsed = value;
          if (typeof value === 'string') {
            try {
              parsed = JSON.parse(value);
            } catch {
              parsed = Symbol('not JSON');
            }
          }
          const verdict = typeof value === 'string' ? validateBrief(parsed) : result;
          // The marking is read first, valid brief or not; one that cannot be read counts as RED.
          const record =
            parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as { tlp?: unknown }) : {};
          const marking = record.tlp === undefined ? undefined : (parseTlp(record.tlp) ?? 'unreadable');
          if (value == null || value === '') {
            expect(shown || failed || held).to.equal(false);
          } else if (marking && marking !== 'CLEAR') {
            withheld++;
            expect(held, 'withheld').to.equal(true);
            expect(shown || failed).to.equal(false);
            // Nothing of the brief's own text reaches the DOM.
            const text = root.textContent.replace(/\s+/g, ' ').trim();
            expect(text).to.equal(
              marking === 'unreadable'
                ? 'This brief has a TLP marking that cannot be read, and cannot be shown on this page.'
                : `TLP:${marking} This brief is marked TLP:${marking} and cannot be shown on this page.`,
            );
          } else if (verdict.ok) {
            rendered++;
            expect(shown && !failed && !held, 'rendered').to.equal(true);
          } else {
            errors++;
            expect(failed && !shown && !held, 'error state').to.equal(true);
          }
        }),
        { numRuns: 10000, seed },
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      el.remove();
      console.log(
        `fuzz: seed ${seed}, ${runs} cases: ${rendered} rendered, ${errors} error state, ${withheld} withheld`,
      );
    }
  });
});
