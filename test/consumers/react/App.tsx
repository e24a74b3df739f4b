// React 19 TSX, as the README shows it: the tags themselves (typed by
// intel-brief/react), and the @lit/react wrapper React 18 apps use.
import { useRef, useState } from 'react';
import { validateBrief, type IntelBrief as IntelBriefElement } from 'intel-brief';
import { IntelBrief, type BriefLoadDetail } from 'intel-brief/react';
import json from 'intel-brief/briefs/cyber-slavery-2024.json';

const result = validateBrief(json);
if (!result.ok) throw new Error('the reference brief is invalid');
const brief = result.brief;

export function App() {
  const [title, setTitle] = useState('');
  const [wrapped, setWrapped] = useState('');
  const [downloaded, setDownloaded] = useState('');
  const ref = useRef<IntelBriefElement>(null);
  const onLoad = (event: CustomEvent<BriefLoadDetail>) => setWrapped(event.detail.brief.title);
  return (
    <main>
      <intel-brief
        ref={ref}
        id="tag"
        className="brief"
        style={{ '--intel-brief-color-accent': '#7a1f5c' }}
        brief={brief}
        layout="full"
        heading-level={1}
        date-style="long"
        tlp-max="green"
        timeout={5000}
        labels={{ where: 'Places' }}
        onbrief-load={(event) => setTitle(`${event.detail.brief.title} (${event.target.layout})`)}
        onbrief-error={(event) => setTitle(`Error: ${event.detail.reason} ${event.detail.error.message}`)}
        onpdf-download={(event) => console.log(event.detail.href, event.detail.filename)}
      />
      <p id="tag-status">{title ? `Loaded: ${title}` : 'Loading'}</p>

      <IntelBrief id="wrapper" brief={brief} layout="card" headingLevel={3} onBriefLoad={onLoad} />
      <p id="wrapper-status">{wrapped ? `Loaded: ${wrapped}` : 'Loading'}</p>

      <brief-section
        id="section"
        heading="Analyst notes"
        heading-level={2}
        paragraphs={['One paragraph.']}
        bullets={['One bullet.']}
      >
        <p>Written by hand.</p>
      </brief-section>
      <download-pdf
        id="pdf"
        slot="none"
        href="report.pdf"
        filename="Report.pdf"
        size={2820669}
        label="Get the PDF"
        onpdf-download={(event) => setDownloaded(event.detail.filename)}
      />
      <p id="pdf-status">{downloaded ? `Downloaded: ${downloaded}` : 'Not downloaded'}</p>
    </main>
  );
}
