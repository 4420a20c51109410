/** The real content meets the floors of the content standard. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureContent } from '../../scripts/measure-content.ts';
import { belowFloor, FLOORS } from '../../src/lib/content-floors.ts';
import { ARTICLE_KINDS } from '../../src/lib/urls.ts';

const articles = measureContent();

test('every kind has at least its floor of articles', () => {
  for (const kind of ARTICLE_KINDS) {
    const count = articles.filter((a) => a.kind === kind).length;
    assert.ok(count >= FLOORS[kind].count, `${kind}: ${count} articles, floor ${FLOORS[kind].count}`);
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
