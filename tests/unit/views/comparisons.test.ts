import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ATTRIBUTES, attributeText, chooseHeading, comparisonRows, differenceSummary, joinSentences, pairTitle, SEED_TABLE_ROWS, pairsWithPages, type ComparableType } from '../../../src/lib/views/comparisons.ts';

const deep: ComparableType = {
  id: 'deep-tissue-massage',
  title: 'Deep tissue massage',
  purpose: 'Relieve chronic tension and knots',
  goal: 'Relaxation, mobility and performance',
  pressure: { min: 'firm', max: 'deep' },
  focus: { fullBody: true, regionTitles: ['Upper back'], description: 'Large muscle groups' },
  prescription: 'not-needed',
  supervision: 'Done independently by a therapist',
  techniqueTitles: ['Stripping', 'Cross-fiber friction'],
  helps: [
    { conditionTitle: 'Muscle knots', grade: 'limited' },
    { conditionTitle: 'Low back pain', grade: 'moderate' },
    { conditionTitle: 'Sciatica', grade: 'insufficient' },
  ],
  sessionMinutes: [60, 90],
  afterEffects: 'Soreness for 1–2 days',
  frequency: 'Every 2–4 weeks',
  insurance: 'Rarely covered',
};
const medical: ComparableType = { ...deep, id: 'medical-massage', title: 'Medical massage', purpose: 'Treat a diagnosed condition', prescription: 'usual', pressure: { min: 'light', max: 'deep' } };

test('every row of both seed tables is generated from a type attribute', () => {
  // Row labels as the seed articles published them: the first cell of each body row of each table.
  const seedRows = readFileSync('tests/fixtures/seed-tables.md', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\| (Aspect|Feature) \|/.test(line))
    .map((line) => line.split('|')[1]!.trim());
  assert.equal(seedRows.length, 10);
  const rows = new Map(comparisonRows([deep, medical]).map((r) => [r.key, r]));
  for (const seedRow of seedRows) {
    const key = SEED_TABLE_ROWS[seedRow];
    assert.ok(key, `the seed row "${seedRow}" has no attribute in SEED_TABLE_ROWS`);
    const row = rows.get(key);
    assert.ok(row, `the seed row "${seedRow}" (${key}) is not in the comparison table`);
    for (const value of row.values) assert.ok(value && value !== 'None listed', `the seed row "${seedRow}" (${key}) has an empty cell`);
  }
});

test('cells come from the data: pressure as words, helps strongest first without ungraded claims', () => {
  assert.equal(attributeText(deep, 'pressure'), 'Firm to deep');
  assert.equal(attributeText(deep, 'helps'), 'Low back pain (moderate evidence), Muscle knots (limited evidence)');
  assert.equal(attributeText(deep, 'techniques'), 'Stripping, Cross-fiber friction');
  assert.equal(attributeText(deep, 'prescription'), 'Not needed: book directly');
  assert.equal(attributeText(deep, 'sessions'), '60 or 90 minutes');
});

test('rows mark the attributes that differ', () => {
  const rows = comparisonRows([deep, medical]);
  assert.equal(rows.length, ATTRIBUTES.length);
  assert.deepEqual(rows.filter((r) => r.differs).map((r) => r.key), ['purpose', 'pressure', 'prescription']);
  assert.deepEqual(rows.find((r) => r.key === 'purpose')?.values, ['Relieve chronic tension and knots', 'Treat a diagnosed condition']);
});

test('pair pages: related, hand-written and published pairs, each once and in alphabetical order', () => {
  const types = [
    { id: 'c', related: ['a'] },
    { id: 'a', related: ['c', 'gone'] },
    { id: 'b', related: [] },
    { id: 'd-vs-e', related: [] },
    { id: 'e', related: [] },
  ];
  assert.deepEqual(pairsWithPages(types, ['a-vs-b'], ['/', '/compare/', '/compare/d-vs-e-vs-e/', '/compare/b-vs-x/']), [
    ['a', 'b'],
    ['a', 'c'],
    ['d-vs-e', 'e'],
  ]);
});

test('pair pages grow with the relations written, not with the square of the types', () => {
  const types = Array.from({ length: 1000 }, (_, i) => ({ id: `t${String(i).padStart(4, '0')}`, related: [`t${String((i + 1) % 1000).padStart(4, '0')}`] }));
  assert.equal(pairsWithPages(types, [], []).length, 1000);
});

test('joinSentences ends each sentence with exactly one stop, whether or not the text had one', () => {
  assert.equal(joinSentences(['Relieve chronic tension and knots.', 'Treat a diagnosed condition', ' Ask first.. ', '']), 'Relieve chronic tension and knots. Treat a diagnosed condition. Ask first.');
  assert.equal(joinSentences(['Is it safe?', 'Yes']), 'Is it safe? Yes.');
});

test('names keep the case their titles give them', () => {
  assert.equal(pairTitle('Deep tissue massage', 'Swedish massage'), 'Deep tissue massage vs Swedish massage');
  assert.equal(chooseHeading('Swedish massage'), 'Choose Swedish massage if:');
});

test('the difference summary names what differs most without repeating the cells', () => {
  const swedish: ComparableType = { ...deep, id: 'swedish-massage', title: 'Swedish massage', purpose: 'Relaxation.', pressure: { min: 'light', max: 'firm' } };
  const summary = differenceSummary([deep, swedish]);
  assert.equal(summary, 'They differ most in pressure and purpose. Deep tissue massage is the firmer of the two (firm to deep, against light to firm). The table below shows every detail.');
  assert.doesNotMatch(summary, /\.\./);
  assert.doesNotMatch(summary, /Relaxation/);
  assert.equal(
    differenceSummary([deep, medical]),
    'They differ most in pressure, the need for a referral and purpose. Deep tissue massage is the firmer of the two (firm to deep, against light to deep). Deep tissue massage can be booked directly. Medical massage is usually prescribed or recommended by a provider. The table below shows every detail.',
  );
  assert.equal(differenceSummary([deep, { ...deep }]), 'On paper they are much alike: the table below shows every detail.');
});
