// intel-brief/markdown (section 4.2 of the format), imported as users import it
// (the package's "exports", after `npm run build`): the reference brief written
// by hand in Markdown, each kind of problem at its line and column, the round
// trip for the sample briefs and for generated ones, and the TLP rule for
// messages. Replay the generated briefs: MARKDOWN_FUZZ_SEED=<n> node --test test/node/markdown.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import { formatProblem, fromMarkdown, toMarkdown } from 'intel-brief/markdown';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const SEED = Number(process.env.MARKDOWN_FUZZ_SEED ?? 20240404);

/** Each problem as the command line prints it. */
const lines = (problems, warning = false) => problems.map((problem) => formatProblem(problem, warning));

test('the reference brief, written by hand in Markdown, reads as exactly the reference brief', () => {
  const result = fromMarkdown(read('test/fixtures/markdown/cyber-slavery-2024.md'), { file: 'cyber-slavery-2024.md' });
  assert.deepEqual(lines(result.errors), []);
  assert.deepEqual(lines(result.warnings), []);
  assert.equal(result.ok, true);
  assert.deepEqual(result.brief, JSON.parse(read('briefs/cyber-slavery-2024.json')));
});

test('a front matter error is at the line and column of its value: brief.md:3:7', () => {
  const result = fromMarkdown('---\ntitle: A brief\ndate: 4/4/2024\n---\n', { file: 'brief.md' });
  assert.equal(result.ok, false);
  assert.deepEqual(lines(result.errors), [
    'brief.md:3:7: date: expected an ISO 8601 date like 2024-04-04, got "4/4/2024"',
  ]);
  assert.deepEqual(
    result.errors.map(({ line, column, path }) => ({ line, column, path })),
    [{ line: 3, column: 7, path: 'date' }],
  );
});

