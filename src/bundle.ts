/**
 * The single-file bundle, `dist/intel-brief.bundle.js` (Lit included, no
 * import): registers `<intel-brief>`, `<brief-section>` and `<download-pdf>`,
 * and exports what a page's own script may call: the classes, the validator
 * and `registerLabels` (a page's own labels). The rest of the package's API
 * (the schema, TLP and label helpers) is in the npm entry points, which a page
 * that only pastes this file does not pay for. In Node, `intel-brief/bundle.js`
 * resolves to this module's npm build, which imports without a DOM.
 */
import './define/intel-brief.js';
import './define/brief-section.js';
import './define/download-pdf.js';

export { IntelBrief, type BriefErrorDetail, type BriefErrorReason, type BriefLoadDetail } from './intel-brief.js';
export { BriefSection } from './brief-section.js';
export { DownloadPdf, type PdfDownloadDetail } from './download-pdf.js';
export { validateBrief, type BriefIssue, type BriefValidation } from './brief/validate.js';
export { registerLabels, type BriefLabels, type LabelOverrides } from './brief/labels.js';
export type { Brief, BriefInput } from './brief/schema.js';
