import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { allAnswerPaths, conditionsFor, decisionRegions, decisionUrl, goalConditionProblems, nextQuestion, recommend, type DecisionRegion, type DecisionType } from '../../src/lib/decision.ts';
import { splitFrontmatter } from '../../scripts/lib/frontmatter.ts';
import { measureTypes } from '../../scripts/measure-content.ts';

test('pregnancy ends the path; "prescribed" is asked only after a diagnosis', () => {
  assert.equal(nextQuestion({ pregnant: 'yes' }), undefined);
  assert.equal(nextQuestion({ pregnant: 'no' })?.key, 'diagnosis');
  assert.equal(nextQuestion({ pregnant: 'no', diagnosis: 'no' })?.key, 'goal');
  assert.equal(nextQuestion({ pregnant: 'no', diagnosis: 'yes' })?.key, 'prescribed');
});

test('answers map to stable, readable URLs', () => {
  assert.equal(decisionUrl({}), '/decide/');
  assert.equal(decisionUrl({ pregnant: 'no', diagnosis: 'no', goal: 'pain' }), '/decide/pregnant-no/diagnosis-no/goal-pain/');
});

/** The real body areas, each with the conditions whose articles list it. */
function realRegions(): DecisionRegion[] {
  const read = (kind: string) =>
    readdirSync(`content/${kind}`).map((f) => ({ id: f.replace(/\.mdx?$/, ''), data: splitFrontmatter<Record<string, any>>(readFileSync(`content/${kind}/${f}`, 'utf8')).data }));
  const conditions = read('conditions').map((c) => ({ id: c.id, data: { regions: (c.data.regions ?? []).map((id: string) => ({ id })) } }));
  return decisionRegions(read('regions').map((r) => ({ id: r.id, data: { title: String(r.data.title) } })), conditions);
}

test('each area offers the conditions that list it first, without relaxation or swelling goals', () => {
  const regions = decisionRegions(
    [{ id: 'neck', data: { title: 'Neck' } }, { id: 'head', data: { title: 'Head' } }],
    [
      { id: 'neck-pain', data: { regions: [{ id: 'neck' }, { id: 'shoulders' }] } },
      { id: 'tension-headache', data: { regions: [{ id: 'head' }, { id: 'neck' }] } },
      { id: 'anxiety', data: { regions: [{ id: 'neck' }] } },
    ],
  );
  assert.deepEqual(regions, [
    { id: 'neck', title: 'Neck', conditions: ['neck-pain'] },
    { id: 'head', title: 'Head', conditions: ['tension-headache'] },
  ]);
});

test('pain asks where it hurts and when it started, after the questions published before them', () => {
  const regions: DecisionRegion[] = [{ id: 'neck', title: 'Neck', conditions: ['neck-pain', 'whiplash'] }];
  const base = { pregnant: 'no', diagnosis: 'no', goal: 'pain', pressure: 'light' } as const;
  assert.equal(nextQuestion(base, regions)?.key, 'region');
  assert.equal(nextQuestion({ ...base, region: 'neck' }, regions)?.key, 'started');
  assert.equal(nextQuestion({ ...base, region: 'neck', started: 'weeks' }, regions), undefined);
  assert.equal(nextQuestion({ ...base, goal: 'relaxation' }, regions), undefined);
  assert.equal(decisionUrl({ ...base, region: 'neck', started: 'new' }), '/decide/pregnant-no/diagnosis-no/goal-pain/pressure-light/region-neck/started-new/');
  assert.deepEqual(conditionsFor({ ...base, region: 'neck', started: 'weeks' }, regions), ['neck-pain', 'whiplash']);
  assert.deepEqual(conditionsFor({ ...base, region: 'neck', started: 'months' }, regions), ['neck-pain', 'whiplash', 'chronic-pain']);
});

test('every complete path through the real types ends in at least one recommendation', () => {
  const types: DecisionType[] = measureTypes();
  const regions = realRegions();
  assert.ok(regions.length >= 10);
  const complete = allAnswerPaths(regions).filter((a) => nextQuestion(a, regions) === undefined);
  // Pregnancy; then three diagnosis paths × four goals × three pressures, pain also × areas × three starts.
  assert.equal(complete.length, 1 + 3 * 3 * 3 + 3 * 3 * regions.length * 3);
  for (const answers of complete) {
    const recs = recommend(answers, types, (id) => id, regions);
    assert.ok(recs.length > 0, `no recommendation for ${decisionUrl(answers)}`);
    for (const r of recs) assert.ok(r.reasons.length > 0);
  }
});

test('swelling leads to manual lymphatic drainage; pregnancy to prenatal massage', () => {
  const types = measureTypes();
  const swelling = recommend({ pregnant: 'no', diagnosis: 'yes', prescribed: 'yes', goal: 'swelling', pressure: 'light' }, types, (id) => id);
  assert.equal(swelling[0]?.id, 'manual-lymphatic-drainage');
  assert.deepEqual(recommend({ pregnant: 'yes' }, types, (id) => id).map((r) => r.id), ['prenatal-massage']);
});

test('a goal naming a condition that does not exist is a content problem with the id and the fix', () => {
  assert.deepEqual(goalConditionProblems(() => true), []);
  const problems = goalConditionProblems((id) => id !== 'edema');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.field, 'GOALS.swelling.conditions');
  assert.match(problems[0]!.message, /"edema", which is not in content\/conditions\//);
  assert.match(problems[0]!.fix, /content\/conditions\/edema\.md/);
});
