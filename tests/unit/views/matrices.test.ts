import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evidenceMatrix, techniqueMatrix } from '../../../src/lib/views/matrices.ts';

test('matrices come from the types in one pass', () => {
  const types = [
    { id: 'mld', techniques: [{ id: 'lymphatic-strokes' }], helps: [{ condition: { id: 'lymphedema' }, grade: 'limited' as const }] },
    { id: 'swedish', techniques: [{ id: 'effleurage' }], helps: [{ condition: { id: 'low-back-pain' }, grade: 'moderate' as const }] },
  ];
  assert.equal(evidenceMatrix(types).get('lymphedema')?.get('mld'), 'limited');
  assert.equal(evidenceMatrix(types).get('lymphedema')?.get('swedish'), undefined);
  assert.ok(techniqueMatrix(types).get('swedish')?.has('effleurage'));
});
