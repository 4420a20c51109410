import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plural } from '../../../src/i18n/plural.ts';

const STUDY = { one: 'study', other: 'studies' };

test('a count takes the form its language gives it: one study, 0 and 2 studies', () => {
  assert.equal(plural(1, STUDY), 'study');
  assert.equal(plural(0, STUDY), 'studies');
  assert.equal(plural(2, STUDY), 'studies');
  assert.equal(plural(1.5, STUDY), 'studies');
});

test('a form the table does not give falls back to "other", the one every language has', () => {
  assert.equal(plural(1, { other: 'sheep' }), 'sheep');
});
