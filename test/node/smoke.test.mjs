// The package's server-safe build in Node: importing it touches no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the package imports in Node and validates a brief', async () => {
  const { validateBrief } = await import('../../dist/index.js');
  assert.equal(validateBrief({ title: 'x', date: '2024-04-04' }).ok, true);
  assert.equal(validateBrief({ title: 'x' }).ok, false);
});
