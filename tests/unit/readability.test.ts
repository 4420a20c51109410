import assert from 'node:assert/strict';
import { test } from 'node:test';
import { belowFloor, isOverdue } from '../../src/lib/content-floors.ts';
import { fleschKincaidGrade, median, proseText, wordCount } from '../../src/lib/readability.ts';

test('prose text drops ids, link targets and markup but keeps words', () => {
  const text = proseText('## What is it? { #what-it-is }\n\nSee [deep tissue](/types/deep-tissue-massage/) **now**.');
  assert.equal(wordCount(text), 7);
  assert.doesNotMatch(text, /what-it-is|types/);
});

test('short plain sentences score a lower grade than long technical ones', () => {
  const plain = 'Massage can ease pain. It may help you sleep. Ask your doctor first.';
  const dense = 'Myofascial interventions demonstrate heterogeneous effectiveness regarding musculoskeletal symptomatology, necessitating individualized therapeutic considerations.';
  assert.ok(fleschKincaidGrade(plain) < 6, String(fleschKincaidGrade(plain)));
  assert.ok(fleschKincaidGrade(dense) > 16, String(fleschKincaidGrade(dense)));
});

test('median, floors and overdue reviews', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  const m = { kind: 'types' as const, id: 'x', words: 500, sources: 2, grade: 8, lastReviewed: new Date('2026-01-01') };
  assert.deepEqual(belowFloor(m), ['500 words (floor 700)', '2 sources (floor 3)']);
  assert.equal(isOverdue(new Date('2025-01-01'), new Date('2026-11-23')), true);
  assert.equal(isOverdue(new Date('2026-01-01'), new Date('2026-11-23')), false);
});
