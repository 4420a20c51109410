import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimWordingProblems } from '../../../src/lib/checks/claim-wording.ts';
import { gradeEvidence } from '../../../src/lib/checks/evidence-grades.ts';

const page = (id: string, title: string, body: string, kind = 'x') => ({ id, file: `content/${kind}/${id}.md`, title, aliases: [], summary: `${title}, in plain words.`, body, bodyOffset: 5, faq: [] });
const noGlossary = { file: 'content/glossary.yaml', definitions: [] };
const neck = page('neck-pain', 'Neck pain', '', 'conditions');
const lowBack = page('low-back-pain', 'Low back pain', '', 'conditions');
const swedish = { ...page('swedish', 'Swedish massage', '', 'types'), claims: [{ condition: 'neck-pain', grade: 'no-benefit-shown' as const }, { condition: 'low-back-pain', grade: 'limited' as const }] };
const check = (others: ReturnType<typeof page>[], glossary: { file: string; definitions: { id: string; text: string }[] } = noGlossary) =>
  claimWordingProblems({ types: [swedish], conditions: [neck, lowBack], others, glossary });

test('a condition page is held to the grades of the types that claim it', () => {
  const types = [{ ...page('swedish', 'Swedish massage', ''), claims: [{ condition: 'stress', grade: 'limited' as const }] }];
  const strong = page('stress', 'Stress', '## Benefits { #benefits }\n\n[Swedish massage](/types/swedish/) is proven to cure stress.');
  const problems = claimWordingProblems({ types, conditions: [strong], others: [], glossary: noGlossary });
  assert.deepEqual(problems.map((p) => [p.file, p.field]), [['content/x/stress.md', 'line 8']]);
  assert.deepEqual(claimWordingProblems({ types, conditions: [page('stress', 'Stress', 'Swedish massage may help a little.')], others: [], glossary: noGlossary }), []);
});

test('a claim\'s note is held to its grade on the type page', () => {
  const types = [{ ...page('swedish', 'Swedish massage', ''), claims: [{ condition: 'stress', grade: 'insufficient' as const, note: 'It is proven to cure stress in everyone.' }] }];
  assert.deepEqual(claimWordingProblems({ types, conditions: [page('stress', 'Stress', '')], others: [], glossary: noGlossary }).map((p) => p.field), ['helps[0] (stress) → note']);
});

test('regions, guides, techniques and comparisons are held to the best grade of the conditions they name', () => {
  // The sentences an audit found above their grades, one per kind of page.
  const region = page('lower-back', 'Lower back', 'So massage can probably help [low back pain](/conditions/low-back-pain/) in the short term.', 'regions');
  const guide = page('faq', 'FAQ', 'Massage probably helps neck pain, at least for a while.', 'guides');
  const technique = page('positional-release', 'Positional release', 'Cochrane reviews suggest massage in general gives short-term relief of neck pain.', 'techniques');
  const comparison = page('deep-tissue-massage-vs-swedish-massage', 'Deep tissue vs Swedish', 'Cleveland Clinic lists conditions that massage can help, such as low back pain.', 'comparisons');
  const problems = check([region, guide, technique, comparison]);
  assert.deepEqual(problems.map((p) => [p.file, p.field]), [
    ['content/regions/lower-back.md', 'line 6'],
    ['content/guides/faq.md', 'line 6'],
    ['content/techniques/positional-release.md', 'line 6'],
    ['content/comparisons/deep-tissue-massage-vs-swedish-massage.md', 'line 6'],
  ]);
  assert.match(problems[2]!.message, /"short-term relief" .* Neck pain is graded no benefit shown/);
  assert.deepEqual(check([page('lower-back', 'Lower back', 'Massage may help [low back pain](/conditions/low-back-pain/) for a while.', 'regions')]), []);
});

test('a page that names no condition is held to the site\'s strongest claim, and so is the glossary', () => {
  assert.equal(check([page('tips', 'Tips', 'Massage probably helps most people.', 'guides')]).length, 1);
  assert.deepEqual(check([page('tips', 'Tips', 'Massage may help you unwind.', 'guides')]), []);
  const glossary = { file: 'content/glossary.yaml', definitions: [{ id: 'circulation', text: 'Massage is proven to improve circulation.' }] };
  assert.deepEqual(check([], glossary).map((p) => [p.file, p.field]), [['content/glossary.yaml', 'circulation → definition']]);
});

test('grading reports a claim with no research and a finding from a source that is not research', () => {
  const sources = new Map([['mayo', { id: 'mayo', authors: 'Mayo Clinic Staff', publisher: 'Mayo Clinic', kind: 'health-information' as const }]]);
  const finding = { id: 'f', source: 'mayo', condition: 'stress', studied: 'massage', types: [], closestTypes: [], primary: true, comparison: 'inactive' as const, outcome: 'stress', result: 'benefit' as const, certainty: 'low' as const, found: 'less stress' };
  const { claims, problems } = gradeEvidence([{ id: 'swedish', file: 'content/types/swedish.md', helps: [{ condition: 'sciatica' }] }], [finding], [], sources);
  assert.equal(claims.get('swedish')?.length, 1);
  assert.ok(problems.some((p) => p.file === 'content/types/swedish.md' && p.field === 'helps[0] (sciatica)'));
  assert.ok(problems.some((p) => p.file !== 'content/types/swedish.md'), 'the misfiled finding is reported against its own file');
});
