import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimWordingProblems } from '../../../src/lib/checks/claim-wording.ts';
import { gradeEvidence } from '../../../src/lib/checks/evidence-grades.ts';

const page = (id: string, title: string, body: string) => ({ id, file: `content/x/${id}.md`, title, summary: `${title}, in plain words.`, body });

test('a condition page is held to the grades of the types that claim it', () => {
  const types = [{ ...page('swedish', 'Swedish massage', ''), claims: [{ condition: 'stress', grade: 'limited' as const }] }];
  const strong = page('stress', 'Stress', '## Benefits { #benefits }\n\n[Swedish massage](/types/swedish/) is proven to cure stress.');
  const problems = claimWordingProblems(types, [strong]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.file, 'content/x/stress.md');
  assert.deepEqual(claimWordingProblems(types, [page('stress', 'Stress', '## Benefits { #benefits }\n\nSwedish massage may help a little.')]), []);
});

test('a claim\'s note is held to its grade on the type page', () => {
  const types = [{ ...page('swedish', 'Swedish massage', ''), claims: [{ condition: 'stress', grade: 'insufficient' as const, note: 'It is proven to cure stress in everyone.' }] }];
  assert.deepEqual(claimWordingProblems(types, [page('stress', 'Stress', '')]).map((p) => p.field), ['helps[0] (stress) → note']);
});

test('grading reports a claim with no research and a finding from a source that is not research', () => {
  const sources = new Map([['mayo', { id: 'mayo', authors: 'Mayo Clinic Staff', publisher: 'Mayo Clinic', kind: 'health-information' as const }]]);
  const finding = { id: 'f', source: 'mayo', condition: 'stress', studied: 'massage', types: [], comparison: 'inactive' as const, outcome: 'stress', result: 'benefit' as const, certainty: 'low' as const, found: 'less stress' };
  const { claims, problems } = gradeEvidence([{ id: 'swedish', file: 'content/types/swedish.md', helps: [{ condition: 'sciatica' }] }], [finding], [], sources);
  assert.equal(claims.get('swedish')?.length, 1);
  assert.ok(problems.some((p) => p.file === 'content/types/swedish.md' && p.field === 'helps[0] (sciatica)'));
  assert.ok(problems.some((p) => p.file !== 'content/types/swedish.md'), 'the misfiled finding is reported against its own file');
});
