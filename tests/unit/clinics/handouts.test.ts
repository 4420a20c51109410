import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conditionHandoutSections, MAX_ITEMS, typeHandoutSections } from '../../../src/lib/clinics/handouts.ts';

test('handouts keep every list short and put the strongest evidence first', () => {
  const many = Array.from({ length: 9 }, (_, i) => `item ${i}`);
  const sections = typeHandoutSections({ title: 'T', chooseIf: many, cautions: many, redFlags: many, evidence: [{ title: 'B', grade: 'limited' }, { title: 'A', grade: 'moderate' }] });
  assert.ok(sections.every((s) => s.items.length <= MAX_ITEMS));
  assert.deepEqual(sections.find((s) => s.id === 'evidence')!.items, ['A: moderate evidence', 'B: limited evidence']);
  assert.deepEqual(conditionHandoutSections({ cautions: ['c'], redFlags: ['r'], evidence: [] }).map((s) => s.id), ['ask-first', 'red-flags']);
});
