import assert from 'node:assert/strict';
import { test } from 'node:test';
import { glossaryUrl, termMatcher } from '../../../src/lib/model/glossary-links.ts';

const match = termMatcher([
  { id: 'trigger-point', forms: ['trigger point', 'trigger points'] },
  { id: 'fascia', forms: ['fascia'] },
  { id: 'lymph', forms: ['lymph'] },
]);

test('the first term in the text is found, longest form first, any case', () => {
  assert.deepEqual(match('Tight Trigger points and fascia', new Set()), { id: 'trigger-point', start: 6, end: 20 });
});

test('terms already linked are skipped, and words must match whole', () => {
  assert.deepEqual(match('trigger point in the fascia', new Set(['trigger-point'])), { id: 'fascia', start: 21, end: 27 });
  assert.equal(match('lymphatic vessels', new Set()), undefined);
});

test('a term links to its definition on the glossary page', () => {
  assert.equal(glossaryUrl('fascia'), '/guides/glossary/#term-fascia');
});
