import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageMap } from '../../../src/lib/checks/pages.ts';
import { findDeadLinks } from '../../../src/lib/checks/link-check.ts';
import { articleOutline, sectionLine } from '../../../src/lib/views/outline.ts';
import type { ArticleKind } from '../../../src/lib/model/urls.ts';
import { alwaysLinkable, checkSections, deepLinkSections, DATA_SECTIONS, pageSections, shownSections, type SectionFacts } from '../../../src/lib/model/sections.ts';

const none: SectionFacts = { faq: 0, related: 0, evidence: 0, prices: false };
const prose = [
  { depth: 2, slug: 'what-it-is', text: 'What is it?' },
  { depth: 3, slug: 'detail', text: 'Detail' },
];
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

test('the outline puts sections above the body first, then the h2s, then the rest in page order', () => {
  assert.deepEqual(ids(articleOutline('types', none, prose)), ['at-a-glance', 'what-it-is', 'techniques-used', 'choose', 'safety', 'sources']);
});

test('a type lists #cost and #evidence only when it has prices and graded claims', () => {
  const full = articleOutline('types', { ...none, prices: true, evidence: 2, faq: 1 }, prose);
  assert.deepEqual(ids(full), ['at-a-glance', 'what-it-is', 'evidence', 'techniques-used', 'choose', 'safety', 'cost', 'faq', 'sources']);
  assert.ok(!ids(articleOutline('types', none, prose)).includes('cost'));
});

test('a technique with questions lists its FAQ in the contents', () => {
  assert.deepEqual(ids(articleOutline('techniques', { ...none, faq: 2 }, prose)), ['what-it-is', 'used-in', 'safety', 'faq', 'sources']);
  assert.deepEqual(ids(articleOutline('techniques', none, prose)), ['what-it-is', 'used-in', 'safety', 'sources']);
});

test('sub-sections and related cards are linkable but not listed', () => {
  const shown = ids(shownSections('types', { ...none, related: 1 }));
  for (const id of ['choose-suits', 'safety-ask-first', 'red-flags', 'related']) assert.ok(shown.includes(id), id);
  assert.deepEqual(ids(articleOutline('types', { ...none, related: 1 }, [])).filter((id) => ['choose-suits', 'related'].includes(id)), []);
});

test("a page's sections: what its route renders and under which heading, by the same rules as its contents list", () => {
  const plain = pageSections('types', none);
  const full = pageSections('types', { faq: 1, related: 2, evidence: 3, prices: true });
  for (const id of ['evidence', 'cost', 'related', 'faq']) {
    assert.equal(plain.shows(id), false, id);
    assert.equal(full.shows(id), true, id);
  }
  for (const id of ['at-a-glance', 'techniques-used', 'safety', 'red-flags', 'sources']) assert.equal(plain.shows(id), true, id);
  // A condition's page says what the research says even with nothing graded; a region's only with grades.
  assert.equal(pageSections('conditions', none).shows('evidence'), true);
  assert.equal(pageSections('regions', none).shows('evidence'), false);
  // A listed section's heading repeats its line in the contents list, in the page's language.
  assert.ok(plain.listed('evidence') && plain.listed('safety') && !plain.listed('related'));
  assert.equal(sectionLine('types', 'evidence'), 'What the research says');
  assert.equal(sectionLine('types', 'safety'), 'Is it safe for me?');
  assert.equal(sectionLine('conditions', 'safety'), 'Is massage safe for me?');
  assert.equal(sectionLine('techniques', 'safety'), 'Safety');
});

test('a link to a section the page does not show is a dead link', () => {
  const body = '## What is it? { #what-it-is }';
  const pages = pageMap(
    [
      { kind: 'types', id: 'plain', body, facts: none },
      { kind: 'types', id: 'priced', body, facts: { ...none, prices: true } },
    ],
    [],
    [],
  );
  const link = (path: string) => findDeadLinks('content/guides/costs.md', '/guides/costs/', [{ path, fragment: 'cost', line: 3 }], pages);
  assert.deepEqual(link('/types/priced/'), []);
  assert.match(link('/types/plain/')[0]?.message ?? '', /\/types\/plain\/#cost names a section that \/types\/plain\/ does not have/);
  assert.ok(pages.get('/types/plain/')?.has('what-it-is'));
});

test('the pair pages and fixed pages are in the map', () => {
  const pages = pageMap([], [['a', 'b'], ['a', 'c']], [{ id: 'a-vs-b', body: '## Extra { #extra }', faq: 2 }, { id: 'a-vs-c', body: '', faq: 0 }]);
  assert.deepEqual([...(pages.get('/compare/a-vs-b/') ?? [])].sort(), ['choose', 'choose-a', 'choose-b', 'differences', 'evidence', 'extra', 'faq', 'side-by-side', 'sources']);
  // FaqList renders nothing without questions, so a link to #faq there is dead.
  assert.ok(!pages.get('/compare/a-vs-c/')?.has('faq'));
  assert.ok(pages.has('/types/') && pages.has('/api/v1/evidence.json'));
});

test('an id its layout may render is reserved in that kind only', () => {
  assert.deepEqual(checkSections('types', ['what-it-is', 'what-to-expect', 'benefits', 'aftercare', 'differences', 'cost', 'red-flags']), [
    { id: 'cost', problem: 'reserved' },
    { id: 'red-flags', problem: 'reserved' },
  ]);
  // The safety guide writes its own #red-flags and #safety sections.
  assert.deepEqual(checkSections('guides', ['red-flags', 'safety']), []);
  assert.deepEqual(checkSections('guides', ['faq']), [{ id: 'faq', problem: 'reserved' }]);
});

test('every kind ends with its FAQ and sources, and no id appears twice in a registry', () => {
  for (const [kind, sections] of Object.entries(DATA_SECTIONS)) {
    assert.deepEqual(ids(sections).slice(-2), ['faq', 'sources'], kind);
    assert.equal(new Set(ids(sections)).size, sections.length, kind);
  }
});

test('a link written without looking may target only what every page of the kind has', () => {
  const types = alwaysLinkable('types');
  for (const id of ['what-it-is', 'aftercare', 'at-a-glance', 'safety', 'red-flags', 'sources']) assert.ok(types.includes(id), id);
  for (const id of ['cost', 'evidence', 'related', 'faq']) assert.ok(!types.includes(id), id);
  assert.deepEqual(alwaysLinkable('guides'), ['sources']);
});

test('the For clinics page promises every listed section of a kind and its warning signs', () => {
  assert.deepEqual(deepLinkSections('techniques'), ['what-it-is', 'how-it-is-done', 'benefits', 'used-in', 'safety', 'faq', 'sources']);
  assert.deepEqual(deepLinkSections('conditions').slice(4), ['evidence', 'safety', 'red-flags', 'faq', 'sources']);
});

test('every section in a contents list has its line in the English table, and the safety box is named for its kind', () => {
  for (const [kind, sections] of Object.entries(DATA_SECTIONS) as [ArticleKind, (typeof DATA_SECTIONS)[ArticleKind]][]) {
    for (const s of sections.filter((s) => s.listed)) assert.ok(sectionLine(kind, s.id), `${kind} #${s.id} has no line in src/i18n/en/sections.ts`);
  }
  const line = (kind: ArticleKind) => articleOutline(kind, none, prose).find((o) => o.id === 'safety')?.text;
  assert.deepEqual([line('types'), line('conditions'), line('techniques')], ['Is it safe for me?', 'Is massage safe for me?', 'Safety']);
});
