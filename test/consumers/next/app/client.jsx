'use client';
// Client components: they also run on the server when Next renders the page.
import 'intel-brief/hydrate.js';
import { IntelBrief } from 'intel-brief/react';
import { useEffect, useRef, useState } from 'react';

/** The server's brief, adopted in the browser; its events reach this component. */
export function BriefEvents({ html }) {
  const ref = useRef(null);
  const [status, setStatus] = useState('Not downloaded');
  useEffect(() => {
    const onPdf = (event) => setStatus(`Downloaded: ${event.detail.filename}`);
    ref.current.addEventListener('pdf-download', onPdf);
    return () => ref.current?.removeEventListener('pdf-download', onPdf);
  }, []);
  return (
    <>
      <div ref={ref} id="server-brief" dangerouslySetInnerHTML={{ __html: html }} />
      <p id="pdf-status">{status}</p>
    </>
  );
}

/** A brief rendered in the browser by the @lit/react component. */
export function ClientBrief({ brief }) {
  const [status, setStatus] = useState('Not loaded');
  return (
    <>
      <IntelBrief
        id="client-brief"
        brief={brief}
        onBriefLoad={(event) => setStatus(`Loaded: ${event.detail.brief.title}`)}
      />
      <p id="status">{status}</p>
    </>
  );
}
