// Eleventy 3: a shortcode renders a brief on the server, and the page loads the single-file
// bundle for server-rendered pages, which adopts it in the browser.
import brief from 'intel-brief/briefs/cyber-slavery-2024.json' with { type: 'json' };
import { renderBrief } from 'intel-brief/server';

export default function (eleventyConfig) {
  // {% brief reference, "card" %}: a brief (an object, or JSON text) and a layout.
  eleventyConfig.addShortcode('brief', (value, layout) => renderBrief(value, { layout }));
  eleventyConfig.addGlobalData('reference', brief);
  eleventyConfig.addPassthroughCopy({
    'node_modules/intel-brief/dist/intel-brief.ssr.bundle.js': 'intel-brief.ssr.bundle.js',
  });
}

export const config = { dir: { input: 'eleventy/pages', output: 'dist/eleventy' } };
