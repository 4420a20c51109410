import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conditionView, guideView, regionView, techniqueView, typeView } from '../../../src/lib/views/articles.ts';
import { smallSite, typeEntry } from './small-site.ts';

const headings = [{ depth: 2, slug: 'what-it-is', text: 'What is it?' }];
const site = smallSite();
const ids = (items: { id: string }[]) => items.map((i) => i.id);

test('a type without prices has no #cost in its contents and no price table', () => {
  const view = typeView(site, site.entry('types', 'swedish'), headings);
  assert.deepEqual(ids(view.frame.outline), ['at-a-glance', 'what-it-is', 'evidence', 'techniques-used', 'choose', 'safety', 'faq', 'sources']);
  assert.equal(view.cost, undefined);
});

test('a type with prices lists #cost and cites the prices\' source', () => {
  const view = typeView(site, site.entry('types', 'deep-tissue'), headings);
  assert.ok(ids(view.frame.outline).includes('cost'));
  assert.equal(view.cost?.source.id, 'prices');
  assert.ok(view.frame.sources.some((s) => s.id === 'prices'));
});

test('a type cites the studies of its style by name, not those of massage in general', () => {
  assert.deepEqual(ids(typeView(site, site.entry('types', 'swedish'), headings).frame.sources), ['review', 'trial']);
  assert.deepEqual(ids(typeView(site, site.entry('types', 'deep-tissue'), headings).frame.sources), ['review', 'prices']);
});

test('related types show on both pages, as the page comparing the two', () => {
  assert.deepEqual(typeView(site, site.entry('types', 'swedish'), headings).related, [{ href: '/compare/deep-tissue-vs-swedish/', title: 'Swedish massage vs Deep tissue massage' }]);
  assert.deepEqual(typeView(site, site.entry('types', 'deep-tissue'), headings).related?.map((c) => c.href), ['/compare/deep-tissue-vs-swedish/']);
});

test('a related type without a pair page opens the picker', () => {
  const lonely = smallSite({ pairs: [] });
  assert.match(typeView(lonely, lonely.entry('types', 'swedish'), headings).related?.[0]?.href ?? '', /^\/compare\/\?t=/);
});

test('a type with no graded claims lists no #evidence', () => {
  const ungraded = smallSite({ types: [typeEntry('swedish', 'Swedish massage')], pairs: [] });
  const view = typeView(ungraded, ungraded.entry('types', 'swedish'), headings);
  // The route renders no evidence section: there is no data for it.
  assert.equal(view.evidence, undefined);
  assert.ok(!ids(view.frame.outline).includes('evidence'));
});

test('a technique with questions lists its FAQ; its types and related techniques are cards', () => {
  const view = techniqueView(site, site.entry('techniques', 'effleurage'), headings);
  assert.deepEqual(ids(view.frame.outline), ['what-it-is', 'used-in', 'safety', 'faq', 'sources']);
  assert.deepEqual(view.usedIn.map((c) => c.title), ['Deep tissue massage', 'Swedish massage']);
  assert.deepEqual(view.related, [{ href: '/techniques/petrissage/', title: 'Petrissage' }]);
});

test('a condition shows the types graded for it, best grade first, and its regions', () => {
  const view = conditionView(site, site.entry('conditions', 'low-back-pain'), headings);
  // Swedish massage was tested by name; deep tissue massage rests on a review of massage in general, one level less certain.
  assert.deepEqual(view.evidence.map((r) => [r.id, r.grade]), [['swedish', 'limited'], ['deep-tissue', 'insufficient']]);
  assert.deepEqual(view.statements, [
    'For low back pain, compared with no treatment or usual care, massage may help with pain. Low certainty. Source: Furlan et al., review.',
  ]);
  assert.deepEqual(view.regions, [{ id: 'lower-back', title: 'Lower back', inSentence: 'lower back', href: '/regions/lower-back/' }]);
  assert.deepEqual(view.related?.map((c) => c.href), ['/conditions/sciatica/']);
  assert.deepEqual(ids(view.frame.outline), ['what-it-is', 'evidence', 'safety', 'faq', 'sources']);
  assert.deepEqual(view.frame.regions, ['Lower back']);
});

test('a region lists its conditions, their grades and the types that focus on it', () => {
  const view = regionView(site, site.entry('regions', 'lower-back'), headings);
  assert.equal(view.area, 'lower back');
  assert.deepEqual(view.conditions.map((c) => c.title), ['Low back pain', 'Sciatica']);
  assert.deepEqual(view.evidence?.map((e) => e.id), ['low-back-pain']);
  assert.deepEqual(ids(view.frame.outline), ['common-problems', 'what-it-is', 'conditions', 'evidence', 'types', 'sources']);
  // The fixture region's text links to no condition, so none is called common.
  assert.deepEqual(view.common, []);
});

test('a guide lists its FAQ and hands the glossary to its body', () => {
  const view = guideView(site, site.entry('guides', 'safety'), []);
  assert.deepEqual(ids(view.frame.outline), ['faq', 'sources']);
  assert.equal(view.glossary, site.glossary);
});

test("an optional section's data is there exactly when the section registry shows it, and never empty", () => {
  // The routes render each optional section when its data is there (src/pages/*/[slug].astro); the registry's facts must agree with what the view finds.
  const present = (value: unknown) => value !== undefined && (!Array.isArray(value) || value.length > 0);
  for (const type of site.types) {
    const view = typeView(site, type, headings);
    for (const [id, value] of [['evidence', view.evidence], ['cost', view.cost], ['related', view.related]] as const) {
      assert.equal(present(value), view.sections.shows(id), `${type.id}: ${id}`);
    }
  }
  for (const condition of site.conditions) assert.equal(present(conditionView(site, condition, headings).related), conditionView(site, condition, headings).sections.shows('related'), condition.id);
  const swedish = typeView(site, site.entry('types', 'swedish'), headings);
  assert.ok(swedish.evidence?.length && swedish.related?.length, 'the small site has a type with both, so the loop tested something');
});
