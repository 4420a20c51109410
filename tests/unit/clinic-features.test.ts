import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributionSnippet, searchFormSnippet } from '../../src/lib/clinic-snippets.ts';
import { embedSafetyNote, embedSnippet, oembedResponse } from '../../src/lib/embeds.ts';
import { feedItems } from '../../src/lib/feed.ts';
import { conditionHandoutSections, MAX_ITEMS, typeHandoutSections } from '../../src/lib/handouts.ts';
import { fitSummary } from '../../src/lib/og-image.ts';
import { shareCards, shareImagePath, shareTags } from '../../src/lib/share-preview.ts';
import { articleStructuredData, jsonLdText } from '../../src/lib/structured-data.ts';
import type { Graph } from 'schema-dts';

const nodes = (graph: Graph) => graph['@graph'] as unknown as Record<string, unknown>[];

const SITE = 'https://example.org';
const base = { aliases: [], lastReviewed: new Date('2026-11-01'), faq: [], breadcrumbs: [{ name: 'Home', url: `${SITE}/` }] };

test('JSON-LD: a condition is a MedicalCondition with its ICD-10-CM codes, an FAQ becomes an FAQPage', () => {
  const graph = articleStructuredData({ ...base, kind: 'conditions', url: `${SITE}/conditions/sciatica/`, title: 'Sciatica', summary: 's', icd10cm: ['M54.30'], faq: [{ question: 'Q?', answer: 'A.' }] });
  const [page, crumbs, faq] = nodes(graph);
  assert.equal(page!['@type'], 'MedicalWebPage');
  assert.equal(page!['lastReviewed'], '2026-11-01');
  assert.deepEqual(page!['about'], { '@type': 'MedicalCondition', name: 'Sciatica', code: [{ '@type': 'MedicalCode', codeValue: 'M54.30', codingSystem: 'ICD-10-CM' }] });
  assert.equal(crumbs!['@type'], 'BreadcrumbList');
  assert.equal(faq!['@type'], 'FAQPage');
});

test('JSON-LD: a type is a MedicalTherapy, a guide has no subject, and no FAQPage without questions', () => {
  const type = articleStructuredData({ ...base, kind: 'types', url: `${SITE}/types/x/`, title: 'X', summary: 's', aliases: ['Y'] });
  assert.deepEqual(nodes(type)[0]!['about'], { '@type': 'MedicalTherapy', name: 'X', alternateName: ['Y'] });
  assert.equal(nodes(type).length, 2);
  const guide = articleStructuredData({ ...base, kind: 'guides', url: `${SITE}/guides/x/`, title: 'X', summary: 's' });
  assert.equal(nodes(guide)[0]!['about'], undefined);
});

test('JSON-LD text cannot close its script element', () => {
  const graph = articleStructuredData({ ...base, kind: 'guides', url: `${SITE}/`, title: '</script><script>alert(1)</script>', summary: 's' });
  assert.ok(!jsonLdText(graph).includes('</script>'));
  assert.equal(JSON.parse(jsonLdText(graph))['@graph'][0].name, '</script><script>alert(1)</script>');
});

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

test('long summaries are cut at a word for the share card', () => {
  const cut = fitSummary('word '.repeat(60), 40);
  assert.ok(cut.length <= 41 && cut.endsWith('…') && !cut.includes('wor…'));
  assert.equal(fitSummary('short'), 'short');
  assert.equal(fitSummary('It helps. Not always so.', 12), 'It helps…');
});

test('oEmbed: a rich response whose html frames the card', () => {
  const o = oembedResponse(SITE, { kind: 'types', slug: 'swedish-massage', title: 'Swedish "massage"', siteName: 'S' });
  assert.equal(o.type, 'rich');
  assert.equal(o.url, `${SITE}/types/swedish-massage/`);
  assert.match(o.html, /^<iframe src="https:\/\/example\.org\/embed\/types\/swedish-massage\/" title="Swedish &quot;massage&quot;: summary card"/);
  assert.equal(embedSnippet(SITE, 'types', 'a', 'A'), o.html.replace('swedish-massage', 'a').replace('Swedish &quot;massage&quot;', 'A'));
  assert.equal(embedSafetyNote('conditions').fragment, '#red-flags');
});

test('the feed lists the most recently reviewed articles first', () => {
  const at = (d: string) => ({ title: d, summary: 's', lastReviewed: new Date(d) });
  const items = feedItems({ types: [{ id: 'old', data: at('2025-01-01') }], techniques: [], conditions: [{ id: 'new', data: at('2026-11-01') }], regions: [], guides: [] });
  assert.deepEqual(items.map((i) => i.link), ['/conditions/new/', '/types/old/']);
  assert.deepEqual(items[0]!.categories, ['Condition']);
});

test('handouts keep every list short and put the strongest evidence first', () => {
  const many = Array.from({ length: 9 }, (_, i) => `item ${i}`);
  const sections = typeHandoutSections({ title: 'T', chooseIf: many, cautions: many, redFlags: many, evidence: [{ title: 'B', grade: 'limited' }, { title: 'A', grade: 'moderate' }] });
  assert.ok(sections.every((s) => s.items.length <= MAX_ITEMS));
  assert.deepEqual(sections.find((s) => s.id === 'evidence')!.items, ['A: moderate evidence', 'B: limited evidence']);
  assert.deepEqual(conditionHandoutSections({ cautions: ['c'], redFlags: ['r'], evidence: [] }).map((s) => s.id), ['ask-first', 'red-flags']);
});

test('clinic snippets point at our absolute URLs and escape text', () => {
  assert.match(searchFormSnippet(SITE), /action="https:\/\/example\.org\/search\/" method="get"/);
  assert.match(searchFormSnippet(SITE), /name="q"/);
  assert.match(attributionSnippet(SITE, '/types/a/', 'A & B'), /<a href="https:\/\/example\.org\/types\/a\/">A &amp; B<\/a>/);
});
