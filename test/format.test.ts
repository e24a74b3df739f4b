import { expect } from '@open-wc/testing';
import { directionOf, formatCount, formatDate, formatSize, pickLocale } from '../src/brief/format.js';
import { parseInline } from '../src/brief/inline.js';
import { fileNameOf, safeUrl } from '../src/brief/url.js';

describe('formatting', () => {
  it('formats sizes like the contract', () => {
    expect(formatSize(2820669, 'en-US')).to.equal('2.69 MB');
    expect(formatSize(2820669, 'de-DE')).to.equal('2,69 MB');
    expect(formatSize(0, 'en-US')).to.equal('0 bytes');
  });

  it('moves to the next unit when the rounded value would read 1,000', () => {
    expect(formatSize(999, 'en-US')).to.equal('999 bytes');
    expect(formatSize(1000, 'en-US')).to.equal('0.977 kB');
    expect(formatSize(1022976, 'en-US')).to.equal('999 kB'); // 999.0 kB
    expect(formatSize(1023488, 'en-US')).to.equal('0.976 MB'); // 999.5 kB would round to 1,000 kB
    expect(formatSize(1048576, 'en-US')).to.equal('1 MB');
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

  it('takes the direction from the script, not the language alone', () => {
    for (const rtl of ['ar', 'fa-IR', 'ur', 'sd', 'ckb', 'yi', 'dv', 'pa-Arab', 'ks', 'he-IL'])
      expect(directionOf(rtl), rtl).to.equal('rtl');
    for (const ltr of ['ar-Latn', 'sd-Deva', 'ku', 'az', 'pa', 'en', 'ja', 'not a tag!'])
      expect(directionOf(ltr), ltr).to.equal('ltr');
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
    // What is returned is exactly what was checked, never a trimmed copy.
    expect(safeUrl(' https://example.org/a ')).to.equal(' https://example.org/a ');
    expect(safeUrl('\u00a0javascript:x')).to.equal('\u00a0javascript:x'); // a relative path, not a scheme
    for (const bad of [
      'javascript:x',
      ' JAVASCRIPT:x',
      'java\tscript:x',
      'data:x',
      'vbscript:x',
      'file:///etc/passwd',
      '',
    ]) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
    expect(safeUrl('mailto:a@example.org', undefined, ['http:', 'https:'])).to.equal(undefined);
  });

  it('names a file after the last segment of its URL path', () => {
    expect(fileNameOf('https://example.org/briefs/Brief%20one.pdf?x=1#p2')).to.equal('Brief one.pdf');
    expect(fileNameOf('a/b.pdf')).to.equal('b.pdf');
    expect(fileNameOf('https://example.org/')).to.equal('');
    expect(fileNameOf('https://example.org')).to.equal('');
    expect(fileNameOf('https://example.org/dir/')).to.equal('');
  });
});
