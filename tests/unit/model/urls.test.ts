import assert from 'node:assert/strict';
import { test } from 'node:test';
import { slugify } from '../../../src/lib/model/slug.ts';
import { articleUrl, canonicalPair, compareSlug, compareUrl, comparisonHref, searchUrl } from '../../../src/lib/model/urls.ts';

test('article URLs follow /<kind>/<slug>/', () => {
  assert.equal(articleUrl('types', 'deep-tissue-massage'), '/types/deep-tissue-massage/');
  assert.equal(articleUrl('conditions', 'sciatica'), '/conditions/sciatica/');
});

test('comparison slugs put the two types in alphabetical order', () => {
  assert.deepEqual(canonicalPair('medical-massage', 'deep-tissue-massage'), ['deep-tissue-massage', 'medical-massage']);
  assert.equal(compareSlug('medical-massage', 'deep-tissue-massage'), 'deep-tissue-massage-vs-medical-massage');
  assert.equal(compareUrl('deep-tissue-massage', 'medical-massage'), '/compare/deep-tissue-massage-vs-medical-massage/');
});

test('search URLs encode the query', () => {
  assert.equal(searchUrl('knots in my shoulder'), '/search/?q=knots%20in%20my%20shoulder');
  assert.equal(searchUrl('a&b'), '/search/?q=a%26b');
});

test('slugify makes URL-safe names', () => {
  assert.equal(slugify('Lymphoedema'), 'lymphoedema');
  assert.equal(slugify('MLD'), 'mld');
  assert.equal(slugify('Strain–counterstrain (SCS)'), 'strain-counterstrain-scs');
  assert.equal(slugify('Tui na & acupressure'), 'tui-na-and-acupressure');
  assert.equal(slugify('Crème'), 'creme');
});

test('two types without a pair page are compared in the picker', () => {
  const built = new Set(['a-vs-b']);
  assert.equal(comparisonHref('b', 'a', (slug) => built.has(slug)), '/compare/a-vs-b/');
  assert.equal(comparisonHref('c', 'a', (slug) => built.has(slug)), '/compare/?t=a&t=c');
});
