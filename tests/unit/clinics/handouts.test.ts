import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conditionHandoutSections, handoutView, MAX_ITEMS, typeHandoutSections } from '../../../src/lib/clinics/handouts.ts';
import { smallSite } from '../views/small-site.ts';

test('handouts keep every list short and put the strongest evidence first', () => {
  const many = Array.from({ length: 9 }, (_, i) => `item ${i}`);
  const sections = typeHandoutSections({ title: 'T', chooseIf: many, cautions: many, redFlags: many, evidence: [{ title: 'B', grade: 'limited' }, { title: 'A', grade: 'moderate' }] });
  assert.ok(sections.every((s) => s.items.length <= MAX_ITEMS));
  assert.deepEqual(sections.find((s) => s.id === 'evidence')!.items, ['A: moderate evidence', 'B: limited evidence']);
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
});
