import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessFindings, decideGrade, GRADE_FOR, LEVELS, type RatedFinding, type SourceRelations } from '../../../src/lib/model/grade-rule.ts';
import { EVIDENCE_GRADES } from '../../../src/lib/model/evidence.ts';

const none: SourceRelations = { supersededBy: new Map(), summarises: new Map() };
let n = 0;
const f = (over: Partial<RatedFinding>): RatedFinding => ({ id: `f${n++}`, source: 'review', result: 'benefit', certainty: 'low', comparison: 'inactive', primary: true, direct: true, ...over });
const grade = (findings: RatedFinding[], relations = none) => decideGrade(assessFindings(findings, relations)).grade;

test('no research at all, or only unclear results, is not enough evidence', () => {
  assert.equal(grade([]), 'insufficient');
  assert.equal(grade([f({ result: 'unclear', certainty: 'high' })]), 'insufficient');
});

test('a benefit takes the grade of its certainty: high strong, moderate moderate, low limited, very low not enough', () => {
  assert.equal(grade([f({ certainty: 'high' })]), 'strong');
  assert.equal(grade([f({ certainty: 'moderate' })]), 'moderate');
  assert.equal(grade([f({ certainty: 'low' })]), 'limited');
  assert.equal(grade([f({ certainty: 'very-low' })]), 'insufficient');
});

test('a finding whose source states no certainty, trial or review, starts at low', () => {
  const [a] = assessFindings([f({ certainty: 'not-graded', source: 'trial' })], none);
  assert.equal(a!.used, 'low');
  assert.equal(grade([f({ certainty: 'not-graded' })]), 'limited');
});

test('the most certain evidence decides: a moderate null outweighs a low benefit, a moderate benefit outweighs a low null', () => {
  assert.equal(grade([f({ certainty: 'low' }), f({ result: 'no-difference', certainty: 'moderate', comparison: 'sham' })]), 'no-benefit-shown');
  assert.equal(grade([f({ certainty: 'moderate' }), f({ result: 'no-difference', certainty: 'low', comparison: 'sham' })]), 'moderate');
});

test('at the same certainty a benefit is shown as the grade, with the null result beside it', () => {
  const decision = decideGrade(assessFindings([f({ id: 'b' }), f({ id: 'n', result: 'no-difference', comparison: 'sham' })], none));
  assert.equal(decision.grade, 'limited');
  assert.deepEqual(decision.deciding, ['b']);
});

test('a very low null is not enough evidence either way', () => {
  assert.equal(grade([f({ result: 'no-difference', certainty: 'very-low' })]), 'insufficient');
});

test('indirectness: a study that did not test the style by name counts one level less certain, and says so', () => {
  const [general] = assessFindings([f({ direct: false, certainty: 'moderate' })], none);
  assert.equal(general!.used, 'low');
  assert.equal(general!.downgraded, 'indirect');
  assert.equal(grade([f({ direct: false, certainty: 'low' })]), 'insufficient');
  assert.equal(grade([f({ direct: true, certainty: 'low' })]), 'limited');
  // Very low cannot go lower, so nothing is marked.
  assert.equal(assessFindings([f({ direct: false, certainty: 'very-low' })], none)[0]!.downgraded, undefined);
});

test('neck pain as published: a moderate null against sham beats the evidence map\'s low benefit, for every style', () => {
  const findings = [
    f({ id: 'cochrane-sham', source: 'cochrane', result: 'no-difference', certainty: 'moderate', comparison: 'sham', direct: false }),
    f({ id: 'map', source: 'map', certainty: 'low', comparison: 'mixed', direct: false }),
    f({ id: 'bervoets', source: 'bervoets', result: 'no-difference', certainty: 'low', direct: false }),
  ];
  const decision = decideGrade(assessFindings(findings, none));
  assert.equal(decision.grade, 'no-benefit-shown');
  assert.deepEqual(decision.deciding, ['cochrane-sham']);
});

test('a trial\'s null result counts as much as a review\'s', () => {
  assert.equal(grade([f({ source: 'trial', result: 'no-difference', certainty: 'not-graded', comparison: 'sham' })]), 'no-benefit-shown');
});

test('no difference against another real treatment is not evidence against benefit', () => {
  assert.equal(grade([f({ result: 'no-difference', certainty: 'high', comparison: 'active' })]), 'insufficient');
  assert.equal(grade([f({ certainty: 'low' }), f({ result: 'no-difference', certainty: 'high', comparison: 'active' })]), 'limited');
});

test('supersession: a review replaced by its update is shown but does not count', () => {
  const relations: SourceRelations = { supersededBy: new Map([['old', 'new']]), summarises: new Map() };
  const assessed = assessFindings([f({ source: 'old', certainty: 'moderate' }), f({ source: 'new', result: 'no-difference', certainty: 'low', comparison: 'sham' })], relations);
  assert.deepEqual(assessed[0]!.notCounted, { because: 'superseded', by: 'new' });
  assert.equal(decideGrade(assessed).grade, 'no-benefit-shown');
});

test('overlap: an overview does not count beside a review it summarises, and counts where none of them is present', () => {
  const relations: SourceRelations = { supersededBy: new Map(), summarises: new Map([['overview', ['cochrane']]]) };
  const beside = assessFindings([f({ source: 'overview' }), f({ source: 'cochrane', result: 'no-difference', comparison: 'sham' })], relations);
  assert.deepEqual(beside[0]!.notCounted, { because: 'summarised', by: ['cochrane'] });
  assert.equal(decideGrade(beside).grade, 'no-benefit-shown');
  assert.equal(assessFindings([f({ source: 'overview' })], relations)[0]!.notCounted, undefined);
});

test('primary and secondary: a benefit on a secondary outcome does not outweigh the same study\'s null primary outcome', () => {
  const primaryNull = f({ id: 'frequency', source: 'moraska', result: 'no-difference', comparison: 'sham', certainty: 'not-graded' });
  const secondary = f({ id: 'perceived', source: 'moraska', primary: false, comparison: 'mixed', certainty: 'not-graded' });
  const assessed = assessFindings([primaryNull, secondary], none);
  assert.deepEqual(assessed[1]!.notCounted, { because: 'secondary', primary: 'frequency' });
  assert.equal(decideGrade(assessed).grade, 'no-benefit-shown');
  // Without a null primary outcome, a secondary benefit counts.
  assert.equal(grade([f({ primary: false })]), 'limited');
});

test('harm is never hidden: it caps the grade at limited', () => {
  const decision = decideGrade(assessFindings([f({ certainty: 'high' }), f({ result: 'harm', certainty: 'low' })], none));
  assert.equal(decision.grade, 'limited');
  assert.equal(decision.harm, true);
});

test('the same findings give the same grade in any order', () => {
  const findings = [
    f({ certainty: 'moderate', direct: false }),
    f({ result: 'no-difference', certainty: 'moderate', comparison: 'sham' }),
    f({ result: 'unclear', certainty: 'high' }),
    f({ source: 'trial', certainty: 'not-graded' }),
  ];
  const expected = decideGrade(assessFindings(findings, none));
  for (const order of [[...findings].reverse(), [findings[2]!, findings[0]!, findings[3]!, findings[1]!]]) {
    const again = decideGrade(assessFindings(order, none));
    assert.equal(again.grade, expected.grade);
    assert.deepEqual([...again.deciding].sort(), [...expected.deciding].sort());
  }
});

test('the rule covers every level and gives only defined grades', () => {
  for (const verdict of ['benefit', 'no-difference'] as const) for (const level of LEVELS) assert.ok(EVIDENCE_GRADES.includes(GRADE_FOR[verdict][level]));
});
