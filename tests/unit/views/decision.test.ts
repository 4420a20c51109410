import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GOAL_IDS } from '../../../src/lib/model/decision-goals.ts';
import { allAnswerPaths, allQuestions, PRESSURES, STARTED, YES_NO, conditionsFor, decisionGuide, evidenceConditionsFor, decisionUrl, nextQuestion, recommend, type DecisionGuide, type DecisionType } from '../../../src/lib/views/decision.ts';
import { readSite } from '../../../scripts/lib/read-content.ts';
import { decisionTypes, siteDecisionGuide } from '../../../src/lib/views/decision-page.ts';

/** A small guide: pain in the neck (with chronic pain for months), and relaxation. */
const NECK: DecisionGuide = {
  goals: [
    { id: 'relaxation', conditions: ['stress'] },
    { id: 'pain', conditions: ['neck-pain', 'chronic-pain'] },
  ],
  regions: [{ id: 'neck', title: 'Neck', conditions: ['neck-pain', 'whiplash'] }],
  pregnancy: [],
};

test('pregnancy ends the path; "prescribed" is asked only after a diagnosis', () => {
  assert.equal(nextQuestion({ pregnant: 'yes' }, NECK), undefined);
  assert.equal(nextQuestion({ pregnant: 'no' }, NECK)?.key, 'diagnosis');
  assert.equal(nextQuestion({ pregnant: 'no', diagnosis: 'no' }, NECK)?.key, 'goal');
  assert.equal(nextQuestion({ pregnant: 'no', diagnosis: 'yes' }, NECK)?.key, 'prescribed');
});

test('answers map to stable, readable URLs', () => {
  assert.equal(decisionUrl({}), '/decide/');
  assert.equal(decisionUrl({ pregnant: 'no', diagnosis: 'no', goal: 'pain' }), '/decide/pregnant-no/diagnosis-no/goal-pain/');
});

/** The real guide, from the content's frontmatter. */
// The real content, assembled as the build assembles it: its grades are the published ones.
const real = readSite().site;
const realGuide = () => siteDecisionGuide(real);
const realTypes = () => decisionTypes(real);

test('goals come from the conditions that name them; a goal no condition names is not offered', () => {
  const guide = decisionGuide(
    [{ id: 'neck', data: { title: 'Neck' } }, { id: 'head', data: { title: 'Head' } }],
    [
      { id: 'neck-pain', data: { title: 'Neck pain', regions: [{ id: 'neck' }, { id: 'shoulders' }], decisionGoal: 'pain' } },
      { id: 'tension-headache', data: { title: 'Tension headache', regions: [{ id: 'head' }, { id: 'neck' }], decisionGoal: 'pain' } },
      { id: 'anxiety', data: { title: 'Anxiety', regions: [{ id: 'neck' }], decisionGoal: 'relaxation' } },
      { id: 'whiplash', data: { title: 'Whiplash', regions: [{ id: 'neck' }] } },
    ],
  );
  assert.deepEqual(guide.goals, [
    { id: 'relaxation', conditions: ['anxiety'] },
    { id: 'pain', conditions: ['neck-pain', 'tension-headache'] },
  ]);
  assert.deepEqual(allQuestions(guide).find((q) => q.key === 'goal')?.options.map((o) => o.value), ['relaxation', 'pain']);
  // Each area offers the conditions that list it first, without those of relaxation or swelling.
  assert.deepEqual(guide.regions, [
    { id: 'neck', title: 'Neck', conditions: ['neck-pain', 'whiplash'] },
    { id: 'head', title: 'Head', conditions: ['tension-headache'] },
  ]);
});

test('the real guide offers all four goals, and chronic pain for pain that has lasted months', () => {
  const guide = realGuide();
  assert.deepEqual(guide.goals.map((g) => g.id), ['relaxation', 'recovery', 'pain', 'swelling']);
  assert.ok(guide.goals.find((g) => g.id === 'pain')!.conditions.includes('chronic-pain'), 'content/conditions/chronic-pain.md should keep decisionGoal: pain');
});

