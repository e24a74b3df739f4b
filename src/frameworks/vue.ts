/**
 * intel-brief/vue: registers the three elements and types their tags in Vue
 * templates, so that `vue-tsc` (with `strictTemplates` too) checks their props
 * and events:
 *
 * ```vue
 * <intel-brief :brief="brief" layout="card" :heading-level="3" @brief-load="(e) => (title = e.detail.brief.title)" />
 * ```
 *
 * Vue must also be told the tags are custom elements, not components:
 * `compilerOptions.isCustomElement` (see the README).
 */
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { IntelBriefOwnProps } from './intel-brief-props.js';
import type { BriefSectionProps, DownloadPdfProps, IntelBriefProps } from './jsx-props.js';
import '../define/intel-brief.js';
import '../define/brief-section.js';
import '../define/download-pdf.js';

/** The element's attributes and properties: its generated JSX props less the `on…` handlers. */
type Props<P> = { [K in keyof P as K extends `on${string}` ? never : K]: P[K] };

/** The element's events, by name: `{ 'brief-load': (e: CustomEvent<BriefLoadDetail> & …) => void }`. */
type Events<P> = { [K in keyof P as K extends `on${infer Name}` ? Name : never]-?: Exclude<P[K], undefined> };

/** What every element takes besides its own props: Vue's HTML attributes, `slot`, `part`, `data-*`. */
interface Common {
  slot?: string | undefined;
  part?: string | undefined;
  exportparts?: string | undefined;
  /** `data-*` attributes, which Vue's templates pass camelized (`dataId`). */
  [data: `data${Capitalize<string>}`]: unknown;
}

/** A tag's props in Vue: its own (`Own`), then Vue's HTML attributes and the common ones. */
type TagProps<Own> = Own & Omit<HTMLAttributes, keyof Own> & Common;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- DefineComponent takes {} for "none" (no bindings, data, computed, methods, mixin or extends)
type None = {};

// Each tag as a component: its props, and its events as emits (`@brief-load`).
// (Spelled out per tag: DefineComponent over a type parameter is too deep for TypeScript.)
declare module 'vue' {
  interface GlobalComponents {
    'intel-brief': DefineComponent<
      TagProps<Props<IntelBriefOwnProps>>,
      None,
      None,
      None,
      None,
      None,
      None,
      Events<IntelBriefProps>
    >;
    'brief-section': DefineComponent<
      TagProps<Props<BriefSectionProps>>,
      None,
      None,
      None,
      None,
      None,
      None,
      Events<BriefSectionProps>
    >;
    'download-pdf': DefineComponent<
      TagProps<Props<DownloadPdfProps>>,
      None,
      None,
      None,
      None,
      None,
      None,
      Events<DownloadPdfProps>
    >;
  }
}
