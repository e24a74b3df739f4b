import type { Brief } from '../elements.js';
import type { IntelBriefProps } from './jsx-props.js';

/**
 * `<intel-brief>`'s own props in a framework's templates (React, Vue, Svelte):
 * the generated ones, with `brief` typed as what it takes (the class's setter
 * takes anything, and says what is wrong with it at run time).
 */
export type IntelBriefOwnProps = Omit<IntelBriefProps, 'brief'> & {
  /** The brief object (or its JSON text). Takes precedence over `src` and inline JSON. */
  brief?: Brief | string | undefined;
};
