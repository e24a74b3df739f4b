// A server component: the brief rendered by intel-brief/server, passed to a client component.
import brief from 'intel-brief/briefs/cyber-slavery-2024.json';
import minimal from 'intel-brief/briefs/minimal.json';
import { renderBrief } from 'intel-brief/server';
import { BriefEvents, ClientBrief } from './client.jsx';

export default async function Page() {
  const html = await renderBrief(brief, { layout: 'card' });
  return (
    <main>
      <BriefEvents html={html} />
      <ClientBrief brief={minimal} />
    </main>
  );
}
