/** Registers `<download-pdf>` (guarded: a tag already defined is left as it is). */
import { define } from '../internal/base.js';
import { DownloadPdf } from '../download-pdf.js';

define('download-pdf', DownloadPdf);

export { DownloadPdf };

declare global {
  interface HTMLElementTagNameMap {
    'download-pdf': DownloadPdf;
  }
}
