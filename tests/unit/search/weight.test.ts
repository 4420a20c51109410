import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchPartOf, splitSearchWeight, totalBytes } from '../../../src/lib/search/weight.ts';

test('each file of a search is counted in the part that can reduce it', () => {
  assert.equal(searchPartOf('/search/'), 'page');
  assert.equal(searchPartOf('/pagefind/pagefind.js'), 'runtime');
  assert.equal(searchPartOf('/pagefind/wasm.en.pagefind'), 'runtime');
  assert.equal(searchPartOf('/pagefind/index/en_1.pf_index'), 'index');
  assert.equal(searchPartOf('/pagefind/fragment/en_1.pf_fragment'), 'fragments');
  assert.equal(searchPartOf('/pagefind/filter/en_1.pf_filter'), 'filters');
  assert.equal(searchPartOf('/_astro/search-engine.js'), 'ours');
  assert.equal(searchPartOf('/search-vocabulary.json'), 'ours');
});

test('a file requested twice is counted once', () => {
  const weight = splitSearchWeight(['/pagefind/pagefind.js', '/pagefind/pagefind.js', '/pagefind/index/a.pf_index'], (p) => (p.endsWith('.js') ? 100 : 10));
  assert.deepEqual(weight.runtime, { bytes: 100, files: 1 });
  assert.deepEqual(weight.index, { bytes: 10, files: 1 });
  assert.equal(totalBytes(weight), 110);
});
