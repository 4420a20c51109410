import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameFinder } from '../../../src/lib/model/name-finder.ts';
import { escape, manyNames, randomTexts } from './random-names.ts';

test('finding many names in one pass gives what testing each name\'s pattern on its own gives, with or without a plural', () => {
  const lists = manyNames(600);
  for (const suffix of ['', 's?']) {
    const find = nameFinder(lists, suffix);
    const patterns = lists.map((names) => names.map((name) => new RegExp(`\\b${escape(name)}${suffix}\\b`, 'i')));
    for (const text of randomTexts(300)) {
      const oneByOne = patterns.flatMap((list, i) => (list.some((p) => p.test(text)) ? [i] : []));
      assert.deepEqual([...find(text)].sort((a, b) => a - b), oneByOne, text);
    }
  }
});
