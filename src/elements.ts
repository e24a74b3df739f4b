/**
 * The element classes and the brief format, without registering any tag:
 * for hosts that register the classes under names of their own.
 */
export { IntelBrief, type BriefErrorDetail, type BriefErrorReason, type BriefLoadDetail } from './intel-brief.js';
export { BriefSection } from './brief-section.js';
export { DownloadPdf, type PdfDownloadDetail } from './download-pdf.js';
export { validateBrief, formatIssues, type BriefIssue, type BriefValidation } from './brief/validate.js';
export {
  BriefSchema,
  briefJsonSchema,
  parseTlp,
  LIKELIHOODS,
  TLP_LEVELS,
  type Attachment,
  type Author,
  type Brief,
  type BriefInput,
  type KeyJudgment,
  type Likelihood,
  type Section,
  type Source,
  type TlpLevel,
  type TlpMarking,
} from './brief/schema.js';
export { defaultLabels, labelsFor, registerLabels, type BriefLabels, type LabelOverrides } from './brief/labels.js';
