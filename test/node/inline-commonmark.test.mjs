// The inline parser against CommonMark: markdown-it (a maintained CommonMark
// implementation) reads the same generated strings, with only emphasis and
// links and backslash escapes enabled, and both trees must be the same. Runs
// against the build (build/src/brief/inline.js, compiled by `npm run build`).
//
// The alphabet leaves out what is markup for markdown-it but text in briefs:
// `_` (markdown-it's emphasis rule also does `_a_`; `\_` is in), `&` (it
// decodes entities in destinations) and `<` (`<…>` destinations); a backslash
// before a line break (a hard break in CommonMark: brief text has none); and the
// whitespace that JavaScript's `\s` and markdown-it classify differently
// (U+2028, U+2029, U+FEFF). Unit tests below check that these stay text.
// Three changes to markdown-it, explained where they are made: no link titles,
// parentheses in destinations 8 deep at most, and how it reads a `*` run at the
// end of a link's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { escapeInline, parseInline, plainText } from '../../build/src/brief/inline.js';

const md = new MarkdownIt('zero').enable(['emphasis', 'link', 'escape']);

// Brief text has no link titles (the contract: `[text](url)`), so markdown-it's
// title parser is switched off: `[a](b "t")` and `[a](b (t))` are then not
// links for either parser, as in CommonMark without titles.
//
// Destinations may nest parentheses 8 deep here, 32 in markdown-it (CommonMark
// lets implementations choose a limit, of at least 3): a deeper one is not a
// destination for either parser.
const { parseLinkDestination } = md.helpers;
const depth = (s) =>
  Math.max(
    0,
    ...[...s].map(
      (
        (d) => (c) =>
          (d += c === '(' ? 1 : c === ')' ? -1 : 0)
      )(0),
    ),
  );
md.helpers = {
  ...md.helpers,
  parseLinkTitle: () => ({ ok: false, pos: 0, str: '' }),
  parseLinkDestination(...args) {
    const result = parseLinkDestination(...args);
    return result.ok && depth(result.str) > 8 ? { ok: false, pos: 0, str: '' } : result;
  },
};

// Exception: markdown-it parses a link's text as a text of its own, so for a
// `*` run just before its `]` it reads "end of text" (whitespace) where
// CommonMark reads the `]` (punctuation): `[* **!*]()` becomes a link to
// `* *<em>!</em>` instead of `* **!*` (as the spec's reference implementation,
// commonmark.js, reads it). While `cmFlanking` is on, the run's neighbours are
// read in the whole text: the run itself still ends at the `]`.
let cmFlanking = true;
const { scanDelims } = md.inline.State.prototype;
md.inline.State.prototype.scanDelims = function (start, canSplitWord) {
  const max = this.posMax;
  if (cmFlanking) this.posMax = this.src.length;
  try {
    return scanDelims.call(this, start, canSplitWord);
  } finally {
    this.posMax = max;
  }
};
const MAX_DEPTH = 16; // the parser leaves out elements nested deeper (renderers recurse)

/** markdown-it's inline tokens as the parser's tree, elements deeper than MAX_DEPTH left out. */
function commonmark(src) {
  const root = [];
  const stack = [root];
  for (const t of md.parseInline(src, {})[0].children) {
    const here = stack.at(-1);
    // An escape is its own token (`text_special`) until the core joins it to the text around it.
    if (t.type === 'text' || t.type === 'text_special') {
      if (typeof here.at(-1) === 'string') here.push(here.pop() + t.content);
      else if (t.content) here.push(t.content);
    } else if (t.nesting === 1) {
      const node = { kind: t.tag === 'a' ? 'link' : t.tag, children: [] };
      if (t.tag === 'a') node.href = t.attrGet('href');
      if (stack.length > MAX_DEPTH) stack.push(here);
      else {
        here.push(node);
        stack.push(node.children);
      }
    } else if (t.nesting === -1) stack.pop();
    else throw new Error(`unexpected token ${t.type} in ${JSON.stringify(src)}`);
  }
  return root;
}

