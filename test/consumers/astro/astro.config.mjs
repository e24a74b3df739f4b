// Astro 5, static output, no integration: the page renders the brief with intel-brief/server.
import { defineConfig } from 'astro/config';

export default defineConfig({ base: '/astro', outDir: '../dist/astro', logLevel: 'warn' });
