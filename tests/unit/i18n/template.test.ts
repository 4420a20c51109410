import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fill, fillParts } from '../../../src/i18n/template.ts';

test('a template\'s places are filled once: a value that looks like a place is left as typed', () => {
  assert.equal(fill('{count} results for “{query}”.', { count: 3, query: '{count}' }), '3 results for “{count}”.');
  assert.equal(fill('No results for “{query}”{alsoFor}.', { query: 'x', alsoFor: '' }), 'No results for “x”.');
});

test('a place without a value stays as written, so a missing value shows in a test, not as "undefined"', () => {
  assert.equal(fill('Read more: {title}', {}), 'Read more: {title}');
});

test('a template cut at its places keeps elements and runs of them in order, with no empty text between', () => {
  const link = { a: 'link' };
  assert.deepEqual(fillParts('Did you mean {query}?', { query: link }), ['Did you mean ', link, '?']);
  assert.deepEqual(fillParts('Nearest topics we cover: {topics}.', { topics: [link, ' or ', link] }), ['Nearest topics we cover: ', link, ' or ', link, '.']);
  assert.deepEqual(fillParts('{query}', { query: link }), [link]);
});
