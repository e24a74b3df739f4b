// STIX benchmark: fromStix on generated bundles of 25,000, 50,000 and 100,000
// objects (a report referring to every one: indicators, relationships between
// them and malware, threat actors, locations, notes, each marked TLP:GREEN, the
// report TLP:AMBER), and toStix on the brief it gives. Prints the bundle's size,
// the median time of each step and the time per 1,000 objects: linear when that
// last figure stays flat as the bundle grows.
// Run after `npm run build`: node scripts/bench-stix.mjs [objects]   (`npm run bench:stix` builds first)
import { performance } from 'node:perf_hooks';
import { fromStix, toStix } from '../dist/stix/index.js';

const GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
const AMBER = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
const T = '2024-04-04T00:00:00.000Z';
const hex = (n, width) => n.toString(16).padStart(width, '0');
const uuid = (n) => `${hex(n, 8)}-0000-4000-8000-${hex(n, 12)}`;

/** A bundle of `count` objects besides its report, as JSON text (what a platform sends). */
function bundle(count) {
  const objects = [];
  const base = (type, n, extra) => ({
    type,
    spec_version: '2.1',
    id: `${type}--${uuid(n)}`,
    created: T,
    modified: T,
    object_marking_refs: [GREEN],
    ...extra,
  });
  for (let n = 0; n < count; n++) {
    switch (n % 10) {
      case 0:
        objects.push(
          base('malware', n, {
            name: `Malware ${n} *x*`,
            is_family: true,
            description: 'Loads [stage two](http://x).',
          }),
        );
        break;
      case 1:
        objects.push(base('threat-actor', n, { name: `Actor ${n}`, aliases: [`Alias ${n}`] }));
        break;
      case 2:
        objects.push(base('location', n, { country: ['FR', 'DE', 'IN', 'KH'][n % 4] }));
        break;
      case 3:
        objects.push(
          base('note', n, {
            abstract: `Note ${n}`,
            content: 'First.\n\nSecond.',
            object_refs: [`malware--${uuid(n - 3)}`],
          }),
        );
        break;
      case 4:
      case 5:
      case 6:
        objects.push(
          base('indicator', n, {
            name: `C2 ${n}`,
            pattern: `[ipv4-addr:value = '10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}']`,
            pattern_type: 'stix',
            valid_from: T,
          }),
        );
        break;
      default:
        objects.push(
          base('relationship', n, {
            relationship_type: 'indicates',
            source_ref: `indicator--${uuid(n - 3)}`,
            target_ref: `malware--${uuid(n - (n % 10))}`,
          }),
        );
    }
  }
  const report = {
    type: 'report',
    spec_version: '2.1',
    id: `report--${uuid(count + 1)}`,
    created: T,
    modified: T,
    name: 'A large report',
    published: T,
    description: 'Everything at once.',
    object_refs: objects.map((o) => o.id),
    object_marking_refs: [AMBER],
  };
  return JSON.stringify({ type: 'bundle', id: `bundle--${uuid(0)}`, objects: [report, ...objects] });
}

const median = (times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
function time(run, rounds = 3) {
  const times = [];
  let result;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

const largest = Number(process.argv[2] ?? 100_000);
// Warm-up: the first run also compiles the code.
toStix(fromStix(JSON.parse(bundle(5000))).brief);
console.log('objects   bundle     JSON.parse   fromStix   (per 1,000)   toStix of the brief   bullets');
for (const count of [largest / 4, largest / 2, largest]) {
  const text = bundle(count);
  const parse = time(() => JSON.parse(text));
  const from = time(() => fromStix(parse.result));
  const { brief, warnings } = from.result;
  if (warnings.length) throw new Error(`unexpected warnings: ${warnings.slice(0, 3).join('; ')}`);
  if (brief.tlp !== 'AMBER') throw new Error(`expected TLP:AMBER, got ${brief.tlp}`);
  const to = time(() => toStix(brief));
  const bullets = brief.sections.reduce((sum, s) => sum + (s.bullets?.length ?? 0) + (s.paragraphs?.length ?? 0), 0);
  console.log(
    [
      String(count).padStart(7),
      `${(text.length / 1048576).toFixed(1)} MB`.padStart(9),
      `${parse.ms.toFixed(0)} ms`.padStart(12),
      `${from.ms.toFixed(0)} ms`.padStart(10),
      `${((from.ms / count) * 1000).toFixed(1)} ms`.padStart(13),
      `${to.ms.toFixed(0)} ms`.padStart(21),
      String(bullets).padStart(9),
    ].join(' '),
  );
}
