import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTypeSelection } from '../../../src/lib/views/type-selection.ts';

const known = ['a', 'b', 'c', 'd', 'e'];

test('two to four known types are kept, in order, without repeats', () => {
  assert.deepEqual(parseTypeSelection(['b', 'a', 'b'], known), { ids: ['b', 'a'] });
  assert.deepEqual(parseTypeSelection(['a', 'b', 'c', 'd'], known), { ids: ['a', 'b', 'c', 'd'] });
});

test('too few, too many or unknown types explain themselves', () => {
  assert.deepEqual(parseTypeSelection([], known), { ids: [] });
  assert.match(parseTypeSelection(['a', 'zzz'], known).problem ?? '', /at least 2/);
  assert.match(parseTypeSelection(known, known).problem ?? '', /at most 4/);
});