test('pain asks where it hurts and when it started, after the questions published before them', () => {
  const base = { pregnant: 'no', diagnosis: 'no', goal: 'pain', pressure: 'light' } as const;
  assert.equal(nextQuestion(base, NECK)?.key, 'region');
  assert.equal(nextQuestion({ ...base, region: 'neck' }, NECK)?.key, 'started');
  assert.equal(nextQuestion({ ...base, region: 'neck', started: 'weeks' }, NECK), undefined);
  assert.equal(nextQuestion({ ...base, goal: 'relaxation' }, NECK), undefined);
  assert.equal(decisionUrl({ ...base, region: 'neck', started: 'new' }), '/decide/pregnant-no/diagnosis-no/goal-pain/pressure-light/region-neck/started-new/');
  assert.deepEqual(conditionsFor({ ...base, region: 'neck', started: 'weeks' }, NECK), ['neck-pain', 'whiplash']);
  assert.deepEqual(conditionsFor({ ...base, region: 'neck', started: 'months' }, NECK), ['neck-pain', 'whiplash', 'chronic-pain']);
});

test('every complete path through the real types ends in at least one recommendation', () => {
  const types: DecisionType[] = realTypes();
  // The published grades, not the no-evidence fallback a stale reader gave (every claim "insufficient").
  assert.ok(types.some((t) => t.helps.some((h) => h.grade === 'limited')));
  const guide = realGuide();
  const regions = guide.regions;
  assert.ok(regions.length >= 10);
  const complete = allAnswerPaths(guide).filter((a) => nextQuestion(a, guide) === undefined);
  // Pregnancy; then three diagnosis paths × four goals × three pressures, pain also × areas × three starts.
  assert.equal(complete.length, 1 + 3 * 3 * 3 + 3 * 3 * regions.length * 3);
  for (const answers of complete) {
    const recs = recommend(answers, types, (id) => id, guide);
    assert.ok(recs.length > 0, `no recommendation for ${decisionUrl(answers)}`);
    for (const r of recs) assert.ok(r.reasons.length > 0);
  }
});

test('swelling leads to manual lymphatic drainage; pregnancy to prenatal massage', () => {
  const types = realTypes();
  const guide = realGuide();
  const swelling = recommend({ pregnant: 'no', diagnosis: 'yes', prescribed: 'yes', goal: 'swelling', pressure: 'light' }, types, (id) => id, guide);
  assert.equal(swelling[0]?.id, 'manual-lymphatic-drainage');
  assert.deepEqual(recommend({ pregnant: 'yes' }, types, (id) => id, guide).map((r) => r.id), ['prenatal-massage']);
});


test('every answer counts: no pregnancy condition for a reader who is not pregnant, and a new injury leads to its own page', () => {
  const guide = realGuide();
  assert.ok(guide.pregnancy.includes('pregnancy-back-and-pelvic-pain'));
  const lowerBack = { pregnant: 'no', diagnosis: 'no', goal: 'pain', pressure: 'medium', region: 'lower-back' } as const;
  assert.ok(guide.regions.find((r) => r.id === 'lower-back')!.conditions.includes('pregnancy-back-and-pelvic-pain'));
  for (const started of ['weeks', 'months'] as const) assert.ok(!conditionsFor({ ...lowerBack, started }, guide).includes('pregnancy-back-and-pelvic-pain'), started);
  // A new injury: its own page first, the area's pages still listed (they say when to see a doctor), its evidence alone.
  assert.equal(conditionsFor({ ...lowerBack, started: 'new' }, guide)[0], 'muscle-strains');
  assert.deepEqual(evidenceConditionsFor({ ...lowerBack, started: 'new' }, guide), ['muscle-strains']);
  const types = realTypes();
  const reasons = recommend({ ...lowerBack, started: 'new' }, types, (id) => id, guide).flatMap((r) => r.reasons).join(' ');
  assert.doesNotMatch(reasons, /low-back-pain|chronic-pain/, 'no evidence on long-lasting pain for pain that started days ago');
});

