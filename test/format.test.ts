import { expect } from '@open-wc/testing';
import { directionOf, formatCount, formatDate, formatSize, pickLocale } from '../src/brief/format.js';
import { parseInline } from '../src/brief/inline.js';
import { safeUrl } from '../src/brief/url.js';

describe('formatting', () => {
  it('formats sizes like the contract', () => {
    expect(formatSize(2820669, 'en-US')).to.equal('2.69 MB');
    expect(formatSize(2820669, 'de-DE')).to.equal('2,69 MB');
    expect(formatSize(0, 'en-US')).to.equal('0 bytes');
  });

  it('formats dates in every style, and leaves garbage as written', () => {
    expect(formatDate('2024-04-04', 'en-US')).to.equal('Apr 4, 2024');
    expect(formatDate('2024-04-04', 'en-US', 'short')).to.equal('4/4/24');
    expect(formatDate('2024-04-04', 'en-US', 'bogus')).to.equal('Apr 4, 2024');
    expect(formatDate('0099-01-01', 'en-US')).to.equal('Jan 1, 99');
  });

  it('counts with plural rules', () => {
    expect(formatCount(1, { one: '# view', other: '# views' }, 'en')).to.equal('1 view');
    expect(formatCount(0, { one: '# view', other: '# views' }, 'en')).to.equal('0 views');
    expect(formatCount(1234, '# views', 'de')).to.equal('1.234 views');
  });

  it('picks the first valid locale and knows right-to-left scripts', () => {
    expect(pickLocale('', 'not a locale!', 'fr-CA')).to.equal('fr-CA');
    expect(pickLocale(undefined)).to.equal('en');
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('he')).to.equal('rtl');
    expect(directionOf('en-GB')).to.equal('ltr');
    expect(directionOf('az-Arab')).to.equal('rtl');
  });

  it('parses the inline subset', () => {
    expect(parseInline('a *b* **c** [d](https://x.org/(y)) e')).to.deep.equal([
      'a ',
      { kind: 'em', children: ['b'] },
      ' ',
      { kind: 'strong', children: ['c'] },
      ' ',
      { kind: 'link', href: 'https://x.org/(y)', children: ['d'] },
      ' e',
    ]);
    expect(parseInline('2 * 3 * 4')).to.deep.equal(['2 * 3 * 4']);
  });

  it('allows only http, https, mailto and relative URLs', () => {
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeUrl('mailto:a@example.org')).to.equal('mailto:a@example.org');
    expect(safeUrl('a.pdf')).to.equal('a.pdf');
    expect(safeUrl('a.pdf', 'https://example.org/briefs/b.json')).to.equal('https://example.org/briefs/a.pdf');
    for (const bad of ['javascript:x', ' JAVASCRIPT:x', 'java\tscript:x', 'data:x', 'vbscript:x', 'file:///etc/passwd', '']) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });
});
