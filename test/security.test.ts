// What a hostile brief cannot do: link javascript: or data: URLs, turn text into HTML, set
// fields through __proto__; and a host page with a strict CSP and Trusted Types.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { $, $$, textOf } from './helpers.js';
import { both, render } from './fixture.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** What test/csp/page.js posts back: whether its policy held, and what it rendered. */
interface CspReport {
  source: 'csp-page';
  enforced: boolean;
  violations: unknown[];
  rendered: string[];
  tile: string;
  section: string;
}

describe('<intel-brief> URL safety', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)',
  ];

  both('renders unsafe links in text as plain text', async (fixture) => {
    const el = await render(fixture, {
      title: 'x',
      date: '2024-04-04',
      summary:
        unsafe.map((u, i) => `[bad${i}](${u.trim()})`).join(' ') +
        ' [good](https://example.org/a) [rel](notes/a.html) [mail](mailto:a@example.org)',
    });
    const links = $$<HTMLAnchorElement>(el, '.summary a');
    expect(links.map((a) => a.textContent)).to.deep.equal(['good', 'rel', 'mail']);
    expect(textOf(el)).to.contain('bad0').and.contain('bad5');
  });

  for (const href of unsafe) {
    both(`renders a disabled tile, never a link, for the PDF href ${JSON.stringify(href)}`, async (fixture) => {
      const el = await render(fixture, { title: 'x', date: '2024-04-04', pdf: { href, size: 10 } });
      expect($(el, 'a'), href).to.equal(null);
      expect($(el, '[part="tile"]')!.getAttribute('aria-disabled'), href).to.equal('true');
    });
  }

  both('never turns text into HTML', async (fixture) => {
    const el = await render(fixture, {
      title: '<img src=x onerror="window.__pwned=1">',
      date: '2024-04-04',
      where: ['<b>bold</b>'],
    });
    expect($(el, 'h2')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'b')).to.equal(null);
    expect(window.__pwned).to.equal(undefined);
  });
});

describe('<intel-brief> hostile keys and hrefs', () => {
  both('sets nothing through a __proto__ key, and withholds a brief that hides a marking there', async (fixture) => {
    const raw: unknown = JSON.parse('{"title":"Secret","date":"2024-01-01","__proto__":{"tlp":"red","sections":"x"}}');
    // The validator reads it as an unknown field: no TLP, no sections, no crash, a warning.
    const result = (await import('../src/index.js')).validateBrief(raw);
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['__proto__']);
    expect(result.brief!.tlp).to.equal(undefined);
    // The guard reads a marking under it as one that cannot be read: the most restrictive.
    const el = await render(fixture, raw);
    expect($(el, 'h2')).to.equal(null);
    expect($(el, '[part="withheld"]')).to.not.equal(null);
    expect(textOf(el)).to.not.contain('Secret');
    // Without a marking in it, the key changes nothing.
    const plain = await render(
      fixture,
      JSON.parse('{"title":"Open","date":"2024-01-01","__proto__":{"sections":"x"}}'),
    );
    expect($(plain, 'h2')!.textContent).to.equal('Open');
  });

  both('never links a PDF through mailto:', async (fixture) => {
    const el = await render(fixture, { title: 'x', date: '2024-01-01', pdf: { href: 'mailto:a@example.org' } });
    expect($(el, '[part="tile"]')!.getAttribute('aria-disabled')).to.equal('true');
  });
});

describe('a locked-down host page (strict CSP and Trusted Types)', function () {
  this.timeout(30000);

  it('renders every sample brief with the single-file bundle and no violation', async () => {
    const iframe = document.createElement('iframe');
    const report = new Promise<CspReport>((resolve) => {
      window.addEventListener('message', function on(event: MessageEvent<CspReport | null | undefined>) {
        if (event.data?.source !== 'csp-page') return;
        window.removeEventListener('message', on);
        resolve(event.data);
      });
    });
    iframe.src = '/test-api/csp';
    document.body.append(iframe);
    const result = await report;
    iframe.remove();
    expect(result.enforced, 'the policy is in force in the page').to.equal(true);
    expect(result.violations).to.deep.equal([]);
    expect(result.rendered).to.deep.equal([
      'Inline under CSP',
      '250 Indian Citizens Rescued From “Cyber-Slavery”',
      '250 Indian Citizens Rescued From “Cyber-Slavery”',
      'Border crossing reopened',
      'Border crossing reopened',
      'Dock Strike Threatens Northern Range Container Traffic',
      'Dock Strike Threatens Northern Range Container Traffic',
    ]);
    expect(result.tile).to.contain('Download PDF • 2.69 MB');
    expect(result.section).to.equal('Section under CSP');
  });
});
