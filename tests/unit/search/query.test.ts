import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applySynonyms, contentWords, namedPages, pagesAnswering, understandQuery } from '../../../src/lib/search/query.ts';
import type { Vocabulary } from '../../../src/lib/search/vocabulary.ts';

const vocabulary: Vocabulary = {
  terms: [
    { term: 'low back pain', url: '/conditions/low-back-pain/' },
    { term: 'lower back pain', url: '/regions/lower-back/' },
    { term: 'back and pelvic pain in pregnancy', url: '/conditions/pregnancy-back-and-pelvic-pain/' },
    { term: 'pregnancy back pain', url: '/conditions/pregnancy-back-and-pelvic-pain/' },
    { term: 'frozen shoulder', url: '/conditions/frozen-shoulder/' },
    { term: 'shoulders', url: '/regions/shoulders/' },
    { term: 'shoulder', url: '/regions/shoulders/' },
    { term: 'knots', url: '/conditions/muscle-knots/' },
    { term: 'lymphedema', url: '/conditions/lymphedema/' },
    { term: 'anxiety', url: '/conditions/anxiety/' },
    { term: 'shiatsu', url: '/types/shiatsu/' },
    { term: 'after a massage', url: '/guides/first-session/' },
    { term: 'adhesion', url: '/guides/glossary/#term-adhesion' },
  ],
  types: [
    { id: 'shiatsu', title: 'Shiatsu', names: ['shiatsu'] },
    { id: 'swedish-massage', title: 'Swedish massage', names: ['swedish massage', 'swedish'] },
    { id: 'deep-tissue-massage', title: 'Deep tissue massage', names: ['deep tissue massage', 'deep tissue'] },
  ],
  pairs: ['deep-tissue-massage-vs-swedish-massage'],
  safety: [],
  synonyms: [
    { readers: ['mastectomy'], ours: 'lymphedema' },
    { readers: ['cant lift my arm'], ours: 'frozen shoulder' },
    { readers: ['pregnant'], ours: 'pregnancy' },
  ],
  questions: [
    { words: 'hurt', url: '/guides/faq/' },
    { words: 'thai hurt', url: '/types/thai-massage/' },
    { words: 'cramps night', url: '/conditions/muscle-spasms/' },
  ],
  realWords: [],
};

test('filler words, numbers and units are not sent to the search', () => {
  assert.deepEqual(contentWords('28 weeks pregnancy lower back pain'), ['pregnancy', 'lower', 'back', 'pain']);
  assert.deepEqual(contentWords('what is the best massage for knots in my shoulder'), ['knots', 'shoulder']);
  assert.deepEqual(contentWords('how often should i get a massage'), ['often']);
});

test('a query of filler only keeps its meaningful words rather than nothing', () => {
  assert.deepEqual(contentWords('which massage is best for me'), ['which', 'massage', 'best']);
});

test('readers\u2019 phrases become ours, longest first and on whole words only', () => {
  assert.equal(applySynonyms('lymphedema after mastectomy', vocabulary), 'lymphedema after lymphedema');
  assert.equal(applySynonyms('cant lift my arm above my head', vocabulary), 'frozen shoulder above my head');
  assert.equal(applySynonyms('nonpregnant', vocabulary), 'nonpregnant');
});

test('the pages a query names come first, body areas after conditions', () => {
  assert.deepEqual(namedPages('knots in my shoulder', vocabulary), ['/conditions/muscle-knots/', '/regions/shoulders/']);
  assert.deepEqual(namedPages('28 weeks pregnancy lower back pain', vocabulary), ['/conditions/pregnancy-back-and-pelvic-pain/', '/regions/lower-back/']);
});

test('a term of filler words names a page only when typed whole; a glossary anchor never does', () => {
  assert.deepEqual(namedPages('can i have a massage after surgery', vocabulary), []);
  assert.deepEqual(namedPages('what to do after a massage', vocabulary), ['/guides/first-session/']);
  assert.deepEqual(namedPages('adhesion', vocabulary), []);
});

test('"is x good for y" puts the condition first, then the type', () => {
  const q = understandQuery('Is shiatsu good for anxiety?', vocabulary);
  assert.deepEqual(q.named.slice(0, 2), ['/conditions/anxiety/', '/types/shiatsu/']);
  assert.deepEqual(q.words, ['shiatsu', 'anxiety']);
});

test('the review\u2019s failing queries are understood', () => {
  assert.deepEqual(understandQuery('lymphedema after mastectomy', vocabulary).named, ['/conditions/lymphedema/']);
  assert.equal(understandQuery("can't lift my arm", vocabulary).named[0], '/conditions/frozen-shoulder/');
  assert.deepEqual(understandQuery("what's the difference between Swedish and deep tissue massage", vocabulary).pair, ['swedish-massage', 'deep-tissue-massage']);
});

test('a page whose FAQ asks the same question is named, best match first', () => {
  assert.deepEqual(pagesAnswering(['hurt'], vocabulary), ['/guides/faq/', '/types/thai-massage/']);
  assert.deepEqual(pagesAnswering(['cramp', 'night'], vocabulary), ['/conditions/muscle-spasms/']);
  assert.deepEqual(pagesAnswering(['sciatica'], vocabulary), []);
});