test('without a diagnosis, a style that is usually prescribed comes first only when no other fits', () => {
  const types = realTypes();
  const guide = realGuide();
  const prescribed = (id: string | undefined) => types.find((t) => t.id === id)?.prescription !== 'not-needed';
  const prescribedFirst = allAnswerPaths(guide)
    .filter((a) => a.diagnosis === 'no' && nextQuestion(a, guide) === undefined)
    .filter((a) => {
      const recs = recommend(a, types, (id) => id, guide);
      return prescribed(recs[0]?.id) && recs.some((r) => !prescribed(r.id));
    })
    .map(decisionUrl);
  assert.deepEqual(prescribedFirst, []);
  // The path of issue 20: medical massage ("usually prescribed") came first for a reader with no diagnosis.
  const lowerBack = recommend({ pregnant: 'no', diagnosis: 'no', goal: 'pain', pressure: 'medium', region: 'lower-back', started: 'weeks' }, types, (id) => id, guide);
  assert.notEqual(lowerBack[0]?.id, 'medical-massage');
});

test('ties go to evidence that tested the style by name, then to the gentler style, not to the alphabet', () => {
  const guide: DecisionGuide = { goals: [{ id: 'pain', conditions: ['low-back-pain'] }], regions: [], pregnancy: [] };
  const type = (id: string, min: DecisionType['pressure']['min'], byName: boolean): DecisionType => ({
    id,
    title: id,
    pressure: { min, max: 'firm' },
    prescription: 'not-needed',
    helps: [{ condition: { id: 'low-back-pain' }, grade: 'limited', byName }],
  });
  const order = (types: DecisionType[]) => recommend({ pregnant: 'no', diagnosis: 'no', goal: 'pain', pressure: 'medium' }, types, (id) => id, guide).map((r) => r.id);
  assert.deepEqual(order([type('a-remedial', 'medium', false), type('b-swedish', 'medium', true)]), ['b-swedish', 'a-remedial']);
  assert.deepEqual(order([type('a-firm', 'medium', true), type('b-gentle', 'light', true)]), ['b-gentle', 'a-firm']);
});

test('every published /decide/ address is still made, each from the answers\' ids and never from the words shown', async () => {
  const { readFileSync } = await import('node:fs');
  const published = readFileSync('contract/published-urls.txt', 'utf8').split('\n').filter((url) => url.startsWith('/decide/'));
  const made = allAnswerPaths(realGuide()).map(decisionUrl);
  assert.deepEqual(new Set(made), new Set(published));
  const ids: Record<string, readonly string[]> = {
    pregnant: YES_NO,
    diagnosis: YES_NO,
    prescribed: YES_NO,
    goal: GOAL_IDS,
    pressure: PRESSURES,
    region: realGuide().regions.map((r) => r.id),
    started: STARTED,
  };
  for (const url of made) {
    for (const part of url.split('/').slice(2, -1)) {
      const [, key, id] = /^([a-z]+)-(.+)$/.exec(part)!;
      assert.ok(ids[key!]?.includes(id!), `${url}: ${part} is not an answer id`);
    }
  }
});

test('each question and answer reads from the language table', () => {
  const questions = allQuestions(realGuide());
  assert.deepEqual(questions.map((q) => q.key), ['pregnant', 'diagnosis', 'prescribed', 'goal', 'pressure', 'region', 'started']);
  for (const q of questions) {
    assert.ok(q.text.endsWith('?') && q.hint, q.key);
    for (const o of q.options) assert.ok(o.label.trim(), `${q.key}-${o.value}`);
  }
  assert.equal(questions.find((q) => q.key === 'started')?.options.find((o) => o.value === 'new')?.label, 'In the last few days (a new injury)');
});