/** A tree as one string: em(…), strong(…), link<href>(…), text as JSON; hrefs normalised as markdown-it does. */
function show(nodes) {
  return nodes
    .map((n) =>
      typeof n === 'string'
        ? JSON.stringify(n)
        : `${n.kind}${n.kind === 'link' ? `<${md.normalizeLink(n.href)}>` : ''}(${show(n.children)})`,
    )
    .join(',');
}

// Pieces of generated strings, with weights: mostly loose markers and text.
const PIECES = [
  ['*', 16],
  ['**', 7],
  ['***', 2],
  ['[', 6],
  [']', 6],
  ['(', 3],
  [')', 4],
  ['](', 6],
  ['((((', 1],
  ['))))', 1],
  ['a', 14],
  ['b', 8],
  ['foo', 4],
  [' ', 10],
  ['http://x', 3],
  ['x.y/z?q=1#f', 1],
  ['.', 2],
  [',', 1],
  ['!', 1],
  ['-', 1],
  ['"', 1],
  ["'", 1],
  [' "t"', 1],
  [' (t)', 1],
  ['5', 1],
  ['\n', 1],
  ['\t', 1],
  ['é', 1],
  ['“', 1],
  ['”', 1],
  ['€', 1],
  ['😀', 1],
  ['\u00a0', 1],
  ['\u3000', 1],
  // Well-formed pieces, so that loose markers meet real elements.
  ['*a*', 3],
  ['**b**', 3],
  ['***c***', 1],
  ['[x](http://x)', 3],
  ['[*y*](z)', 1],
  // Backslashes: escapes of markup, of other punctuation, of a backslash, and backslashes that escape nothing.
  ['\\', 4],
  ['\\*', 3],
  ['\\[', 2],
  ['\\]', 2],
  ['\\(', 1],
  ['\\)', 1],
  ['\\\\', 1],
  ['\\_', 1],
  ['\\a', 1],
  ['[\\*x](a\\)b)', 1],
];
const TOTAL = PIECES.reduce((sum, [, w]) => sum + w, 0);

