import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundAsWritten, nearestTopics, sameWord, sureTypoFix, wordsToCheck } from '../../../src/lib/search/honesty.ts';

test('a word and its forms are one word; a word and a longer word it begins are not', () => {
  for (const [a, b] of [['sections', 'section'], ['rolling', 'roll'], ['injuries', 'injury'], ['stretched', 'stretch'], ['Near', 'near']] as const) assert.ok(sameWord(a, b), `${a} ${b}`);
  for (const [a, b] of [['kids', 'kidneys'], ['kid', 'kidney'], ['near', 'nearly'], ['xyzzy', 'x'], ['therapy', 'theragun']] as const) assert.ok(!sameWord(a, b), `${a} ${b}`);
});

test('what Pagefind highlighted counts only when it is the word itself, punctuation aside', () => {
  assert.ok(foundAsWritten('sections', ['sections.', 'section']));
  assert.ok(!foundAsWritten('kids', ['kidney', 'kidneys']));
  assert.ok(!foundAsWritten('xyzzy', ['X.']));
  assert.ok(!foundAsWritten('kids', []));
});

const vocabulary = {
  terms: [
    { term: 'shoulder pain', url: '/regions/shoulders/' },
    { term: 'shoulders', url: '/regions/shoulders/' },
    { term: 'pregnancy', url: '/types/prenatal-massage/' },
    { term: 'adhesion', url: '/guides/glossary/#term-adhesion' },
    { term: 'find a massage therapist', url: '/guides/finding-a-therapist/' },
  ],
  realWords: ['tender'],
  questions: [{ words: 'hurt afterwards', url: '/guides/faq/' }],
};

test('only words none of our names, questions or real words use are checked against the index', () => {
  assert.deepEqual(wordsToCheck(['shoulder', 'tender', 'afterwards', 'kids', 'xyzzy'], vocabulary), ['kids', 'xyzzy']);
});

test('nothing found: the nearest topics by the start of a word or a small typo, then always the guide to finding a therapist', () => {
  const titles: Record<string, string> = { '/regions/shoulders/': 'Shoulders', '/types/prenatal-massage/': 'Prenatal massage' };
  const guide = { title: 'How to find and check a qualified massage therapist', url: '/guides/finding-a-therapist/' };
  assert.deepEqual(nearestTopics(['shoulderblade'], vocabulary, (u) => titles[u], guide), [{ title: 'Shoulders', url: '/regions/shoulders/' }, guide]);
  assert.deepEqual(nearestTopics(['pregnacy'], vocabulary, (u) => titles[u], guide), [{ title: 'Prenatal massage', url: '/types/prenatal-massage/' }, guide]);
  assert.deepEqual(nearestTopics(['xyzzy'], vocabulary, (u) => titles[u], guide), [guide]);
});

test('a sure typo is corrected to a name, or to a word readers type, never a short word to its neighbour', () => {
  const v = { ...vocabulary, terms: [...vocabulary.terms, { term: 'kinds of massage', url: '/types/' }], types: [], pairs: [], safety: [], synonyms: [{ readers: ['pregnant', 'mum to be'], ours: 'pregnancy' }] };
  assert.equal(sureTypoFix('sholder', v), 'shoulder');
  assert.equal(sureTypoFix('pregant', v), 'pregnant');
  assert.equal(sureTypoFix('kids', v), undefined);
  assert.equal(sureTypoFix('xyzzy', v), undefined);
});
