/** Registers `<brief-section>` (guarded: a tag already defined is left as it is). */
import { define } from '../internal/base.js';
import { BriefSection } from '../brief-section.js';

define('brief-section', BriefSection);

export { BriefSection };

declare global {
  interface HTMLElementTagNameMap {
    'brief-section': BriefSection;
  }
}
