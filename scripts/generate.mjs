// Writes the generated files that are committed: brief.schema.json (from
// src/brief/schema.ts, built into build/src) and custom-elements.json.
// `node scripts/generate.mjs --check` compares instead, and fails when stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const { briefJsonSchema } = await import('../build/src/brief/schema.js');
const outputs = { 'brief.schema.json': `${JSON.stringify(briefJsonSchema(), null, 2)}\n` };

const dir = 'build/cem'; // the analyzer takes --outdir relative to the working directory
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir], { stdio: 'ignore' });
outputs['custom-elements.json'] = readFileSync(`${dir}/custom-elements.json`, 'utf8');

let stale = 0;
for (const [file, content] of Object.entries(outputs)) {
  if (!check) {
    writeFileSync(file, content);
    continue;
  }
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== content) {
    console.error(`${file} is out of date with the source: run npm run generate and commit it.`);
    stale++;
  }
}
if (check && !stale) console.log('brief.schema.json and custom-elements.json are current.');
process.exitCode = stale ? 1 : 0;
