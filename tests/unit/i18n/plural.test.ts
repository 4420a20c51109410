import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords, plural } from '../../../src/i18n/plural.ts';
import { formatNumber, strings } from '../../../src/i18n/index.ts';

test('a count picks the form its language’s rules give it, written as the language writes numbers', () => {
  const signs = countWords('en-US', { one: (n) => `${n} sign`, other: (n) => `${n} signs` });
  assert.deepEqual([0, 1, 2, 1200].map(signs), ['0 signs', '1 sign', '2 signs', '1,200 signs']);
});

test('a language with more forms than English gets each, and a form the table leaves out falls back to "other"', () => {
  // Polish: 1 plik, 2–4 pliki, 5+ plików; "many" left out below falls back to "other".
  const files = countWords('pl', { one: (n) => `${n} plik`, few: (n) => `${n} pliki`, many: (n) => `${n} plików`, other: (n) => `${n} pliku` });
  assert.deepEqual([1, 3, 5, 22].map(files), ['1 plik', '3 pliki', '5 plików', '22 pliki']);
  const fallback = countWords('pl', { one: (n) => `${n} plik`, other: (n) => `${n} (other)` });
  assert.equal(fallback(5), '5 (other)');
});

test('the English table’s counted phrases agree with their count', () => {
  const t = strings().components;
  assert.equal(t.urgentHelp.signs(1), '1 warning sign that needs a doctor, not a massage');
  assert.equal(t.urgentHelp.signs(4), '4 warning signs that need a doctor, not a massage');
  assert.equal(t.atAGlance.moreCautions(1), '1 more caution or warning sign');
  assert.equal(t.atAGlance.moreCautions(6), '6 more cautions and warning signs');
  assert.equal(t.priceTable.minutes(60), '60 minutes');
  assert.equal(t.pairEvidence.general(1, 0, 'both'), 'One finding on massage in general count for both: ');
  assert.equal(t.pairEvidence.general(3, 1, 'both'), '3 findings on massage in general (1 found no difference) count for both: ');
  assert.equal(t.evidenceClaims.sharedFormer(2, 'limited evidence'), '(both were limited evidence)');
  // Numbers inside sentences are written as the language writes them, not as JavaScript prints them.
  assert.match(t.pairEvidence.general(1200, 1500, 'both'), /^1,200 findings .* \(1,500 found no difference\)/);
  assert.match(strings().pages.forClinics.embedsIntro(1200, 260), / 1,200 by 260 pixels\./);
});

test('amounts of money are written as the language writes them', () => {
  assert.equal(formatNumber(139, 'en', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }), '$139');
  assert.equal(formatNumber(1200), '1,200');
});

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
