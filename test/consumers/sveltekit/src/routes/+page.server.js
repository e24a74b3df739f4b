import brief from 'intel-brief/briefs/cyber-slavery-2024.json';
import { renderBrief } from 'intel-brief/server';

export const load = async () => ({ html: await renderBrief(brief, { layout: 'card' }) });
