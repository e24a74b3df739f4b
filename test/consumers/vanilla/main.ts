// Plain TypeScript: the tags and events are typed by the package's
// HTMLElementTagNameMap and HTMLElementEventMap entries, with no declarations here.
import 'intel-brief';
import briefUrl from 'intel-brief/briefs/cyber-slavery-2024.json?url';

const status = document.querySelector<HTMLParagraphElement>('#status')!;
const brief = document.createElement('intel-brief'); // IntelBrief
brief.headingLevel = 1;
brief.layout = 'full';
brief.addEventListener('brief-load', (event) => {
  const title: string = event.detail.brief.title;
  status.textContent = `Loaded: ${title}`;
});
brief.addEventListener('brief-error', (event) => {
  status.textContent = `Error (${event.detail.reason}): ${event.detail.error.message}`;
});
brief.src = briefUrl;
document.querySelector('#app')!.append(brief);

/** Never called: each line is a type error, or tsc fails on the unused @ts-expect-error. */
export function wrongUsage(el: HTMLElementTagNameMap['intel-brief'], pdf: HTMLElementTagNameMap['download-pdf']) {
  // @ts-expect-error: not a layout
  el.layout = 'grid';
  // @ts-expect-error: a number
  pdf.size = 'big';
  el.addEventListener('brief-error', (event) => {
    // @ts-expect-error: not a reason
    if (event.detail.reason === 'offline') return;
  });
}
