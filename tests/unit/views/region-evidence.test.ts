import assert from 'node:assert/strict';
import { test } from 'node:test';
import { regionEvidence } from '../../../src/lib/views/region-evidence.ts';

test("a region's conditions, best evidence first, each with its types grouped by grade", () => {
  const rows = regionEvidence(
    [
      { id: 'tension-headache', title: 'Tension headache', inSentence: 'tension headache', headline: [] },
      { id: 'neck-pain', title: 'Neck pain', inSentence: 'neck pain', headline: ['For neck pain, compared with sham massage, massage probably makes little or no difference to pain.'] },
      { id: 'whiplash', title: 'Whiplash', inSentence: 'whiplash', headline: [] },
    ],
    [
      { typeId: 'swedish', typeTitle: 'Swedish massage', condition: 'tension-headache', grade: 'insufficient' },
      { typeId: 'tp', typeTitle: 'Trigger point therapy', condition: 'tension-headache', grade: 'limited' },
      { typeId: 'swedish', typeTitle: 'Swedish massage', condition: 'neck-pain', grade: 'limited' },
      { typeId: 'chair', typeTitle: 'Chair massage', condition: 'neck-pain', grade: 'limited' },
    ],
  );
  assert.deepEqual(rows.map((r) => r.id), ['neck-pain', 'tension-headache'], 'a condition no type claims is left out');
  assert.deepEqual(rows[0]!.grades, [{ grade: 'limited', types: [{ id: 'chair', title: 'Chair massage' }, { id: 'swedish', title: 'Swedish massage' }] }]);
  assert.deepEqual(rows[1]!.grades.map((g) => g.grade), ['limited', 'insufficient']);
  assert.deepEqual(rows[0]!.headline, ['For neck pain, compared with sham massage, massage probably makes little or no difference to pain.'], 'what decided the evidence travels with the condition');
});
