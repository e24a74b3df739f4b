// Wrong usage, each a type error at the prop named in its `wrong:` comment
// (test/node/consumers.test.mjs checks tsc reports each, and nothing else).
import 'intel-brief/react';

export const wrong = (
  <>
    <intel-brief layout="grid" /> {/* wrong: layout */}
    <intel-brief heading-level="two" /> {/* wrong: heading-level */}
    <intel-brief headingLevel="two" /> {/* wrong: headingLevel */}
    <intel-brief brief={42} /> {/* wrong: brief */}
    <intel-brief timeout="soon" /> {/* wrong: timeout */}
    <intel-brief date-style="tiny" /> {/* wrong: date-style */}
    <intel-brief nonsense="x" /> {/* wrong: nonsense */}
    <intel-brief onbrief-load={(event: CustomEvent<number>) => event.detail} /> {/* wrong: onbrief-load */}
    <intel-brief ref={(el: HTMLInputElement | null) => el?.select()} /> {/* wrong: ref */}
    <brief-section paragraphs="text" /> {/* wrong: paragraphs */}
    <download-pdf size="big" /> {/* wrong: size */}
    <download-pdf onpdf-download={(event: CustomEvent<{ bytes: number }>) => event} /> {/* wrong: onpdf-download */}
  </>
);
