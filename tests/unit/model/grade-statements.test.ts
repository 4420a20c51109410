import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strings } from '../../../src/i18n/index.ts';
import { assessFindings } from '../../../src/lib/model/grade-rule.ts';
import { comparisonStatements, type StatedFinding } from '../../../src/lib/model/grade-statements.ts';
import { statedFinding } from './stated-finding.ts';

const f = statedFinding;
const say = (findings: StatedFinding[], subject = 'Swedish massage') =>
  comparisonStatements(() => subject, 'low back pain', assessFindings(findings, { supersededBy: new Map(), summarises: new Map() }), () => 'Smith et al. 2020, review', strings().evidence.statements).map((s) => s.sentence);

test('each level of certainty has GRADE\'s words: "probably", "may", "we are very uncertain"', () => {
  assert.deepEqual(say([f({ certainty: 'high' })]), ['For low back pain, compared with no treatment or usual care, Swedish massage helps with pain. High certainty. Source: Smith et al. 2020, review.']);
  assert.match(say([f({ certainty: 'moderate' })])[0]!, /Swedish massage probably helps with pain\. Moderate certainty\./);
  assert.match(say([f({ certainty: 'low' })])[0]!, /Swedish massage may help with pain\. Low certainty\./);
  assert.match(say([f({ certainty: 'very-low' })])[0]!, /we are very uncertain whether Swedish massage helps with pain\. Very low certainty\./);
});

test('a null result says "little or no difference", against another treatment "about as well"', () => {
  assert.match(say([f({ result: 'no-difference', certainty: 'moderate', comparison: 'sham', comparedWith: 'sham massage' })])[0]!, /^For low back pain, compared with sham massage, Swedish massage probably makes little or no difference to pain\./);
  assert.match(say([f({ result: 'no-difference', comparison: 'active', comparedWith: 'exercise' })])[0]!, /compared with exercise, Swedish massage may work about as well for pain\./);
});

test('an indirect finding says its stated certainty and why it was lowered; an unrated one says where it starts', () => {
  assert.match(say([f({ direct: false, certainty: 'moderate' })], 'massage in general')[0]!, /massage in general may help with pain\. Low certainty: moderate in the research, one level lower because this style was not tested by name\./);
  assert.match(say([f({ certainty: 'not-graded', timeframe: 'at 10 weeks' })])[0]!, /may help with pain at 10 weeks\. Low certainty: the study gives no rating, so we start at low\./);
});

test('one statement per comparison, from its most certain findings; unclear results only where nothing else was found', () => {
  const sentences = say([
    f({ id: 'a', comparison: 'sham', certainty: 'moderate', result: 'no-difference' }),
    f({ id: 'b', comparison: 'sham', certainty: 'low' }),
    f({ id: 'c', comparison: 'usual-care', result: 'unclear' }),
  ]);
  assert.equal(sentences.length, 2);
  assert.match(sentences[0]!, /sham \(placebo\) treatment, Swedish massage probably makes little or no difference/);
  assert.match(sentences[1]!, /it is unclear whether Swedish massage helps with pain\. Source:/);
});
