import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstRank, score } from '../../../src/lib/search/relevance.ts';

test('the first expected page sets the rank; fragments are ignored', () => {
  assert.equal(firstRank({ q: 'x', expect: ['/b/'], results: ['/a/', '/b/#safety', '/b/'] }), 2);
  assert.equal(firstRank({ q: 'x', expect: ['/z/'], results: ['/a/'] }), undefined);
});

test('hit@1, hit@3 and mean reciprocal rank', () => {
  const s = score([
    { q: '1', expect: ['/a/'], results: ['/a/'] },
    { q: '2', expect: ['/a/'], results: ['/b/', '/a/'] },
    { q: '3', expect: ['/a/'], results: ['/b/', '/c/', '/d/', '/a/'] },
    { q: '4', expect: ['/a/'], results: [] },
  ]);
  assert.deepEqual(s, { hitAt1: 0.25, hitAt3: 0.5, mrr: (1 + 0.5 + 0.25) / 4 });
});

test('a query we have no page for hits when nothing is listed, and misses on any result', () => {
  assert.equal(firstRank({ q: 'xyzzy', expect: [], results: [] }), 1);
  assert.equal(firstRank({ q: 'massage for kids', expect: [], results: ['/conditions/edema/'] }), undefined);
});
