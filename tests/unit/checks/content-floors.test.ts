/** The real content meets the floors of the content standard. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureContent } from '../../../scripts/measure-content.ts';
import { readContent } from '../../../scripts/lib/read-content.ts';
import { inflesz, proseText } from '../../../src/lib/checks/readability.ts';
import { belowFloor, isOverdue } from '../../../src/lib/checks/content-floors.ts';
import { nextReviewDue } from '../../../src/lib/model/dates.ts';
import { ARTICLE_KINDS, KINDS } from '../../../src/lib/model/kinds.ts';

const articles = measureContent();

test('every kind has at least its floor of articles', () => {
  for (const kind of ARTICLE_KINDS) {
    const count = articles.filter((a) => a.kind === kind).length;
    assert.ok(count >= KINDS[kind].floor.count, `${kind}: ${count} articles, floor ${KINDS[kind].floor.count}`);
  }
});

test('no article is below its word or source floor', () => {
  const low = articles.filter((a) => belowFloor(a).length > 0).map((a) => `${a.kind}/${a.id}: ${belowFloor(a).join(', ')}`);
  assert.deepEqual(low, []);
});

test('no article reads above grade 11 (aim: 8 to 9)', () => {
  const hard = articles.filter((a) => a.grade > 11).map((a) => `${a.kind}/${a.id}: ${a.grade}`);
  assert.deepEqual(hard, []);
});

test('no Spanish article reads below "normal" on the INFLESZ scale (55; aim: 55 to 80)', () => {
  const hard = readContent('content')
    .translations.map((t) => ({ id: t.id, score: inflesz(proseText(t.body ?? '')) }))
    .filter((t) => t.score < 55)
    .map((t) => `${t.id}: ${t.score.toFixed(1)}`);
  assert.deepEqual(hard, []);
});

test('an article below a floor is named with what it lacks', () => {
  const m = { kind: 'types' as const, id: 'x', words: 500, sources: 2, grade: 8, lastReviewed: new Date('2026-01-01') };
  assert.deepEqual(belowFloor(m), ['500 words (floor 700)', '2 sources (floor 3)']);
});

test('a review is overdue exactly when the page\'s "next review due" date has passed', () => {
  const reviewed = new Date('2025-11-23');
  const due = nextReviewDue(reviewed);
  assert.equal(due.toISOString().slice(0, 10), '2026-11-23');
  assert.equal(isOverdue(reviewed, due), false);
  assert.equal(isOverdue(reviewed, new Date(due.getTime() + 86_400_000)), true);
  assert.equal(isOverdue(new Date('2026-01-01'), new Date('2026-11-23')), false);
});
