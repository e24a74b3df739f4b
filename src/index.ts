/**
 * intel-brief: registers `<intel-brief>`, `<brief-section>` and `<download-pdf>`
 * (each guarded) and exports their classes and `validateBrief`.
 */
import './define/intel-brief.js';
import './define/brief-section.js';
import './define/download-pdf.js';

export * from './elements.js';
