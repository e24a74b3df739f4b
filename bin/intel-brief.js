#!/usr/bin/env node
// The `intel-brief` command (see `intel-brief --help`): validate, render, convert and print briefs.
import { readFileSync } from 'node:fs';
import { main } from '../dist/ssr/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: () => readFileSync(0, 'utf8'),
});
