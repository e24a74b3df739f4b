// define() keeps a taken tag and says so, once per tag; the same class again is no conflict.
import { expect } from '@open-wc/testing';
import { define } from '../src/internal/base.js';

describe('define', () => {
  let warnings: unknown[][];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => (console.warn = warn));

  it('registers a free tag, and the same class again quietly', () => {
    class Free extends HTMLElement {}
    define('free-tag', Free);
    define('free-tag', Free);
    expect(customElements.get('free-tag')).to.equal(Free);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps a tag another class has, warning once however often it is asked', () => {
    class Owner extends HTMLElement {}
    customElements.define('owned-tag', Owner);
    for (let i = 0; i < 3; i++) expect(() => define('owned-tag', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('owned-tag')).to.equal(Owner);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<owned-tag>');
  });

  it('warns, not throws, when the registry refuses a class already registered under another tag', () => {
    class Once extends HTMLElement {}
    customElements.define('once-tag', Once);
    expect(() => define('second-tag', Once)).not.to.throw();
    expect(customElements.get('second-tag')).to.equal(undefined);
    expect(warnings).to.have.length(1);
  });
});
