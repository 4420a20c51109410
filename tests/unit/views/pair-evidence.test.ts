import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EvidenceRow } from '../../../src/lib/model/evidence.ts';
import { pairEvidence } from '../../../src/lib/views/pair-evidence.ts';

const row = (id: string, grade: EvidenceRow['grade'], findings: [string, boolean][]): EvidenceRow => ({
  id,
  href: `/conditions/${id}/`,
  title: id,
  grade,
  computed: grade,
  direct: findings.some(([, general]) => !general),
  shown: [],
  headline: [`${id}: ${findings.some(([, general]) => !general) ? 'by name' : 'massage in general'}`],
  findings: findings.map(([text, general]) => ({ text, sourceId: 's', general })),
  statements: [],
  restsOn: '',
});

test('shared conditions come first, and a general study shows once, counting for both', () => {
  const rows = pairEvidence(
    [row('stress', 'insufficient', []), row('low-back-pain', 'limited', [['Cochrane', true], ['Cherkin trial', false]])],
    [row('low-back-pain', 'limited', [['Cochrane', true]])],
  );
  assert.deepEqual(rows.map((r) => [r.id, r.grades]), [['low-back-pain', ['limited', 'limited']], ['stress', ['insufficient', undefined]]]);
  assert.deepEqual(rows[0]!.findings.map((f) => [f.text, f.appliesTo]), [['Cochrane', 'both'], ['Cherkin trial', 0]]);
  // Each side's deciding statement: the first type's rests on a study of it by name, the second's on massage in general.
  assert.deepEqual(rows[0]!.headlines, [
    { who: 0, sentences: ['low-back-pain: by name'] },
    { who: 1, sentences: ['low-back-pain: massage in general'] },
  ]);
});

test('two grades that rest on the same sentences show them once, for both', () => {
  const [lbp] = pairEvidence([row('low-back-pain', 'insufficient', [['Cochrane', true]])], [row('low-back-pain', 'insufficient', [['Cochrane', true]])]);
  assert.deepEqual(lbp!.headlines, [{ who: 'both', sentences: ['low-back-pain: massage in general'] }]);
});

test('a condition only the second type claims keeps its side', () => {
  const [only] = pairEvidence([], [row('neck-pain', 'no-benefit-shown', [['Gross', true]])]);
  assert.deepEqual(only!.grades, [undefined, 'no-benefit-shown']);
  assert.equal(only!.findings[0]!.appliesTo, 1);
});

test('a named and a general finding with the same words stay two findings', () => {
  const [lbp] = pairEvidence([row('low-back-pain', 'limited', [['Better function at 10 weeks', false], ['Better function at 10 weeks', true]])], []);
  assert.deepEqual(lbp!.findings.map((f) => f.general), [false, true]);
});
