import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allAnswerPaths, decisionUrl, goalConditionProblems, nextQuestion, recommend, type DecisionType } from '../../src/lib/decision.ts';
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

test('every complete path through the real types ends in at least one recommendation', () => {
  const types: DecisionType[] = measureTypes();
  const complete = allAnswerPaths().filter((a) => nextQuestion(a) === undefined);
  assert.equal(complete.length, 1 + (2 + 1) * 4 * 3);
  for (const answers of complete) {
    const recs = recommend(answers, types, (id) => id);
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
