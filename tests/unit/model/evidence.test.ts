import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  EVIDENCE_GRADES,
  GRADE_DEFINITIONS,
  GRADE_RULE,
  GRADE_SYMBOLS,
  gradeFromFindings,
  overstates,
  strongestWording,
  type GradableFinding,
} from '../../../src/lib/model/evidence.ts';

const review = (result: GradableFinding['result'], certainty: GradableFinding['certainty'], comparison: GradableFinding['comparison'] = 'inactive'): GradableFinding => ({
  sourceKind: 'systematic-review',
  result,
  certainty,
  comparison,
});
const trial = (result: GradableFinding['result']): GradableFinding => ({ sourceKind: 'trial', result, certainty: 'not-graded', comparison: 'usual-care' });

test('no research at all is not enough evidence', () => {
  assert.equal(gradeFromFindings([]), 'insufficient');
});

test('a high-certainty review of benefit is strong', () => {
  assert.equal(gradeFromFindings([review('benefit', 'high')]), 'strong');
  assert.equal(gradeFromFindings([{ ...review('benefit', 'high'), sourceKind: 'guideline' }]), 'strong');
});

test('a moderate-certainty review of benefit is moderate', () => {
  assert.equal(gradeFromFindings([review('benefit', 'moderate')]), 'moderate');
});

test('a trial, however it is rated, can reach limited and no higher', () => {
  assert.equal(gradeFromFindings([{ ...trial('benefit'), certainty: 'high' }]), 'limited');
  assert.equal(gradeFromFindings([trial('benefit')]), 'limited');
});

test('low and very low certainty benefit is limited', () => {
  assert.equal(gradeFromFindings([review('benefit', 'low')]), 'limited');
  assert.equal(gradeFromFindings([review('benefit', 'very-low')]), 'limited');
});

test('unclear results and harm alone are not enough evidence', () => {
  assert.equal(gradeFromFindings([review('unclear', 'low')]), 'insufficient');
  assert.equal(gradeFromFindings([review('harm', 'low', 'active')]), 'insufficient');
});

test('a null review against sham caps a moderate benefit at limited', () => {
  assert.equal(gradeFromFindings([review('benefit', 'moderate'), review('no-difference', 'low', 'sham')]), 'limited');
  assert.equal(gradeFromFindings([review('benefit', 'high'), review('no-difference', 'not-graded', 'usual-care')]), 'limited');
});

test('a null review with no finding of benefit shows no benefit', () => {
  assert.equal(gradeFromFindings([review('no-difference', 'moderate', 'sham')]), 'no-benefit-shown');
  assert.equal(gradeFromFindings([review('no-difference', 'not-graded', 'inactive'), review('unclear', 'low')]), 'no-benefit-shown');
});

test('a null review beside a benefit caps the grade at limited, whatever the certainties', () => {
  assert.equal(gradeFromFindings([review('benefit', 'low'), review('no-difference', 'moderate', 'sham')]), 'limited');
  assert.equal(gradeFromFindings([trial('benefit'), review('no-difference', 'not-graded', 'sham')]), 'limited');
});

test('no difference against another real treatment is not a null result', () => {
  assert.equal(gradeFromFindings([review('benefit', 'moderate'), review('no-difference', 'high', 'active')]), 'moderate');
  assert.equal(gradeFromFindings([review('no-difference', 'high', 'active')]), 'insufficient');
});

test('a null trial does not cap a review (only reviews and guidelines do)', () => {
  assert.equal(gradeFromFindings([review('benefit', 'moderate'), { ...trial('no-difference'), comparison: 'sham' }]), 'moderate');
});

test('the same findings give the same grade in any order', () => {
  const findings = [review('benefit', 'moderate'), trial('benefit'), review('no-difference', 'low', 'sham'), review('unclear', 'high')];
  const grade = gradeFromFindings(findings);
  assert.equal(gradeFromFindings([...findings].reverse()), grade);
  assert.equal(gradeFromFindings([findings[2]!, findings[0]!, findings[3]!, findings[1]!]), grade);
});

test('every grade the rule can give is defined, and the rule always decides', () => {
  for (const step of GRADE_RULE) {
    assert.ok(EVIDENCE_GRADES.includes(step.grade));
    assert.match(step.when, /\.$/);
  }
  assert.equal(GRADE_RULE.at(-1)!.applies([]), true);
});

test('wording: the strongest claim a sentence makes, ignoring negations', () => {
  assert.deepEqual(strongestWording('Massage probably helps, at least in the short term.'), { grade: 'moderate', phrase: 'probably helps' });
  assert.deepEqual(strongestWording('It may help you relax.'), { grade: 'limited', phrase: 'may help' });
  assert.equal(strongestWording('It has not been shown to help, and it is not proven.'), undefined);
  assert.equal(strongestWording('Massage may not help everyone.'), undefined);
  assert.equal(strongestWording('We do not know whether it helps.'), undefined);
  assert.equal(strongestWording('There is no cure.'), undefined);
  assert.equal(strongestWording('It is shown to help')?.grade, 'strong');
});

test('wording above a grade overstates it; its own and weaker wording do not', () => {
  assert.equal(overstates('moderate', 'limited'), true);
  assert.equal(overstates('limited', 'insufficient'), true);
  assert.equal(overstates('limited', 'no-benefit-shown'), true);
  assert.equal(overstates('limited', 'limited'), false);
  assert.equal(overstates('limited', 'moderate'), false);
  for (const grade of EVIDENCE_GRADES) assert.ok(GRADE_DEFINITIONS[grade].wording.length > 5);
});

test('each grade symbol in the stylesheet matches GRADE_SYMBOLS', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');
  for (const [grade, symbol] of Object.entries(GRADE_SYMBOLS)) assert.ok(css.includes(`.g-${grade}::before { content: '${symbol}'; }`), grade);
});
