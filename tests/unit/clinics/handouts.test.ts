import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conditionHandoutSections, handoutView, MAX_ITEMS, typeHandoutSections } from '../../../src/lib/clinics/handouts.ts';
import { smallSite } from '../views/small-site.ts';

test('handouts print every caution and urgent sign, shorten other lists with a count, and put the strongest evidence first', () => {
  const many = Array.from({ length: 9 }, (_, i) => `item ${i}`);
  const evidence = [
    { title: 'B', grade: 'limited' as const, direct: false },
    { title: 'A', grade: 'moderate' as const, direct: false },
    { title: 'C', grade: 'limited' as const, direct: true },
  ];
  const sections = typeHandoutSections({ title: 'T', chooseIf: many, cautions: many, redFlags: many, evidence });
  const items = (id: string) => sections.find((s) => s.id === id)!.items;
  assert.deepEqual(items('ask-first'), many);
  assert.deepEqual(items('red-flags'), many);
  assert.equal(items('suits').length, MAX_ITEMS);
  assert.equal(items('suits').at(-1), 'And 6 more on the full page.');
  assert.deepEqual(items('evidence'), ['A: moderate evidence', 'C: limited evidence (tested by name)', 'B: limited evidence']);
  assert.deepEqual(conditionHandoutSections({ cautions: ['c'], redFlags: ['r'], evidence: [] }).map((s) => s.id), ['ask-first', 'red-flags']);
});

test("a handout shows its article's summary and sections, and gives the full article's address for the QR code", () => {
  const view = handoutView(smallSite(), 'conditions', 'low-back-pain', new URL('https://example.org'));
  assert.equal(view.kindLabel, 'Condition');
  assert.equal(view.title, 'Low back pain');
  assert.equal(view.articleHref, '/conditions/low-back-pain/');
  assert.equal(view.page, 'https://example.org/conditions/low-back-pain/');
  assert.deepEqual(view.sections.map((s) => s.id), ['evidence', 'ask-first', 'red-flags']);
  assert.deepEqual(view.sections[2]!.items, ['Sudden weakness in a leg.']);
  assert.equal(view.evidenceAsOf, '2026-12-01');
});
