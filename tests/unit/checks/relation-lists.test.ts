import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relationListProblems } from '../../../src/lib/checks/relation-lists.ts';

const file = 'content/types/swedish-massage.md';

test('lists without repeats or self-references pass', () => {
  assert.deepEqual(relationListProblems({ file, id: 'swedish-massage', related: ['deep-tissue-massage'], helps: ['stress', 'low-back-pain'] }), []);
});

test('an entry related to itself is an error at its index', () => {
  assert.deepEqual(relationListProblems({ file, id: 'swedish-massage', related: ['deep-tissue-massage', 'swedish-massage'] }), [
    { file, field: 'related[1]', message: '"swedish-massage" lists itself as related', fix: 'remove "swedish-massage" from related' },
  ]);
});

test('the same condition twice in helps is an error naming both claims', () => {
  assert.deepEqual(relationListProblems({ file, id: 'swedish-massage', related: [], helps: ['stress', 'sciatica', 'stress'] }), [
    {
      file,
      field: 'helps[2].condition',
      message: '"stress" is graded twice (helps[0] and helps[2]), so its pages would show two grades',
      fix: 'keep one claim per condition: merge helps[2] into helps[0], with the sources of both behind one grade',
    },
  ]);
});

test('a related entry listed twice is an error', () => {
  assert.deepEqual(relationListProblems({ file, id: 'a', related: ['b', 'c', 'b'] }).map((p) => [p.field, p.fix]), [['related[2]', 'remove related[2]']]);
});
