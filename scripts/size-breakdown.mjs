// What the single-file bundle is made of: reads dist/intel-brief.bundle.js.map
// and gives each module its bytes of minified code (every mapped segment up to
// the next), its share of the minified bundle, its gzip and brotli sizes
// compressed alone (more than its share of the whole, since a module alone
// compresses worse), and what it costs in the gzip bundle (the budget's
// measure) and in the brotli one: the bundle's size less that of the bundle
// without the module's code.
// Run after `npm run build`: node scripts/size-breakdown.mjs [bundle.js]
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const file = process.argv[2] ?? 'dist/intel-brief.bundle.js';
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
const lines = code.split('\n');

// Each mapped segment owns the generated text up to the next segment.
const pieces = []; // [source, text], in bundle order
const segments = [];
eachMapping(map, (m) =>
  segments.push({ line: m.generatedLine - 1, column: m.generatedColumn, source: m.source ?? '(unmapped)' }),
);
segments.sort((a, b) => a.line - b.line || a.column - b.column);
const text = new Map();
const add = (source, s) => text.set(source, (text.get(source) ?? '') + s);
let covered = 0;
for (let i = 0; i < segments.length; i++) {
  const { line, column, source } = segments[i];
  const next = segments[i + 1];
  const end = next && next.line === line ? next.column : lines[line].length;
  const piece = lines[line].slice(column, end);
  add(source, piece);
  pieces.push([source, piece]);
  covered += piece.length;
}
const unmapped = code.length - covered;
if (unmapped > 0) add('(unmapped: before the first segment, newlines)', ' '.repeat(unmapped));

const brotli = (s) => brotliCompressSync(Buffer.from(s), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
const name = (source) => source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
const total = { min: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) };
// What a module costs in the bundle: the bundle's compressed size less that of the bundle without the module's code.
const marginal = (source, compress, whole) =>
  whole -
  compress(
    pieces
      .filter(([s]) => s !== source)
      .map(([, t]) => t)
      .join(''),
  );
const rows = [...text].map(([source, s]) => ({
  source: name(source),
  min: Buffer.byteLength(s),
  gzip: gzip(s),
  brotli: brotli(s),
  gzipInBundle: source.startsWith('(unmapped') ? 0 : marginal(source, gzip, total.gzip),
  brotliInBundle: source.startsWith('(unmapped') ? 0 : marginal(source, brotli, total.brotli),
}));
rows.sort((a, b) => b.gzipInBundle - a.gzipInBundle || b.min - a.min);

const kib = (n) => (n / 1024).toFixed(2).padStart(7);
console.log(`${file}: ${kib(total.min)} KiB minified, ${kib(total.gzip)} KiB gzip, ${kib(total.brotli)} KiB brotli\n`);
console.log(
  `  ${'module'.padEnd(46)}${'minified'.padStart(11)}${'share'.padStart(7)}${'gzip alone'.padStart(12)}${'brotli alone'.padStart(13)}${'gzip in bundle'.padStart(15)}${'brotli in bundle'.padStart(17)}`,
);
for (const r of rows) {
  console.log(
    `  ${r.source.padEnd(46)}${kib(r.min)} KiB${`${((100 * r.min) / total.min).toFixed(1)}%`.padStart(7)}${kib(r.gzip)} KiB${kib(r.brotli)} KiB${kib(r.gzipInBundle).padStart(11)} KiB${kib(r.brotliInBundle).padStart(13)} KiB`,
  );
}
console.log(
  "  (in bundle: how much smaller the gzip or brotli bundle gets without that module's code, all else kept; sorted by gzip, the budget's measure)",
);
const group = (test) => rows.filter((r) => test(r.source)).reduce((s, r) => s + r.min, 0);
const lit = group((s) => /^(lit|lit-html|lit-element|@lit)\//.test(s));
console.log(
  `\n  Lit: ${kib(lit)} KiB minified (${((100 * lit) / total.min).toFixed(1)}%); this package: ${kib(total.min - lit)} KiB.`,
);
