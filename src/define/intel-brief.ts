/** Registers `<intel-brief>` (guarded: a tag already defined is left as it is). */
import { define } from '../internal/base.js';
import { IntelBrief } from '../intel-brief.js';

define('intel-brief', IntelBrief);

export { IntelBrief };

declare global {
  interface HTMLElementTagNameMap {
    'intel-brief': IntelBrief;
  }
}