/** mulberry32: a small seeded generator, so that every run tests the same strings. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function generate(count, seed) {
  const next = random(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let n = 1 + Math.floor(next() * 18); n > 0; n--) {
      let r = next() * TOTAL;
      const [piece] = PIECES.find(([, w]) => (r -= w) < 0);
      s += piece;
    }
    out.push(s.replace(/\\+(?=\n)/g, ''));
  }
  return out;
}

const SEED = Number(process.env.INLINE_SEED ?? 20240404);
const COUNT = 20000;

test(`${COUNT} generated strings parse as markdown-it parses them (seed ${SEED})`, (t) => {
  const strings = generate(COUNT, SEED);
  let withMarkup = 0;
  let linkTextEnd = 0; // strings where the scanDelims patch above changes markdown-it's tree
  const mismatches = [];
  for (const src of strings) {
    const expected = commonmark(src);
    const want = show(expected);
    cmFlanking = false;
    if (show(commonmark(src)) !== want) linkTextEnd++;
    cmFlanking = true;
    const got = show(parseInline(src));
    if (expected.some((n) => typeof n !== 'string')) withMarkup++;
    if (got !== want) mismatches.push(`${JSON.stringify(src)}\n    markdown-it: ${want}\n    parseInline: ${got}`);
  }
  t.diagnostic(
    `${strings.length} compared, ${withMarkup} with emphasis, strong or links; ` +
      `${linkTextEnd} read with the link-text-end patch; ${mismatches.length} mismatches`,
  );
  assert.equal(
    mismatches.length,
    0,
    `${mismatches.length} mismatches, the first ones:\n  ${mismatches.slice(0, 10).join('\n  ')}`,
  );
  assert.ok(withMarkup > strings.length / 2, `only ${withMarkup} strings had markup: the generator is too weak`);
});

const tree = (text) => show(parseInline(text));

test('nested emphasis and strong, as CommonMark nests them', () => {
  assert.equal(tree('*a **b** c*'), 'em("a ",strong("b")," c")');
  assert.equal(tree('***x***'), 'em(strong("x"))');
  assert.equal(tree('**bold *em***'), 'strong("bold ",em("em"))');
  assert.equal(tree('***strong** em*'), 'em(strong("strong")," em")');
  assert.equal(tree('*foo**bar**baz*'), 'em("foo",strong("bar"),"baz")');
  assert.equal(tree('**foo*bar*baz**'), 'strong("foo",em("bar"),"baz")');
  assert.equal(tree('*foo**bar*'), 'em("foo**bar")'); // the rule of 3
  assert.equal(tree('foo*bar*'), '"foo",em("bar")');
  assert.equal(tree('*(*foo*)*'), 'em("(",em("foo"),")")');
});

test('unmatched markers stay text', () => {
  for (const text of [
    '*a',
    'a*',
    '** a **',
    '2 * 3 * 4',
    '[a',
    'a]',
    '[a]',
    '[a] (b)',
    '[a](b',
    '[a](b c)',
    '[a](b(c)',
    '*a [b c',
  ]) {
    assert.deepEqual(parseInline(text), [text], text);
  }
  assert.equal(tree('**a*'), '"*",em("a")');
  assert.equal(tree('*a**'), 'em("a"),"*"');
  assert.equal(tree('[a]](b)'), '"[a]](b)"');
  assert.equal(tree('*a [b* c'), 'em("a [b")," c"'); // no link: the `[` is text
});

test('links: text with emphasis, balanced parentheses, no link in a link', () => {
  assert.equal(tree('[a *b*](https://x.org/)'), 'link<https://x.org/>("a ",em("b"))');
  assert.equal(tree('*[a](b)*'), 'em(link<b>("a"))');
  assert.equal(tree('*[a*](b)'), '"*",link<b>("a*")'); // the link first
  assert.equal(tree('[d](https://x.org/(y)) e'), 'link<https://x.org/(y)>("d")," e"');
  assert.equal(tree('[a](b))'), 'link<b>("a"),")"');
  assert.equal(tree('[a [b](c) d](e)'), '"[a ",link<c>("b")," d](e)"');
  assert.equal(tree('[[a]](b)'), 'link<b>("[a]")');
  assert.equal(tree('[a]( b )'), 'link<b>("a")');
  assert.equal(tree('[a]()'), 'link<>("a")');
  // A destination may not start with `<`; `<…>` destinations are not read here (CommonMark reads `[a](<b>)` as a link to `b`).
  for (const text of ['[a](<b)', '[a]( <b>)', '[a](<b>)']) assert.equal(tree(text), JSON.stringify(text), text);
  assert.equal(tree('[a](b<c)'), 'link<b%3Cc>("a")');
  // The `*` before `]` is read next to the `]` (as commonmark.js reads it), not
  // next to the end of the link's text (as unpatched markdown-it does).
  assert.equal(tree('[* **!*]()'), 'link<>("* **!*")');
  const deep = (n) => `[a](${'('.repeat(n)}${')'.repeat(n)})`;
  assert.equal(tree(deep(8)), `link<${md.normalizeLink(`${'('.repeat(8)}${')'.repeat(8)}`)}>("a")`);
  assert.equal(tree(deep(9)), JSON.stringify(deep(9))); // 8 levels at most
  assert.equal(show(commonmark(deep(9))), JSON.stringify(deep(9))); // the patched markdown-it agrees
});

test('backslash escapes: an escaped character is text, the backslash is not shown; other backslashes are text', () => {
  assert.equal(tree('\\*a*'), '"*a*"');
  assert.equal(tree('\\**a*'), '"*",em("a")');
  assert.equal(tree('\\*\\*not bold\\*\\*'), '"**not bold**"');
  assert.equal(tree('\\[x](javascript:alert(1))'), '"[x](javascript:alert(1))"');
  assert.equal(tree('[x\\](y)'), '"[x](y)"');
  assert.equal(tree('[a](b\\)c)'), 'link<b)c>("a")', 'an escaped parenthesis in a destination');
  assert.equal(tree('[a](b\\(c)'), 'link<b(c>("a")', 'and it does not count in the balance');
  assert.equal(tree('\\\\*a*'), '"\\\\",em("a")', 'an escaped backslash');
  assert.equal(tree('C:\\Users\\a'), JSON.stringify('C:\\Users\\a'));
  assert.equal(tree('a\\'), JSON.stringify('a\\'));
  assert.equal(tree('\\é \\😀'), JSON.stringify('\\é \\😀'), 'only ASCII punctuation is escaped');
  // A backslash before a line break is a hard break in CommonMark; brief text keeps it as text.
  assert.equal(tree('a\\\nb'), JSON.stringify('a\\\nb'));
  for (const text of ['\\*a*', '\\**a*', '[a](b\\)c)', '\\\\*a*', 'a\\', '\\_a\\_', '\\!\\~\\{']) {
    assert.equal(tree(text), show(commonmark(text)), text);
  }
});

test('plain text (meta description, JSON-LD) drops the backslash of an escape; escapeInline gives text that shows as written', () => {
  assert.equal(plainText('\\*\\*not bold\\*\\* \\[x\\](y) C:\\Users'), '**not bold** [x](y) C:\\Users');
  for (const text of ['**not bold**', '[x](javascript:alert(1))', 'C:\\Users\\*.exe', 'a\\', '\\\\*a*', '😀 *[*]*']) {
    assert.deepEqual(parseInline(escapeInline(text)), [text], text);
    assert.equal(show(commonmark(escapeInline(text))), JSON.stringify(text), `markdown-it agrees: ${text}`);
    assert.equal(plainText(escapeInline(text)), text);
  }
});

test('nothing else is markup: underscores, code, HTML stay text', () => {
  for (const text of ['_a_ __b__', '`code`', '<b>x</b>', 'https://x.org', '![img](a.png)'.slice(1)]) {
    assert.equal(tree(text), show([text].flatMap((t) => parseInline(t))), text);
  }
  assert.deepEqual(parseInline('_a_ __b__ `c` <b>d</b>'), ['_a_ __b__ `c` <b>d</b>']);
});

test('plain text is returned as it is', () => {
  const text = 'No markup here (none): _a_ \\ ] ) <b> C:\\Users';
  const nodes = parseInline(text);
  assert.equal(nodes.length, 1);
  assert.equal(nodes[0], text);
});

test('elements nest at most 16 deep; the text stays', () => {
  const text = `${'*a '.repeat(40)}b${' c*'.repeat(40)}`;
  let depth = 0;
  let nodes = parseInline(text);
  let all = '';
  const collect = (ns) => ns.forEach((n) => (typeof n === 'string' ? (all += n) : collect(n.children)));
  collect(nodes);
  while (nodes.some((n) => typeof n !== 'string')) {
    depth++;
    nodes = nodes.find((n) => typeof n !== 'string').children;
  }
  assert.equal(depth, MAX_DEPTH);
  assert.equal(all, text.replaceAll('*', ''));
  assert.equal(show(parseInline(text)), show(commonmark(text)));
});

test('hostile shapes of 100 KB parse (the time is measured by npm run bench:inline)', () => {
  const fill = (unit) => unit.repeat(Math.ceil(102400 / unit.length)).slice(0, 102400);
  for (const unit of ['**a ', '*a ', '[a', '[a](b ', '[a](b(', 'a**b', '\\*', '[a](\\)', '\\\\*a ']) {
    const nodes = parseInline(fill(unit));
    assert.ok(nodes.length >= 1, unit);
  }
  const nested = parseInline(`${'*'.repeat(50000)}a${'*'.repeat(50000)}`);
  assert.equal(nested.length, 1);
});
