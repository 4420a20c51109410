import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plural } from '../../../src/i18n/plural.ts';
import { fill } from '../../../src/i18n/template.ts';
import { parseTypeSelection, PICKED, pickerWords } from '../../../src/lib/views/type-selection.ts';

const known = ['a', 'b', 'c', 'd', 'e'];

test('two to four known types are kept, in order, without repeats', () => {
  assert.deepEqual(parseTypeSelection(['b', 'a', 'b'], known), { ids: ['b', 'a'] });
  assert.deepEqual(parseTypeSelection(['a', 'b', 'c', 'd'], known), { ids: ['a', 'b', 'c', 'd'] });
});

test('too few, too many or unknown types explain themselves, in the words of the page', () => {
  assert.deepEqual(parseTypeSelection([], known), { ids: [] });
  assert.equal(parseTypeSelection(['a', 'zzz'], known).problem, 'too-few');
  assert.equal(parseTypeSelection(known, known).problem, 'too-many');
  // As the script reads and fills them: through JSON.
  const words = JSON.parse(JSON.stringify(pickerWords())) as ReturnType<typeof pickerWords>;
  assert.equal(fill(words.tooFew, PICKED), 'Choose at least 2 types to compare.');
  assert.equal(fill(words.tooMany, PICKED), 'Choose at most 4 types, so the table stays readable.');
  const showing = (count: number) => fill(plural(count, words.showing, words.locale), { count });
  assert.deepEqual([1, 2, 4].map(showing), ['Showing 1 type in each table.', 'Showing 2 types in each table.', 'Showing 4 types in each table.']);
});
