// Where brief JSON that does not parse breaks, as the tools that read files say
// it (the command line, the server's checkBrief, the Storybook playground):
// by line, column and how, never by quoting the text. The elements say only
// that the JSON is not valid and where it came from (test/tlp-fail-closed.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';

const { checkBrief } = await import('../../dist/ssr/server.js');
const { describeBreak } = await import('../../dist/brief/json-break.js');
const { parseBriefText } = await import('../../dist/brief/json.js');

const UNREADABLE_STRING =
  'a string that is not closed, or holds a line break or a backslash that starts no escape, at line 1, column 11';

const BROKEN = [
  ['an unclosed string', '{"title": "Op NIGHTFALL', UNREADABLE_STRING],
  ['a trailing comma', '{"title": "CARDINAL",}', 'a character out of place at line 1, column 22'],
  ['a missing comma', '{"title": "CARDINAL" "date": 1}', 'a character out of place at line 1, column 22'],
  ['a single-quoted name', "{'CARDINAL': 1}", 'a character out of place at line 1, column 2'],
  ['an end too soon', '{"title": ["CARDINAL"', 'the text ends too soon at line 1, column 22'],
  ['text after the value', '{"title": "x"} CARDINAL', 'a character out of place at line 1, column 16'],
  ['a bad escape', '{"title": "CARDINAL\\q"}', UNREADABLE_STRING],
  ['a line break in a string', '{"title": "CARD\nINAL"}', UNREADABLE_STRING],
  [
    'a break on line 3',
    '{ "tlp": "RED",\n  "agent":\n      CARDINAL }',
    'a character out of place at line 3, column 7',
  ],
];

for (const [name, text, where] of BROKEN) {
  test(`${name}: "${where}"`, () => {
    assert.equal(describeBreak(text), where);
    const check = checkBrief(text);
    assert.equal(check.reason, 'json');
    assert.equal(check.message, `The brief is not valid JSON: ${where}`);
    assert.doesNotMatch(check.message, /CARDINAL|NIGHTFALL/);
  });
}

test('valid JSON has no break to describe', () => {
  assert.equal(describeBreak('{"a": [1, -2.5e3, true, null, "\\u00e9"]}'), undefined);
});

test('a break 100,000 containers deep is found without recursion', () => {
  const text = `${'['.repeat(100_000)}x`;
  assert.equal(describeBreak(text), 'a character out of place at line 1, column 100001');
});

test('without describeBreak (the elements), the error names where the text came from, and nothing of it', () => {
  assert.throws(() => parseBriefText('{"agent": CARDINAL}', 'The inline JSON'), {
    message: 'The inline JSON is not valid JSON',
  });
  assert.throws(() => parseBriefText('<!doctype html><p>CARDINAL', 'The file at /b.json'), {
    message: 'The file at /b.json is not valid JSON (it looks like an HTML page)',
  });
  assert.throws(() => parseBriefText(' \n', 'The brief'), { message: 'The brief is empty' });
});
