import { expect } from '@open-wc/testing';
import { validateBrief, formatIssues } from '../src/index.js';
import { BriefSchema, briefJsonSchema, type SchemaNode } from '../src/brief/schema.js';
import { invalidExamples, sample } from './helpers.js';

describe('validateBrief', () => {
  it('accepts every valid sample brief and returns it typed', async () => {
    for (const name of ['cyber-slavery-2024', 'minimal', 'port-strike-tlp-green']) {
      const result = validateBrief(await sample(name));
      expect(result.ok, `${name}: ${formatIssues(result.issues)}`).to.equal(true);
      expect(result.issues).to.deep.equal([]);
    }
    const reference = validateBrief(await sample('cyber-slavery-2024'));
    expect(reference.brief?.title).to.equal('250 Indian Citizens Rescued From “Cyber-Slavery”');
    expect(reference.brief?.pdf?.size).to.equal(2820669);
  });

  it('rejects every invalid example with a path and a readable message', async () => {
    const examples = await invalidExamples();
    const expected = [
      { path: 'date', message: 'expected an ISO 8601 date like 2024-04-04, got "4/4/2024"' },
      { path: 'title', message: 'required field "title" is missing' },
      { path: 'sections[0]', message: /paragraph or bullet/ },
      { path: 'pdf.size', message: 'expected a whole number of bytes, got "2.69MB"' },
      { path: '', message: /^expected a brief.*got a list$/ },
    ];
    expect(examples).to.have.length(expected.length);
    examples.forEach(({ why, brief }, i) => {
      const result = validateBrief(brief);
      expect(result.ok, why).to.equal(false);
      expect(result.issues, why).to.have.length(1);
      const [issue] = result.issues;
      expect(issue.path, why).to.equal(expected[i].path);
      if (expected[i].message instanceof RegExp) expect(issue.message, why).to.match(expected[i].message);
      else expect(issue.message, why).to.equal(expected[i].message);
    });
  });

  it('points at the exact item deep inside the brief', () => {
    const result = validateBrief({
      title: 'x',
      date: '2024-04-04',
      sections: [
        { heading: 'a', bullets: ['ok'] },
        { heading: 'b', bullets: ['ok'] },
        { heading: 'c', bullets: ['', 'ok'] },
      ],
    });
    expect(result.issues).to.deep.equal([
      { path: 'sections[2].bullets[0]', message: 'expected a non-empty string, got ""' },
    ]);
    expect(formatIssues(result.issues)).to.equal('sections[2].bullets[0]: expected a non-empty string, got ""');
  });

  it('rejects dates that do not exist on the calendar, and accepts leap days', () => {
    for (const date of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-04-31', '2024-00-10']) {
      expect(validateBrief({ title: 'x', date }).ok, date).to.equal(false);
    }
    expect(validateBrief({ title: 'x', date: '2024-02-30' }).issues[0].message).to.equal(
      'expected a day that exists on the calendar, got "2024-02-30"',
    );
    for (const date of ['2024-02-29', '2000-02-29', '2026-03-11T06:30:00+01:00', '2026-03-11T06:30Z']) {
      expect(validateBrief({ title: 'x', date }).ok, date).to.equal(true);
    }
    // A date-time without an offset is ambiguous: not accepted.
    expect(validateBrief({ title: 'x', date: '2026-03-11T06:30:00' }).ok).to.equal(false);
  });

  it('rejects years before 0001, with a message that says so', () => {
    // ISO 8601's year 0000 is 1 BC: it would show as "Jan 1, 1".
    expect(validateBrief({ title: 'x', date: '0000-01-01' }).issues).to.deep.equal([
      { path: 'date', message: 'expected a date from 0001-01-01 on, got "0000-01-01"' },
    ]);
    expect(validateBrief({ title: 'x', date: '2024-04-04', updated: '0000-12-31T23:59Z' }).issues).to.deep.equal([
      { path: 'updated', message: 'expected a date from 0001-01-01 on, got "0000-12-31T23:59Z"' },
    ]);
    expect(
      validateBrief({ title: 'x', date: '2024-04-04', sources: [{ title: 's', date: '0000-02-29' }] }).issues,
    ).to.deep.equal([{ path: 'sources[0].date', message: 'expected a date from 0001-01-01 on, got "0000-02-29"' }]);
    for (const date of ['0001-01-01', '0099-12-31', '0999-02-28', '9999-12-31']) {
      expect(validateBrief({ title: 'x', date }).ok, date).to.equal(true);
    }
    // The published schema's pattern draws the same line.
    const pattern = new RegExp(briefJsonSchema().properties!.date.pattern!, 'u');
    expect(['0000-01-01', '0000-01-01T00:00Z'].map((date) => pattern.test(date))).to.deep.equal([false, false]);
    expect(['0001-01-01', '0010-01-01', '0100-01-01', '1000-01-01'].map((date) => pattern.test(date))).to.deep.equal([
      true,
      true,
      true,
      true,
    ]);
  });

  it('collects every problem, not just the first', () => {
    const result = validateBrief({ date: 'soon', views: -1, tlp: 'PURPLE', author: 42 });
    expect(result.issues.map((i) => i.path).sort()).to.deep.equal(['author', 'date', 'title', 'tlp', 'views']);
  });

  it('warns about unknown keys at any depth, and drops them from the brief', () => {
    const result = validateBrief({ title: 'x', date: '2024-04-04', colour: 'red', pdf: { href: 'a.pdf', colour: 1 } });
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([
      { path: 'colour', message: 'unknown field, ignored' },
      { path: 'pdf.colour', message: 'unknown field, ignored' },
    ]);
    expect(result.brief).to.not.have.property('colour');
  });

  it('names any key unambiguously: brackets and JSON quotes for keys that are not plain names', () => {
    const result = validateBrief({
      title: 'x',
      date: '2024-04-04',
      '': 1,
      'my key': 2,
      '0': 3,
      _private: 4,
      pdf: { href: 'a.pdf', '': 5, 'say "hi"': 6 },
      sections: [{ heading: 'h', bullets: ['b'], 'a.b': 7, é: 8 }],
    });
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => w.path)).to.have.members([
      '[""]',
      '["my key"]',
      '["0"]',
      '_private',
      'pdf[""]',
      'pdf["say \\"hi\\""]',
      'sections[0]["a.b"]',
      'sections[0]["é"]',
    ]);
    // In issues too, and formatted as a person reads them.
    const bad = validateBrief({
      title: 'x',
      date: '2024-04-04',
      sections: [{ heading: '', bullets: ['b'], 'a b': 1 }],
    });
    expect(formatIssues(bad.issues)).to.equal('sections[0].heading: expected a non-empty string, got ""');
    expect(bad.warnings).to.deep.equal([{ path: 'sections[0]["a b"]', message: 'unknown field, ignored' }]);
  });

  it('says what $schema should be, and every part of the schema has words for its message', () => {
    expect(validateBrief({ $schema: 5, title: 'x', date: '2024-04-04' }).issues).to.deep.equal([
      { path: '$schema', message: "expected a URL of the brief's JSON Schema, got 5" },
    ]);
    expect(
      validateBrief({ $schema: 'https://example.org/brief.schema.json', title: 'x', date: '2024-04-04' }).ok,
    ).to.equal(true);
    const missing: string[] = [];
    const walk = (node: SchemaNode, where: string) => {
      if (!node.description) missing.push(where);
      for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, `${where}.${key}`);
      if (node.items) walk(node.items, `${where}[]`);
      node.anyOf?.forEach((child, i) => walk(child, `${where}|${i}`));
    };
    walk(BriefSchema, 'brief');
    expect(missing).to.deep.equal([]);
  });

  it('reads TLP markings as authors write them, in any case', () => {
    const tlp = (value: string) => validateBrief({ title: 'x', date: '2024-04-04', tlp: value });
    const read = {
      'AMBER+STRICT': 'AMBER+STRICT',
      'TLP:RED': 'RED',
      WHITE: 'CLEAR',
      'TLP:WHITE': 'CLEAR',
      amber: 'AMBER',
      'tlp:Amber+Strict': 'AMBER+STRICT',
      white: 'CLEAR',
      'Tlp:gReEn': 'GREEN',
      clear: 'CLEAR',
    };
    for (const [written, level] of Object.entries(read)) {
      const result = tlp(written);
      expect(result.issues, written).to.deep.equal([]);
      expect(result.brief?.tlp, written).to.equal(level);
    }
    const message = (got: string) =>
      `expected a TLP marking: CLEAR, GREEN, AMBER, AMBER+STRICT, RED (any case, TLP: optional), got ${got}`;
    expect(tlp('PURPLE').issues).to.deep.equal([{ path: 'tlp', message: message('"PURPLE"') }]);
    for (const written of [' amber', 'amber ', 'TLP: AMBER', 'TLP-AMBER', 'AMBER STRICT', 'TLP:TLP:RED', '']) {
      expect(tlp(written).issues, written).to.deep.equal([{ path: 'tlp', message: message(JSON.stringify(written)) }]);
    }
    // The published schema accepts the same spellings.
    const pattern = new RegExp(briefJsonSchema().properties!.tlp.pattern!, 'u');
    expect(Object.keys(read).every((written) => pattern.test(written))).to.equal(true);
    expect(['PURPLE', ' amber', 'TLP: AMBER', 'amber+ſtrict'].some((written) => pattern.test(written))).to.equal(false);
  });

  it('checks key judgments, sources and author', () => {
    const base = { title: 'x', date: '2024-04-04' };
    expect(validateBrief({ ...base, keyJudgments: [{ text: 'a', likelihood: 'probably' }] }).issues[0]?.path).to.equal(
      'keyJudgments[0].likelihood',
    );
    expect(
      validateBrief({ ...base, sources: [{ title: 's', reliability: 'G', credibility: 7 }] }).issues.map((i) => i.path),
    ).to.deep.equal(['sources[0].reliability', 'sources[0].credibility']);
    expect(validateBrief({ ...base, author: { name: '' } }).issues[0]?.path).to.equal('author.name');
    expect(validateBrief({ ...base, author: 'Maritime desk' }).ok).to.equal(true);
    expect(validateBrief({ ...base, lang: 'not a tag!' }).issues[0]?.path).to.equal('lang');
  });

  it('never throws, whatever it is given', () => {
    const hostile = [
      null,
      undefined,
      42,
      'brief',
      Symbol('x'),
      () => 1,
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('trap');
          },
        },
      ),
      {
        title: 'x',
        get date() {
          throw new Error('getter');
        },
      },
    ];
    for (const value of hostile) {
      const result = validateBrief(value);
      expect(result.ok).to.equal(false);
      expect(result.issues.length).to.be.greaterThan(0);
    }
  });

  it('matches the committed brief.schema.json (regenerate with npm run generate)', async () => {
    const committed: unknown = await (await fetch('/brief.schema.json')).json();
    expect(committed).to.deep.equal(JSON.parse(JSON.stringify(briefJsonSchema())));
  });
});
