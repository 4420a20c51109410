import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codePageView, homeView, kindIndexView } from '../../../src/lib/views/listings.ts';
import { searchPageView } from '../../../src/lib/views/search-page.ts';
import { smallSite } from './small-site.ts';

const site = smallSite();

test("the home page lists body areas and guides by title, and types with their summaries, in the loader's order", () => {
  const home = homeView(site);
  assert.deepEqual(home.regions, [{ href: '/regions/lower-back/', title: 'Lower back' }]);
  assert.deepEqual(home.guides, [{ href: '/guides/safety/', title: 'Safety' }]);
  assert.deepEqual(
    home.types.map((t) => t.href),
    site.types.map((t) => `/types/${t.id}/`),
  );
  assert.match(home.types[0]!.summary ?? '', /^Deep tissue massage: what it is/);
});

test('a kind with an A to Z index groups its cards by letter; body areas and guides keep their order', () => {
  const techniques = kindIndexView(site, 'techniques');
  assert.equal(techniques.heading, 'Techniques A to Z');
  assert.ok(!techniques.ordered);
  assert.deepEqual(
    techniques.letters.map((g) => [g.letter, g.items.map((c) => c.href)]),
    [
      ['E', ['/techniques/effleurage/']],
      ['P', ['/techniques/petrissage/']],
    ],
  );
  const regions = kindIndexView(site, 'regions');
  assert.equal(regions.heading, 'Body areas');
  assert.ok(regions.ordered);
  assert.deepEqual(regions.cards.map((c) => c.href), ['/regions/lower-back/']);
  assert.match(regions.intro, /^Start from where it hurts/);
});

test('a code one condition holds redirects to it; a code several share lists them', () => {
  assert.deepEqual(codePageView(site, ['sciatica']), { redirect: '/conditions/sciatica/' });
  const shared = codePageView(site, ['low-back-pain', 'sciatica']);
  assert.ok('cards' in shared);
  assert.deepEqual(shared.cards.map((c) => c.title), ['Low back pain', 'Sciatica']);
});

test("the search page filters by the labels pages are indexed under, and links each kind's A to Z without script", () => {
  const view = searchPageView(site);
  assert.deepEqual(view.kinds, ['Body area', 'Comparison', 'Condition', 'Guide', 'Massage type', 'Technique']);
  assert.deepEqual(view.regions, ['Lower back']);
  assert.deepEqual(view.browse[0], { href: '/types/', title: 'Massage types A to Z' });
});

test("the search page hands its script the language's words as JSON: plain templates and plural forms, every place one the script fills", () => {
  const words = JSON.parse(searchPageView(site).scriptWords) as Record<string, unknown>;
  assert.equal(words['locale'], 'en');
  assert.equal(words['pairTitle'], '{a} vs {b}');
  assert.deepEqual(words['results'], { one: '{count} result for “{query}”.', other: '{count} results for “{query}”.' });
  // What the script fills each template with (src/scripts/search-engine.ts); a place it does not fill would show as "{name}".
  const fills: Record<string, string[]> = {
    tooLong: ['length', 'max'],
    safetyAnswerSaid: ['answer'],
    ourPageSays: ['quote'],
    readMore: ['title'],
    showingFor: ['query'],
    searchOnlyFor: ['query'],
    notMentioned: ['missing', 'kept'],
    didYouMean: ['query'],
    nearestTopics: ['topics'],
    results: ['count', 'query'],
    noResults: ['query', 'alsoFor', 'beyond'],
    noResultsAlsoFor: ['query'],
    showMore: ['count'],
    section: ['title'],
    pairTitle: ['a', 'b'],
  };
  const places = (value: unknown): string[] => (typeof value === 'string' ? [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!) : Object.values(value as object).flatMap(places));
  for (const [key, value] of Object.entries(words)) {
    assert.deepEqual([...new Set(places(value))].sort(), (fills[key] ?? []).sort(), key);
  }
});
