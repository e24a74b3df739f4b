/**
 * intel-brief/react: registers the three elements, types their tags for
 * React 19's JSX, and exports React components wrapping them for React 18.
 *
 * React 19 sets the props an element has as properties (`brief`, `labels`,
 * `headingLevel`), the rest as attributes (`heading-level`, `tlp-max`), and
 * listens to custom events through `on` + their exact name:
 *
 * ```tsx
 * import 'intel-brief/react';
 * <intel-brief brief={brief} layout="card" heading-level={3} onbrief-load={(e) => setTitle(e.detail.brief.title)} />
 * ```
 *
 * React 18 passes everything as attributes and knows no custom events: use the
 * wrappers (`@lit/react`), which set properties and take `onBriefLoad`:
 *
 * ```tsx
 * import { IntelBrief } from 'intel-brief/react';
 * <IntelBrief brief={brief} layout="card" onBriefLoad={(e) => setTitle(e.detail.brief.title)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { IntelBrief as IntelBriefElement } from '../define/intel-brief.js';
import { BriefSection as BriefSectionElement } from '../define/brief-section.js';
import { DownloadPdf as DownloadPdfElement } from '../define/download-pdf.js';
import type { Brief, BriefErrorDetail, BriefLoadDetail, PdfDownloadDetail } from '../elements.js';
import type { IntelBriefOwnProps } from './intel-brief-props.js';
import type { BriefSectionProps, CustomCssProperties, DownloadPdfProps } from './jsx-props.js';

export type { Brief, BriefErrorDetail, BriefLoadDetail, PdfDownloadDetail };

/**
 * A tag's props in React's JSX: the element's own attributes, properties and
 * events (generated from custom-elements.json), then React's HTML attributes
 * (`id`, `className`, `style`, `slot`, `children`, `onClick`, `aria-*`, …),
 * `class`, and a `ref` to the element.
 */
type TagProps<E extends HTMLElement, Own> = Own &
  Omit<React.HTMLAttributes<E>, keyof Own> &
  React.RefAttributes<E> & {
    /** React 19 passes `class` to custom elements as it is (`className` works too). */
    class?: string | undefined;
  };

/** `<intel-brief>` in React 19's JSX. */
export type IntelBriefJsxProps = TagProps<IntelBriefElement, IntelBriefOwnProps>;

/** `<brief-section>` in React 19's JSX. */
export type BriefSectionJsxProps = TagProps<BriefSectionElement, BriefSectionProps>;

/** `<download-pdf>` in React 19's JSX. */
export type DownloadPdfJsxProps = TagProps<DownloadPdfElement, DownloadPdfProps>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'intel-brief': IntelBriefJsxProps;
      'brief-section': BriefSectionJsxProps;
      'download-pdf': DownloadPdfJsxProps;
    }
  }
  /** The elements' custom properties in `style` (`{ '--intel-brief-color-accent': '#7a1f5c' }`). */
  interface CSSProperties extends CustomCssProperties {}
}

/** `<IntelBrief>`: `<intel-brief>` for React 18 and earlier. */
export const IntelBrief = createComponent({
  react: React,
  tagName: 'intel-brief',
  elementClass: IntelBriefElement,
  displayName: 'IntelBrief',
  events: {
    onBriefLoad: 'brief-load' as EventName<CustomEvent<BriefLoadDetail>>,
    onBriefError: 'brief-error' as EventName<CustomEvent<BriefErrorDetail>>,
    onPdfDownload: 'pdf-download' as EventName<CustomEvent<PdfDownloadDetail>>,
  },
});

/** `<BriefSection>`: `<brief-section>` for React 18 and earlier. */
export const BriefSection = createComponent({
  react: React,
  tagName: 'brief-section',
  elementClass: BriefSectionElement,
  displayName: 'BriefSection',
});

/** `<DownloadPdf>`: `<download-pdf>` for React 18 and earlier. */
export const DownloadPdf = createComponent({
  react: React,
  tagName: 'download-pdf',
  elementClass: DownloadPdfElement,
  displayName: 'DownloadPdf',
  events: {
    onPdfDownload: 'pdf-download' as EventName<CustomEvent<PdfDownloadDetail>>,
  },
});
