// What the single-file bundle is made of: reads dist/intel-brief.bundle.js.map
// and gives each module its bytes of minified code (every mapped segment up to
// the next), with each module's gzip and brotli sizes compressed alone (more
// than its share of the whole, since a module alone compresses worse) and its
// share of the minified bundle.
// Run after `npm run build`: node scripts/size-breakdown.mjs [bundle.js]
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const file = process.argv[2] ?? 'dist/intel-brief.bundle.js';
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
const lines = code.split('\n');

// Each mapped segment owns the generated text up to the next segment.
const segments = [];
eachMapping(map, (m) => segments.push({ line: m.generatedLine - 1, column: m.generatedColumn, source: m.source ?? '(unmapped)' }));
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
  covered += piece.length;
}
const unmapped = code.length - covered;
if (unmapped > 0) add('(unmapped: before the first segment, newlines)', ' '.repeat(unmapped));

const brotli = (s) => brotliCompressSync(Buffer.from(s), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
const name = (source) => source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
const rows = [...text].map(([source, s]) => ({ source: name(source), min: Buffer.byteLength(s), gzip: gzip(s), brotli: brotli(s) }));
rows.sort((a, b) => b.min - a.min);

const total = { min: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) };
const kib = (n) => (n / 1024).toFixed(2).padStart(7);
console.log(`${file}: ${kib(total.min)} KiB minified, ${kib(total.gzip)} KiB gzip, ${kib(total.brotli)} KiB brotli\n`);
console.log(`  ${'module'.padEnd(52)}${'minified'.padStart(10)}${'share'.padStart(8)}${'gzip alone'.padStart(12)}${'brotli alone'.padStart(14)}`);
for (const r of rows) {
  console.log(`  ${r.source.padEnd(52)}${kib(r.min)} KiB${`${((100 * r.min) / total.min).toFixed(1)}%`.padStart(7)}${kib(r.gzip)} KiB${kib(r.brotli)} KiB`);
}
const group = (test) => rows.filter((r) => test(r.source)).reduce((s, r) => s + r.min, 0);
const lit = group((s) => /^(lit|lit-html|lit-element|@lit)\//.test(s));
console.log(`\n  Lit: ${kib(lit)} KiB minified (${((100 * lit) / total.min).toFixed(1)}%); this package: ${kib(total.min - lit)} KiB.`);
