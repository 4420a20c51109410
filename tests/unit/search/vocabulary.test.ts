import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance } from '../../../src/lib/model/edit-distance.ts';
import { normalise } from '../../../src/lib/search/normalise.ts';
import { comparedTypes, correctQuery, deletions, wordsNearNames, type Vocabulary } from '../../../src/lib/search/vocabulary.ts';

const vocabulary: Vocabulary = {
  terms: [
    { term: 'fibromyalgia', url: '/conditions/fibromyalgia/' },
    { term: 'sciatica', url: '/conditions/sciatica/' },
    { term: 'manual lymphatic drainage', url: '/types/manual-lymphatic-drainage/' },
    { term: 'lymphedema', url: '/conditions/lymphedema/' },
    { term: 'massage', url: '/types/' },
  ],
  types: [
    { id: 'deep-tissue-massage', names: ['deep tissue massage', 'deep tissue'] },
    { id: 'swedish-massage', names: ['swedish massage', 'classic massage'] },
    { id: 'medical-massage', names: ['medical massage', 'clinical massage'] },
    { id: 'trigger-point-therapy', names: ['trigger point therapy'] },
    { id: 'myofascial-release', names: ['myofascial release', 'mfr'] },
  ],
  pairs: ['deep-tissue-massage-vs-swedish-massage'],
  safety: [],
  synonyms: [],
  questions: [],
  realWords: [],
};

test('misspelt words are corrected to the closest known word', () => {
  assert.equal(correctQuery('fibromialgia', vocabulary), 'fibromyalgia');
  assert.equal(correctQuery('Siatica', vocabulary), 'sciatica');
  assert.equal(correctQuery('lymphatic drainge massgae', vocabulary), 'lymphatic drainage massage');
  assert.equal(correctQuery('sciatica', vocabulary), undefined);
  assert.equal(correctQuery('xyzzy', vocabulary), undefined);
});

test('a real word is never corrected to a name', () => {
  const withThigh: Vocabulary = { ...vocabulary, terms: [...vocabulary.terms, { term: 'thigh', url: '/regions/thigh/' }] };
  assert.equal(correctQuery('high blood pressure', withThigh), 'thigh blood pressure');
  assert.equal(correctQuery('high blood pressure', { ...withThigh, realWords: ['high'] }), undefined);
  assert.equal(correctQuery('thigth', { ...withThigh, realWords: ['high'] }), 'thigh');
});

test("the real words shipped are the words of our pages and readers' phrases a typo away from a name, and no others", () => {
  const terms = [...vocabulary.terms, { term: 'thigh', url: '/regions/thigh/' }];
  const near = wordsNearNames(['High blood pressure: tell the therapist.', 'Sciatic pain down the thigh; the fibromyalgia page.', 'cant move my thig'], terms);
  // "high" is one edit from "thigh", "sciatic" from "sciatica", "thig" too; "blood", "tell" and the names themselves are not sent.
  assert.deepEqual(near, ['high', 'sciatic', 'thig']);
});

test('comparison queries name two types in any of the usual phrasings', () => {
  assert.deepEqual(comparedTypes('deep tissue vs swedish', vocabulary), ['deep-tissue-massage', 'swedish-massage']);
  assert.deepEqual(comparedTypes('Difference between medical massage and deep tissue massage?', vocabulary), ['medical-massage', 'deep-tissue-massage']);
  assert.deepEqual(comparedTypes('trigger point therapy versus myofascial release', vocabulary), ['trigger-point-therapy', 'myofascial-release']);
  assert.equal(comparedTypes('deep tissue vs deep tissue', vocabulary), undefined);
  assert.equal(comparedTypes('knots in my shoulder', vocabulary), undefined);
});

test('normalising drops case, accents and punctuation', () => {
  assert.equal(normalise('  Crème-Brûlée, vs. X! '), 'creme brulee vs x');
  assert.equal(normalise("Can't sleep"), 'cant sleep');
  assert.equal(normalise('Can’t sleep'), 'cant sleep');
});

test('a comparison may follow other words ("what\'s the difference between …")', () => {
  assert.deepEqual(comparedTypes("what's the difference between swedish and deep tissue massage", vocabulary), ['swedish-massage', 'deep-tissue-massage']);
  assert.deepEqual(comparedTypes('should i get swedish or deep tissue', vocabulary), ['swedish-massage', 'deep-tissue-massage']);
});

test('the deletion index finds exactly the words that comparing each word with every name finds', () => {
  const names = ['fibromyalgia', 'sciatica', 'thigh', 'shoulder', 'neck', 'lymphedema', 'reflexology', 'tuina', 'back'];
  const typos = ['fibromialgia', 'fibromyalgai', 'fbromyalgia', 'sciatic', 'sciatcia', 'high', 'thighs', 'sholuder', 'shoulders', 'nekc', 'neck', 'deck', 'lymphoedema', 'reflexolgy', 'reflexologist', 'tunia', 'tuna', 'bak', 'backs', 'blood', 'therapist', 'ab'];
  const allowed = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);
  const compared = typos.filter((w) => !names.includes(w) && allowed(w.length) > 0 && names.some((n) => Math.abs(n.length - w.length) <= 2 && editDistance(w, n) <= allowed(w.length)));
  assert.deepEqual(wordsNearNames([typos.join(' ')], names.map((term) => ({ term, url: '/' }))), [...new Set(compared)].sort());
});

test('deletions are every way of dropping that many letters', () => {
  assert.deepEqual([...deletions('neck', 1)].sort(), ['eck', 'nck', 'nec', 'nek']);
  assert.deepEqual([...deletions('abc', 2)].sort(), ['a', 'b', 'c']);
  assert.deepEqual([...deletions('abc', 0)], ['abc']);
});
