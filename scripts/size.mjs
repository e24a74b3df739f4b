// Prints the single-file bundle's size: raw, minified, gzipped and brotli.
// Run after `npm run build`: node scripts/size.mjs
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const file = process.argv[2] ?? 'dist/intel-brief.bundle.js';
const code = readFileSync(file);
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const budget = 12 * 1024;
console.log(`${file}: ${kb(code.length)} minified, ${kb(gzip)} gzipped, ${kb(brotli)} brotli`);
console.log(`budget 12.00 KB gzipped: ${gzip <= budget ? 'within' : 'OVER'} (${kb(budget - gzip)} left)`);
process.exitCode = gzip <= budget ? 0 : 1;
