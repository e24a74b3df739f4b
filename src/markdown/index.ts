/**
 * `intel-brief/markdown`: briefs written in Markdown, and briefs written as
 * Markdown (section 4.2 of the format). An ES module for Node and browsers,
 * with its parsers (`yaml`, `mdast-util-from-markdown`); never in the
 * single-file bundle.
 */
export { fromMarkdown, formatProblem } from './read.js';
export type { FromMarkdownOptions, MarkdownProblem, MarkdownResult } from './read.js';
export { toMarkdown } from './write.js';