// Each kind of problem, in a document whose front matter takes lines 1 to 4 (the body starts on line 6).
const FRONT = '---\ntitle: A brief\ndate: 2024-04-04\n---\n\n';
const PROBLEMS = [
  ['an image', FRONT + '## Seen\n\nA photo ![the port](port.png) of the port.\n', 8, 9, /^an image/],
  ['an image alone in a paragraph', FRONT + '## Seen\n\n![the port](port.png)\n', 8, 1, /^an image/],
  ['inline HTML', FRONT + '## Seen\n\nA <b>bold</b> claim.\n', 8, 3, /^HTML/],
  ['an HTML block', FRONT + '## Seen\n\n<div>\nboxed\n</div>\n', 8, 1, /^HTML/],
  ['a table', FRONT + '## Seen\n\n| port | ships |\n| --- | --- |\n| Antwerp | 12 |\n', 8, 1, /^a table/],
  ['a fenced code block', FRONT + '## Seen\n\nText.\n\n```\nrm -rf /\n```\n', 10, 1, /^a code block/],
  ['an indented code block', FRONT + '## Seen\n\nText.\n\n    indented\n', 10, 1, /^a code block/],
  ['a ### heading', FRONT + '## Seen\n\nText.\n\n### Deeper\n\nMore.\n', 10, 1, /^a ### heading/],
  ['a #### heading before any section', FRONT + '#### Deep\n', 6, 1, /^a #### heading/],
  ['a second list in a section', FRONT + '## Seen\n\n- one\n- two\n\n+ three\n', 11, 1, /^a second list/],
  ['a paragraph after the list', FRONT + '## Seen\n\n- one\n\nAfter the list.\n', 10, 1, /^a paragraph after the list/],
  [
    'two summary paragraphs',
    FRONT + 'The summary.\n\nA second one.\n\n## Seen\n\nText.\n',
    8,
    1,
    /^a second paragraph/,
  ],
  [
    'a # title that contradicts title:',
    FRONT + '# Another title\n\n## Seen\n\nText.\n',
    6,
    1,
    /^the # heading and title:/,
  ],
  [
    'a summary that contradicts summary:',
    '---\ntitle: A brief\ndate: 2024-04-04\nsummary: One thing.\n---\n\nAnother thing.\n',
    7,
    1,
    /^the paragraph before the first ## heading and summary:/,
  ],
  ['a second # heading', '---\ndate: 2024-04-04\n---\n\n# One\n\n# Two\n', 7, 1, /^a second # heading/],
  [
    'a # title after the summary',
    '---\ndate: 2024-04-04\n---\n\nSummary.\n\n# Title\n',
    7,
    1,
    /^the # title comes first/,
  ],
  ['a block quote', FRONT + '## Seen\n\n> quoted\n', 8, 1, /^a block quote/],
  ['a thematic break', FRONT + '## Seen\n\nText.\n\n***\n', 10, 1, /^a thematic break/],
  ['a numbered list', FRONT + '## Seen\n\n1. first\n2. second\n', 8, 1, /^a numbered list/],
  ['a list inside a bullet', FRONT + '## Seen\n\n- one\n  - nested\n', 9, 3, /^a list inside a bullet/],
  [
    'two paragraphs in a bullet',
    FRONT + '## Seen\n\n- one\n\n  and more\n',
    10,
    3,
    /^a second paragraph in one bullet/,
  ],
  ['an empty bullet', FRONT + '## Seen\n\n- one\n-\n', 9, 1, /^an empty bullet/],
  ['a list before the first ##', FRONT + '- loose\n\n## Seen\n\nText.\n', 6, 1, /^a list before the first ## heading/],
  [
    'a section with nothing under it',
    FRONT + '## Empty\n\n## Full\n\nText.\n',
    6,
    1,
    /^a ## heading with nothing under it/,
  ],
  [
    'a link with a title',
    FRONT + '## Seen\n\nSee [the notice](https://example.org "Notice").\n',
    8,
    5,
    /^a link title/,
  ],
  ['an autolink', FRONT + '## Seen\n\nSee <https://example.org>.\n', 8, 5, /^an autolink/],
  [
    'a link destination in <…>',
    FRONT + '## Seen\n\nSee [the notice](<https://example.org>).\n',
    8,
    5,
    /^a link destination in <…>/,
  ],
  [
    'a reference definition',
    FRONT + '## Seen\n\nSee [the notice].\n\n[the notice]: https://example.org\n',
    10,
    1,
    /^a link reference definition/,
  ],
  ['a hard line break', FRONT + '## Seen\n\nOne line  \nand the next.\n', 8, 9, /^a line break/],
  ['an image in a heading', FRONT + '## Seen ![x](y.png)\n\nText.\n', 6, 9, /^an image/],
  ['an empty heading', FRONT + '##\n\nText.\n', 6, 1, /^sections\[0\]\.heading: expected a non-empty string/],
  [
    'sections in the front matter',
    '---\ntitle: T\ndate: 2024-04-04\nsections: []\n---\n',
    4,
    1,
    /^sections are written as ## headings/,
  ],
  ['front matter with no end', '---\ntitle: T\ndate: 2024-04-04\n', 1, 1, /^the front matter has no end/],
  [
    'front matter that is not YAML',
    '---\ntitle: T\n  date: 2024-04-04\n---\n',
    2,
    8,
    /^the front matter is not valid YAML/,
  ],
  ['front matter that is a list', '---\n- title\n---\n', 2, 1, /^the front matter is not a mapping/],
  [
    'a key given twice',
    '---\ntitle: T\ndate: 2024-04-04\ntitle: U\n---\n',
    4,
    1,
    /^the front matter is not valid YAML: Map keys must be unique/,
  ],
  ['a required field missing', '---\ntitle: T\n---\n', 2, 1, /^date: required field "date" is missing/],
  [
    'a wrong value deep in a list',
    '---\ntitle: T\ndate: 2024-04-04\nsources:\n  - title: One\n  - title: Two\n    credibility: 9\n---\n',
    7,
    18,
    /^sources\[1\]\.credibility: expected an Admiralty credibility grade, 1 to 6, got 9/,
  ],
  [
    'a required field missing in a list item',
    '---\ntitle: T\ndate: 2024-04-04\nsources:\n  - publisher: Port authority\n---\n',
    5,
    5,
    /^sources\[0\]\.title: required field "title" is missing/,
  ],
  ['an empty # heading', '---\ndate: 2024-04-04\n---\n\n#\n', 5, 1, /^title: expected a non-empty string, got ""/],
];
for (const [name, markdown, line, column, message] of PROBLEMS) {
  test(`error: ${name}, at ${line}:${column}`, () => {
    const result = fromMarkdown(markdown, { file: 'brief.md' });
    assert.equal(result.ok, false, 'not read as a brief');
    assert.equal(result.brief, undefined);
    const found = result.errors.find((error) => message.test(error.message));
    assert.ok(found, `no error matches ${message}: ${lines(result.errors).join('; ')}`);
    assert.deepEqual([found.file, found.line, found.column], ['brief.md', line, column]);
  });
}

test('warnings: _ emphasis (shown as it is), an unknown field, an unknown YAML tag, each at its place; the brief is still read', () => {
  const result = fromMarkdown(
    '---\ntitle: T\ndate: 2024-04-04\ncolour: blue\nkind: !flash Flash Brief\n---\n\n## Seen\n\nA _quiet_ word.\n',
  );
  assert.equal(result.ok, true);
  assert.equal(result.brief.kind, 'Flash Brief');
  assert.deepEqual(result.brief.sections, [{ heading: 'Seen', paragraphs: ['A _quiet_ word.'] }]);
  assert.deepEqual(lines(result.warnings, true), [
    '4:1: warning: colour: unknown field, ignored',
    '5:7: warning: front matter: a tag (!…) YAML does not know, read as if it were not there',
    '10:3: warning: _ is not emphasis in brief text: it shows as it is (emphasis is *text*)',
  ]);
});

test('lines are joined with a space; the backslash that keeps a line from opening a block is not part of the text', () => {
  const markdown = [
    '---',
    'date: 2024-04-04',
    '---',
    '',
    '# C \\#',
    '',
    '\\# not a heading,',
    '\\- not a list,',
    '1\\. not a list',
    '\\> not a quote',
    '\\---',
    '',
    '## Ids {#ids}',
    '',
    '- \\- a dash,',
    '  \\+ a plus, \\* a star and *emphasis* kept as written',
    '- 2024\\. A year; a \\*literal\\* star and [a link](https://example.org) kept as written',
    '',
    '## Closing \\## {#x}',
    '',
    '\\---',
    '',
  ].join('\n');
  const result = fromMarkdown(markdown);
  assert.deepEqual(lines(result.errors), []);
  assert.deepEqual(result.brief, {
    date: '2024-04-04',
    title: 'C #',
    summary: '# not a heading, - not a list, 1. not a list > not a quote ---',
    sections: [
      {
        heading: 'Ids',
        id: 'ids',
        bullets: [
          '- a dash, + a plus, \\* a star and *emphasis* kept as written',
          '2024. A year; a \\*literal\\* star and [a link](https://example.org) kept as written',
        ],
      },
      { heading: 'Closing ##', id: 'x', paragraphs: ['---'] },
    ],
  });
});

test('YAML 1.2: an unquoted date stays a string, yes and no are strings, numbers are numbers', () => {
  const result = fromMarkdown('---\ntitle: yes\ndate: 2024-04-04\nviews: 12\nwhere: [no, off]\n---\n');
  assert.deepEqual(result.brief, { title: 'yes', date: '2024-04-04', views: 12, where: ['no', 'off'] });
});

test('CRLF line endings and a byte order mark read as LF', () => {
  const markdown = read('test/fixtures/markdown/cyber-slavery-2024.md');
  const result = fromMarkdown(`\uFEFF${markdown.replaceAll('\n', '\r\n')}`);
  assert.deepEqual(result.brief, JSON.parse(read('briefs/cyber-slavery-2024.json')));
});

test('bad input is an error, never an exception', () => {
  for (const value of [undefined, null, 42, {}, ['# a']]) {
    const result = fromMarkdown(value);
    assert.equal(result.ok, false);
    assert.deepEqual(lines(result.errors), ['1:1: the Markdown is not text']);
  }
  const hostile = {
    get file() {
      throw new Error('no');
    },
  };
  assert.equal(fromMarkdown('---\ntitle: T\ndate: 2024-04-04\n---\n', hostile).ok, true);
  // An alias bomb: YAML's own limit, reported as an error.
  const bomb =
    '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n';
  assert.equal(fromMarkdown(bomb).ok, false);
});

// TLP: a brief marked above what may be quoted (CLEAR by default), or whose
// marking cannot be read, has its problems reported without its values.
const SECRET = 'SECRET-VALUE';
const marked = (tlp) =>
  `---\ntitle: T\ntlp: ${tlp}\ndate: ${SECRET}\nviews: ${SECRET}\n${SECRET}: 1\nsources:\n  - title: S\n    credibility: ${SECRET}\n---\n\n## ${SECRET}\n\n![${SECRET}](x.png)\n`;
const everything = (result) => [...lines(result.errors), ...lines(result.warnings, true)].join('\n');

for (const [tlp, options] of [
  ['AMBER', undefined],
  ['GREEN', undefined],
  ['RED', { tlpMax: 'amber' }],
  ['black', { tlpMax: 'red' }],
]) {
  test(`a brief marked ${tlp}${options ? ` read with tlpMax ${options.tlpMax}` : ''}: no value of it is quoted`, () => {
    const result = fromMarkdown(marked(tlp), options);
    assert.equal(result.ok, false);
    // The problems are all still found and placed.
    assert.deepEqual(
      result.errors.map((error) => `${error.line}:${error.column} ${error.path ?? ''}`),
      tlp === 'black'
        ? ['3:6 tlp', '4:7 date', '5:8 views', '9:18 sources[0].credibility', '14:1 ']
        : ['4:7 date', '5:8 views', '9:18 sources[0].credibility', '14:1 '],
    );
    assert.doesNotMatch(everything(result), new RegExp(SECRET));
    assert.match(everything(result), /date: expected an ISO 8601 date like 2024-04-04, got a string/);
  });
}

test('a brief marked AMBER read with tlpMax amber has its values quoted', () => {
  const result = fromMarkdown(marked('AMBER'), { tlpMax: 'AMBER' });
  assert.match(everything(result), /date: expected an ISO 8601 date like 2024-04-04, got "SECRET-VALUE"/);
  assert.match(everything(result), /\["SECRET-VALUE"\]: unknown field/);
});

test('a YAML error never quotes the front matter', () => {
  const result = fromMarkdown(
    `---\ntitle: "${SECRET}\\q"\nkey: @${SECRET}\nkind: !${SECRET} x\ndate: 2024-04-04\n---\n`,
  );
  assert.equal(result.ok, false);
  assert.ok(result.errors.length >= 2, lines(result.errors).join('\n'));
  assert.doesNotMatch(everything(result), new RegExp(SECRET));
});

// Round trips.
const samples = readdirSync(new URL('briefs/', root)).filter(
  (file) => file.endsWith('.json') && file !== 'invalid-examples.json',
);
for (const file of samples) {
  test(`round trip: ${file}`, () => {
    const brief = JSON.parse(read(`briefs/${file}`));
    const markdown = toMarkdown(brief);
    const result = fromMarkdown(markdown);
    assert.deepEqual(lines(result.errors), [], markdown);
    assert.deepEqual(result.brief, brief);
  });
}

test('toMarkdown writes the form of the format: front matter, # title, summary, ## sections', () => {
  const brief = JSON.parse(read('briefs/port-strike-tlp-green.json'));
  const markdown = toMarkdown(brief);
  assert.match(markdown, /^---\ndate: 2026-03-11T06:30:00\+01:00\nkind: Flash Brief\n/);
  assert.match(markdown, /\nwhere: \["Rotterdam, Netherlands", "Antwerp, Belgium"\]\n/);
  assert.match(markdown, /\n---\n\n# Dock Strike Threatens Northern Range Container Traffic\n\nA 48-hour strike/);
  assert.match(markdown, /\n## What happened\?\n\n- Union leaders announced the strike on \*10 March\* after/);
  assert.doesNotMatch(markdown, /^(title|summary|sections):/m);
});

test('toMarkdown keeps in the front matter a title or summary the body cannot hold exactly, and quotes what YAML would retype', () => {
  const brief = {
    title: '  Spaced <b>title</b> ',
    date: '2024-04-04',
    summary: 'Line one\nline two',
    tags: ['yes', 'null', '12', '2024-04-04', 'a: b', '#x'],
  };
  const markdown = toMarkdown(brief);
  assert.match(markdown, /\ntitle: " {2}Spaced <b>title<\/b> "\n/);
  assert.match(markdown, /\nsummary: /);
  assert.match(markdown, /\ntags: \[yes, "null", "12", 2024-04-04, "a: b", "#x"\]\n/);
  assert.deepEqual(fromMarkdown(markdown).brief, brief);
});

test('toMarkdown refuses a section id {#id} cannot hold, naming the section', () => {
  assert.throws(
    () =>
      toMarkdown({ title: 'T', date: '2024-04-04', sections: [{ heading: 'H', id: 'two words', paragraphs: ['p'] }] }),
    /sections\[0\]\.id/,
  );
});

// Generated briefs: text that starts like a block (list item, heading, quote,
// thematic break, ordered item, fence, HTML, definition, setext underline) and
// is full of brief and Markdown markup.
const starts = (withHtml) =>
  fc.constantFrom(
    '',
    '',
    '- ',
    '-',
    '+ ',
    '* ',
    '# ',
    '###### ',
    '#',
    '> ',
    '>',
    '---',
    '- - -',
    '***',
    '* * *',
    '___',
    '===',
    '1. ',
    '2024. ',
    '1) ',
    '```',
    '~~~',
    '[a]: ',
    '\\',
    '\\- ',
    '\\\\- ',
    '1\\. ',
    '    ',
    ...(withHtml ? ['<div>', '<!-- ', '<https://x.org> '] : []),
  );
/** Pieces of text; `withHtml` adds `<`, `>`, `!`, quotes and parentheses, which can make HTML, images and titled links. */
const piece = (withHtml) =>
  fc.constantFrom(
    'a',
    'b',
    'word',
    ' ',
    ' ',
    '*',
    '**',
    '_',
    '__',
    '\\',
    '[',
    ']',
    '`',
    '#',
    '-',
    '+',
    '=',
    '~',
    '.',
    '1',
    ':',
    '{#',
    '}',
    '&amp;',
    '|',
    'é',
    '“',
    '[link](https://example.org/a_b)',
    '*em*',
    '**strong**',
    ...(withHtml
      ? ['<', '>', '<b>', '</i>', '<a@b.c>', '<https://x.org>', '!', '![i](x.png)', '(', ')', ' "t"', "'"]
      : []),
  );
const text = (withHtml) =>
  fc
    .tuple(
      starts(withHtml),
      fc.array(piece(withHtml), { maxLength: 12 }),
      fc.constantFrom('', '', ' #', ' ##', ' {#id}', '\\', ' \\#'),
    )
    .map(([start, pieces, end]) => (start + pieces.join('') + end).replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((value) => /\S/.test(value));
const briefs = (withHtml) => {
  const t = text(withHtml);
  const section = fc
    .record(
      {
        heading: t,
        id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
        paragraphs: fc.array(t, { minLength: 1, maxLength: 3 }),
        bullets: fc.array(t, { minLength: 1, maxLength: 4 }),
      },
      { requiredKeys: ['heading'] },
    )
    .filter((s) => s.paragraphs || s.bullets);
  const brief = fc.record(
    {
      title: t,
      date: fc.constantFrom('2024-04-04', '2026-03-11T06:30:00+01:00'),
      summary: t,
      tlp: fc.constantFrom('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'),
      where: fc.array(t, { minLength: 1, maxLength: 3 }),
      sections: fc.array(section, { minLength: 1, maxLength: 3 }),
      views: fc.nat(),
    },
    { requiredKeys: ['title', 'date'] },
  );
  // Plain objects, as JSON.parse makes them (fast-check's records have no prototype).
  return brief.map((value) => JSON.parse(JSON.stringify(value)));
};

test(`round trip of generated briefs: exactly the brief (seed ${SEED})`, () => {
  fc.assert(
    fc.property(briefs(false), (brief) => {
      const markdown = toMarkdown(brief);
      const result = fromMarkdown(markdown);
      assert.deepEqual(lines(result.errors), [], markdown);
      assert.deepEqual(result.brief, brief, markdown);
    }),
    { seed: SEED, numRuns: 250 },
  );
});

/**
 * Whether `got` is `want` with backslashes added, each just before a `<`, `!`
 * or `[` (toMarkdown's escapes of what Markdown would read as HTML, an image, an
 * autolink or a titled link: the brief shows the same).
 */
function escapedOnly(got, want) {
  let i = 0;
  for (let j = 0; j < want.length; i++, j++) {
    if (got[i] !== want[j]) {
      if (!(got[i] === '\\' && '<!['.includes(want[j]) && got[i + 1] === want[j])) return false;
      i++;
    }
  }
  return i === got.length;
}

test(`round trip of generated briefs with HTML, images and link titles: only their escapes added (seed ${SEED})`, () => {
  let exact = 0;
  let escaped = 0;
  const compare = (got, want, where) => {
    if (typeof want === 'string') {
      if (got === want) exact++;
      else {
        assert.ok(escapedOnly(got, want), `${where}: ${JSON.stringify(got)} is not ${JSON.stringify(want)}`);
        escaped++;
      }
    } else if (want && typeof want === 'object') {
      assert.deepEqual(Object.keys(got).sort(), Object.keys(want).sort(), where);
      for (const key of Object.keys(want)) compare(got[key], want[key], `${where}.${key}`);
    } else assert.equal(got, want, where);
  };
  fc.assert(
    fc.property(briefs(true), (brief) => {
      const markdown = toMarkdown(brief);
      const result = fromMarkdown(markdown);
      assert.deepEqual(lines(result.errors), [], markdown);
      compare(result.brief, brief, 'brief');
      // What was written once is written again the same.
      assert.equal(toMarkdown(result.brief), markdown);
    }),
    { seed: SEED, numRuns: 250 },
  );
  // Both paths were taken, the exact one far more often.
  assert.ok(escaped > 0 && exact > escaped * 2, `${exact} exact, ${escaped} escaped`);
});

test("README.md's example reads as a brief, and its first error line is what fromMarkdown prints", () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('### Markdown'));
  const example = /```markdown\n([\s\S]*?)```/.exec(section)[1];
  const result = fromMarkdown(example);
  assert.deepEqual(lines(result.errors), []);
  assert.deepEqual(
    result.brief.sections.map((s) => s.id ?? s.heading),
    ['What happened?', 'conclusion'],
  );
  const shown = /```text\n(.*)\n/.exec(section)[1];
  const bad = fromMarkdown('---\ntitle: T\ndate: 4/4/2024\n---\n', { file: 'brief.md' });
  assert.equal(formatProblem(bad.errors[0]), shown);
});

test("editors: the front matter, with the # heading's title, is valid for brief.schema.json", () => {
  const markdown = read('test/fixtures/markdown/cyber-slavery-2024.md');
  const front = parse(markdown.split(/^---$/m)[1]);
  assert.match(markdown, /^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/brief\.schema\.json$/m);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(JSON.parse(read('brief.schema.json')));
  const title = fromMarkdown(markdown).brief.title;
  assert.ok(validate({ ...front, title }), JSON.stringify(validate.errors));
  // And it catches a mistake in the front matter, as an editor would show it.
  assert.equal(validate({ ...front, title, date: '4/4/2024' }), false);
});
