import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTypeSelection, pickerWords } from '../../../src/lib/views/type-selection.ts';

const known = ['a', 'b', 'c', 'd', 'e'];

test('two to four known types are kept, in order, without repeats', () => {
  assert.deepEqual(parseTypeSelection(['b', 'a', 'b'], known), { ids: ['b', 'a'] });
  assert.deepEqual(parseTypeSelection(['a', 'b', 'c', 'd'], known), { ids: ['a', 'b', 'c', 'd'] });
});

test('too few, too many or unknown types explain themselves, in the words of the page', () => {
  assert.deepEqual(parseTypeSelection([], known), { ids: [] });
  assert.equal(parseTypeSelection(['a', 'zzz'], known).problem, 'too-few');
  assert.equal(parseTypeSelection(known, known).problem, 'too-many');
  // As the script reads them: through JSON, a sentence for every count it can show.
  const words = JSON.parse(JSON.stringify(pickerWords())) as ReturnType<typeof pickerWords>;
  assert.equal(words.tooFew, 'Choose at least 2 types to compare.');
  assert.equal(words.tooMany, 'Choose at most 4 types, so the table stays readable.');
  assert.deepEqual(words.showing, { 2: 'Showing 2 types in each table.', 3: 'Showing 3 types in each table.', 4: 'Showing 4 types in each table.' });
});
