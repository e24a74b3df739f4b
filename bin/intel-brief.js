#!/usr/bin/env node
// The `intel-brief` command (see `intel-brief --help`): validate brief files, render one to HTML.
import { readFileSync } from 'node:fs';

let main;
try {
  ({ main } = await import('../dist/ssr/cli.js'));
} catch (error) {
  // @lit-labs/ssr is an optional peer dependency: a browser-only install has none.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/['"]@lit-labs\/ssr['"/]/.test(String(error.message))) throw error;
  process.stderr.write('intel-brief: install @lit-labs/ssr to render on the server (npm install @lit-labs/ssr).\n');
  process.exit(1);
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: () => readFileSync(0, 'utf8'),
});
