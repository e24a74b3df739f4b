/**
 * intel-brief/svelte: registers the three elements and types their tags in
 * Svelte 5 markup, so that `svelte-check` checks their props and events:
 *
 * ```svelte
 * <script lang="ts">
 *   import 'intel-brief/svelte';
 * </script>
 *
 * <intel-brief {brief} layout="card" heading-level={3} onbrief-load={(e) => (title = e.detail.brief.title)} />
 * ```
 *
 * Svelte 5 sets what an element has as a property (`brief`, `labels`) and takes
 * any event as `on` + its exact name. The props are generated from
 * custom-elements.json (jsx-props.ts), as React's and Vue's are.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { BriefSection, DownloadPdf, IntelBrief } from '../elements.js';
import type { IntelBriefOwnProps } from './intel-brief-props.js';
import type { BriefSectionProps, DownloadPdfProps } from './jsx-props.js';
import '../define/intel-brief.js';
import '../define/brief-section.js';
import '../define/download-pdf.js';

/** A tag's props in Svelte: the element's own (`Own`), then Svelte's HTML attributes (`class`, `style`, `onclick`, …). */
type TagProps<E extends HTMLElement, Own> = Own & Omit<HTMLAttributes<E>, keyof Own>;

/** `<intel-brief>` in Svelte markup. */
export type IntelBriefSvelteProps = TagProps<IntelBrief, IntelBriefOwnProps>;

/** `<brief-section>` in Svelte markup. */
export type BriefSectionSvelteProps = TagProps<BriefSection, BriefSectionProps>;

/** `<download-pdf>` in Svelte markup. */
export type DownloadPdfSvelteProps = TagProps<DownloadPdf, DownloadPdfProps>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'intel-brief': IntelBriefSvelteProps;
    'brief-section': BriefSectionSvelteProps;
    'download-pdf': DownloadPdfSvelteProps;
  }
}
