import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shareCards, shareImagePath, shareTags } from '../../../src/lib/clinics/share-preview.ts';

const SITE = 'https://example.org';

test('share images: articles and indexes have their own, generated families share one', () => {
  assert.equal(shareImagePath('/types/medical-massage/'), '/og/types/medical-massage.png');
  assert.equal(shareImagePath('/types/'), '/og/types.png');
  assert.equal(shareImagePath('/compare/a-vs-b/'), '/og/compare.png');
  assert.equal(shareImagePath('/decide/pregnant-no/'), '/og/decide.png');
  assert.equal(shareImagePath('/'), '/og/home.png');
  assert.equal(shareImagePath('/codes/icd-10/M54/'), '/og/home.png');
});

test('every share card is built at the image path its page asks for', () => {
  const a = [{ id: 'x', data: { title: 'X', summary: 'S' } }];
  const cards = shareCards({ types: a, techniques: a, conditions: a, regions: a, guides: a }, { home: 'h', compare: 'c', decide: 'd', forClinics: 'f' });
  for (const card of cards) assert.equal(card.image, shareImagePath(card.page));
  assert.equal(new Set(cards.map((c) => c.image)).size, cards.length);
});

test('share tags carry the page and a 1200x630 image', () => {
  const tags = shareTags({ siteName: 'S', title: 'T', description: 'D', url: `${SITE}/t/`, image: `${SITE}/og/t.png`, article: true });
  const get = (key: string) => tags.find((t) => t.key === key)?.content;
  assert.equal(get('og:type'), 'article');
  assert.equal(get('og:image'), `${SITE}/og/t.png`);
  assert.equal(get('twitter:card'), 'summary_large_image');
});
