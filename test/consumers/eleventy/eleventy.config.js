// Eleventy 3: a shortcode renders a brief on the server, and the page loads the single-file
// bundle for server-rendered pages, which adopts it in the browser.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderBrief } from 'intel-brief/server';

const require = createRequire(import.meta.url);

export default function (eleventyConfig) {
  // {% brief "cyber-slavery-2024", "card" %}: one of the package's sample briefs (or a file of yours).
  eleventyConfig.addShortcode('brief', async (name, layout) => {
    const brief = JSON.parse(await readFile(require.resolve(`intel-brief/briefs/${name}.json`), 'utf8'));
    return renderBrief(brief, { layout });
  });
  eleventyConfig.addPassthroughCopy({
    'node_modules/intel-brief/dist/intel-brief.ssr.bundle.js': 'intel-brief.ssr.bundle.js',
  });
}

export const config = { dir: { input: 'eleventy/pages', output: 'dist/eleventy' } };
