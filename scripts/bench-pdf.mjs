// How long a PDF takes (`npm run bench:pdf`): the reference brief and a brief
// of about 40 pages, cold (renderBriefPdf: a browser started and closed for
// it) and warm (openPdfPrinter: one browser kept open, the median of RUNS).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openPdfPrinter, renderBriefPdf } from '../dist/pdf/index.js';

const RUNS = 5;
const reference = JSON.parse(readFileSync('briefs/cyber-slavery-2024.json', 'utf8'));
const long = {
  ...reference,
  id: 'forty-pages',
  sections: Array.from({ length: 12 }, (_, i) =>
    reference.sections.map((s) => ({ ...s, id: `${s.id ?? 's'}-${i}` })),
  ).flat(),
};

const pageCount = (pdf) =>
  Math.max(
    ...[
      ...Buffer.from(pdf)
        .toString('latin1')
        .matchAll(/\/Count (\d+)/g),
    ].map((m) => +m[1]),
  );
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];

const printer = await openPdfPrinter();
for (const [name, brief] of [
  ['reference brief', reference],
  ['long brief', long],
]) {
  let start = performance.now();
  const pdf = await renderBriefPdf(brief);
  const cold = performance.now() - start;
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    start = performance.now();
    await printer.print(brief);
    warm.push(performance.now() - start);
  }
  console.log(
    `${name.padEnd(16)} ${String(pageCount(pdf)).padStart(3)} pages, ${(pdf.length / 1024).toFixed(0).padStart(5)} KiB: ` +
      `cold ${cold.toFixed(0)} ms, warm ${median(warm).toFixed(0)} ms (median of ${RUNS})`,
  );
}
await printer.close();
