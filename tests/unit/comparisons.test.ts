import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ATTRIBUTES, attributeText, comparisonRows, SEED_TABLE_ROWS, pairsWithPages, type ComparableType } from '../../src/lib/comparisons.ts';
import { comparisonHref } from '../../src/lib/urls.ts';
import { evidenceMatrix, techniqueMatrix } from '../../src/lib/matrices.ts';

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
  const keys = new Set(ATTRIBUTES.map((a) => a.key));
  for (const [seedRow, key] of Object.entries(SEED_TABLE_ROWS)) assert.ok(keys.has(key), `${seedRow} → ${key}`);
  assert.deepEqual(Object.keys(SEED_TABLE_ROWS).sort(), ['Focus Area', 'Focus Areas', 'Goal', 'Helps treat', 'Pressure', 'Purpose', 'Requires a Prescription', 'Supervision', 'Technique'].sort());
});

test('cells come from the data: pressure as words, helps strongest first without ungraded claims', () => {
  assert.equal(attributeText(deep, 'pressure'), 'Firm to deep');
  assert.equal(attributeText(deep, 'helps'), 'Low back pain (moderate evidence), Muscle knots (limited evidence)');
  assert.equal(attributeText(deep, 'techniques'), 'Stripping, Cross-fiber friction');
  assert.equal(attributeText(deep, 'prescription'), 'Not needed: book directly');
  assert.equal(attributeText(deep, 'sessions'), '60, 90 minutes');
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

test('two types without a pair page are compared in the picker', () => {
  const built = new Set(['a-vs-b']);
  assert.equal(comparisonHref('b', 'a', (slug) => built.has(slug)), '/compare/a-vs-b/');
  assert.equal(comparisonHref('c', 'a', (slug) => built.has(slug)), '/compare/?t=a&t=c');
});

test('matrices come from the types in one pass', () => {
  const types = [
    { id: 'mld', techniques: [{ id: 'lymphatic-strokes' }], helps: [{ condition: { id: 'lymphedema' }, grade: 'limited' as const }] },
    { id: 'swedish', techniques: [{ id: 'effleurage' }], helps: [{ condition: { id: 'low-back-pain' }, grade: 'moderate' as const }] },
  ];
  assert.equal(evidenceMatrix(types).get('lymphedema')?.get('mld'), 'limited');
  assert.equal(evidenceMatrix(types).get('lymphedema')?.get('swedish'), undefined);
  assert.ok(techniqueMatrix(types).get('swedish')?.has('effleurage'));
});

test('each grade symbol in the stylesheet matches GRADE_SYMBOLS', async () => {
  const { readFileSync } = await import('node:fs');
  const { GRADE_SYMBOLS } = await import('../../src/lib/evidence.ts');
  const css = readFileSync('src/styles/global.css', 'utf8');
  for (const [grade, symbol] of Object.entries(GRADE_SYMBOLS)) assert.ok(css.includes(`.g-${grade}::before { content: '${symbol}'; }`), grade);
});
