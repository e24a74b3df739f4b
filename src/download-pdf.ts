import { isServer, LitElement } from 'lit';
import { pickLocale } from './brief/format.js';
import { labelsFor, LabelsWatch } from './brief/labels.js';
import { emit } from './internal/base.js';
import { langOf } from './internal/lang.js';
import { pdfTile } from './view/blocks.js';
import { base, tileStyles } from './styles/shared.js';

/** Detail of the `pdf-download` event. */
export interface PdfDownloadDetail {
  href: string;
  filename: string;
}

/**
 * The attachment tile of a brief: a file icon, the file name and
 * `Download PDF • 2.69 MB`. It renders a real `<a href download>`, so
 * middle-click and "save link as" work; a URL whose scheme is not `http:`,
 * `https:` or relative renders a disabled tile, never a link. Labels follow
 * the nearest `lang` (see `intel-brief/locales/*.js`).
 *
 * @summary A download tile for a brief's PDF.
 * @tag download-pdf
 *
 * @fires {CustomEvent<PdfDownloadDetail>} pdf-download - When the link is activated (click, Enter, middle-click), for analytics. `detail: { href, filename }`.
 *
 * @csspart tile - The link (or the disabled tile).
 * @csspart icon - The file icon.
 * @csspart filename - The file name.
 * @csspart action - The `Download PDF • size` line.
 *
 * @cssprop --intel-brief-color-accent - Link and action colour.
 * @cssprop --intel-brief-color-border - Tile border colour.
 * @cssprop --intel-brief-color-surface - Tile background.
 * @cssprop --intel-brief-color-pdf - Colour of the file icon.
 * @cssprop --intel-brief-radius - Corner radius.
 * @cssprop --intel-brief-color-text - Text colour (default: inherited).
 * @cssprop --intel-brief-font-family - Font (default: inherited from the page).
 */
export class DownloadPdf extends LitElement {
  static override styles = [base, tileStyles];
  static override properties = {
    href: {},
    filename: {},
    size: { type: Number },
    label: {},
  };

  /** URL of the PDF (required). Relative URLs resolve against the page. */
  href = '';

  /** Name shown and suggested for saving; default: the last segment of `href`. */
  filename?: string;

  /** Size of the file in bytes, shown as `2.69 MB`. */
  size?: number;

  /** Button text; default `Download PDF`. */
  label?: string;

  constructor() {
    super();
    // Labels registered once the tile is on screen (a locale module loading late) apply at once.
    new LabelsWatch(this);
  }

  protected override willUpdate() {
    // The server knows no page around the element: it renders English labels, and says so,
    // so that the browser chooses the same labels when it hydrates.
    if (isServer && !this.hasAttribute('lang')) this.setAttribute('lang', 'en');
  }

  protected override render() {
    const locale = pickLocale(langOf(this));
    const labels = labelsFor(locale);
    return pdfTile({
      href: this.href,
      filename: this.filename,
      size: this.size,
      label: this.label || labels.download,
      unavailable: labels.unavailable,
      locale,
      onActivate: (detail) => emit(this, 'pdf-download', detail),
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'pdf-download': CustomEvent<PdfDownloadDetail>;
  }
}
