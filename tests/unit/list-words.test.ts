import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listInWords } from '../../src/lib/list-words.ts';

test('lists read as people write them', () => {
  assert.equal(listInWords([60]), '60');
  assert.equal(listInWords([45, 60]), '45 or 60');
  assert.equal(listInWords([30, 60, 90]), '30, 60 or 90');
  assert.equal(listInWords(['neck', 'back', 'shoulders'], 'and'), 'neck, back and shoulders');
  assert.equal(listInWords([]), '');
});
