import { expect, html, oneEvent } from '@open-wc/testing';
import '../src/define/download-pdf.js';
import type { DownloadPdf } from '../src/download-pdf.js';
import { $, textOf } from './helpers.js';
import { both } from './fixture.js';

describe('<download-pdf>', () => {
  both('renders a download link with the file name and size', async (fixture) => {
    const el = await fixture<DownloadPdf>(
      html`<download-pdf lang="en-US" href="/files/Brief%20One.pdf" size="2820669"></download-pdf>`,
    );
    const link = $<HTMLAnchorElement>(el, 'a')!;
    expect(link.getAttribute('href')).to.equal('/files/Brief%20One.pdf');
    expect(link.getAttribute('download')).to.equal('Brief One.pdf');
    expect($(el, '[part="filename"]')!.textContent).to.equal('Brief One.pdf');
    expect($(el, '[part="action"]')!.textContent).to.equal('Download PDF • 2.69 MB');
    expect(textOf(el)).to.contain('Brief One.pdf').and.contain('Download PDF • 2.69 MB');
    await expect(el).to.be.accessible();
  });

  both('uses filename and label when given, and omits the size when unknown', async (fixture) => {
    const el = await fixture<DownloadPdf>(
      html`<download-pdf href="a.pdf" filename="Report.pdf" label="Get it"></download-pdf>`,
    );
    expect($(el, 'a')!.getAttribute('download')).to.equal('Report.pdf');
    expect($(el, '[part="action"]')!.textContent).to.equal('Get it');
  });

  const sizes: [number, string][] = [
    [512, '512 bytes'],
    [1023, '0.999 kB'],
    [2048, '2 kB'],
    [1048064, '1 MB'],
    [481034, '470 kB'],
    [2820669, '2.69 MB'],
    [5 * 1024 ** 3, '5 GB'],
  ];
  for (const [size, shown] of sizes) {
    both(`formats ${size} bytes in binary units with three significant digits: ${shown}`, async (fixture) => {
      const el = await fixture<DownloadPdf>(html`<download-pdf lang="en-US" href="a.pdf" size=${size}></download-pdf>`);
      expect($(el, '[part="action"]')!.textContent).to.equal(`Download PDF • ${shown}`);
    });
  }

  both('fires pdf-download on activation, by click and by keyboard', async (fixture) => {
    const el = await fixture<DownloadPdf>(html`<download-pdf href="a.pdf"></download-pdf>`);
    const link = $<HTMLAnchorElement>(el, 'a')!;
    link.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => link.click());
    const event = await oneEvent<HTMLElementEventMap['pdf-download']>(el, 'pdf-download');
    expect(event.detail).to.deep.equal({ href: 'a.pdf', filename: 'a.pdf' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  both('fires pdf-download on middle-click too', async (fixture) => {
    const el = await fixture<DownloadPdf>(html`<download-pdf href="a.pdf"></download-pdf>`);
    const link = $<HTMLAnchorElement>(el, 'a')!;
    setTimeout(() => link.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true })));
    const event = await oneEvent<HTMLElementEventMap['pdf-download']>(el, 'pdf-download');
    expect(event.detail.filename).to.equal('a.pdf');
  });

  for (const href of [
    'mailto:a@example.org',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '   javascript:alert(1)',
    '\tjavascript:alert(1)',
    'data:application/pdf;base64,AAAA',
    'vbscript:x',
    'java\nscript:alert(1)',
  ]) {
    both(`renders a disabled tile for ${JSON.stringify(href)}`, async (fixture) => {
      const el = await fixture<DownloadPdf>(html`<download-pdf .href=${href}></download-pdf>`);
      expect($(el, 'a')).to.equal(null);
      expect($(el, '[part="tile"]')!.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
      el.remove();
    });
  }
});
