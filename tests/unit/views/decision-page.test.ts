import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decisionPage } from '../../../src/lib/views/decision-page.ts';
import type { DecisionGuide } from '../../../src/lib/views/decision.ts';
import { smallSite } from './small-site.ts';

const site = smallSite();
const guide: DecisionGuide = {
  goals: [{ id: 'pain', conditions: ['low-back-pain', 'sciatica'] }],
  regions: [{ id: 'lower-back', title: 'Lower back', conditions: ['low-back-pain', 'sciatica'] }],
  pregnancy: [],
};
const complete = { pregnant: 'no', diagnosis: 'no', goal: 'pain', pressure: 'medium', region: 'lower-back', started: 'weeks' } as const;

test('a question page asks the next question, each answer leading to its page, with the answers so far', () => {
  const view = decisionPage(site, { pregnant: 'no' }, guide);
  assert.equal(view.title, 'Find a massage that may suit you');
  assert.equal(view.question?.key, 'diagnosis');
  assert.deepEqual(view.question?.choices.map((c) => c.href), ['/decide/pregnant-no/diagnosis-yes/', '/decide/pregnant-no/diagnosis-no/']);
  assert.deepEqual(view.answered, [{ question: 'Are you pregnant?', answer: 'No', changeHref: '/decide/' }]);
  assert.equal(view.results, undefined);
});

test("a results page leads to the area's condition pages, then the types with their reasons and first caution", () => {
  const view = decisionPage(site, complete, guide);
  assert.equal(view.question, undefined);
  assert.deepEqual(view.results?.conditions.map((c) => c.href), ['/conditions/low-back-pain/', '/conditions/sciatica/']);
  assert.match(view.results?.startedAdvice?.text ?? '', /not easing after a few weeks/);
  const first = view.results!.types[0]!;
  assert.ok(first.reasons.some((r) => / for low back pain\.$/.test(r)), first.reasons.join(' | '));
  assert.equal(first.caution, 'Not over a fresh injury.');
  assert.match(first.safetyHref, /^\/types\/[a-z-]+\/#safety$/);
  // Each answer can be changed: "When did it start?" goes back to the page that asks it.
  assert.equal(view.answered.at(-1)?.changeHref, '/decide/pregnant-no/diagnosis-no/goal-pain/pressure-medium/region-lower-back/');
});

test('each answer to "When did it start?" gives its own advice on the results page; a new injury\'s is urgent', () => {
  const advice = (['new', 'weeks', 'months'] as const).map((started) => decisionPage(site, { ...complete, started }, guide).results?.startedAdvice);
  assert.equal(new Set(advice.map((a) => a?.text)).size, 3);
  assert.deepEqual(advice.map((a) => a?.box), ['urgent', 'note', 'note']);
  assert.match(advice[0]!.text, /see a doctor before any massage/);
  assert.match(advice[2]!.text, /chronic pain/);
});

test('the graded types are worked out once per loaded site, not once per page (the guide has hundreds of pages)', () => {
  let calls = 0;
  const counted = { ...smallSite(), gradedTypes: () => (calls++, site.gradedTypes()) };
  for (const started of ['new', 'weeks', 'months'] as const) decisionPage(counted, { ...complete, started }, guide);
  assert.equal(calls, 1);
  // A new load (a changed article) is a new object, and is worked out afresh.
  decisionPage({ ...counted }, complete, guide);
  assert.equal(calls, 2);
});
