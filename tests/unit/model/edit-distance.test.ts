import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance } from '../../../src/lib/model/edit-distance.ts';

test('edit distance counts a swap of neighbours as one edit', () => {
  assert.equal(editDistance('fibromialgia', 'fibromyalgia'), 1);
  assert.equal(editDistance('siatica', 'sciatica'), 1);
  assert.equal(editDistance('lymphdema', 'lymphedema'), 1);
  assert.equal(editDistance('massgae', 'massage'), 1);
  assert.equal(editDistance('abc', 'xyz'), 3);
});
