import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changesOf, gradeHistory, lastChanged, pageGradeChanges, type GradeChangeRecord } from '../../../src/lib/model/grade-history.ts';
import type { EvidenceGrade } from '../../../src/lib/model/evidence.ts';

const first: GradeChangeRecord = { id: 'first', date: new Date('2026-12-01'), why: 'As first published.', grades: { 'swedish/neck-pain': 'limited', 'swedish/stress': 'limited' } };
const change: GradeChangeRecord = { id: 'neck', date: new Date('2026-12-07'), why: 'The 2024 Cochrane review decides.', grades: { 'swedish/neck-pain': 'no-benefit-shown' } };
const today = new Date('2026-12-08');
const current = (over: Record<string, EvidenceGrade> = {}) => new Map(Object.entries({ 'swedish/neck-pain': 'no-benefit-shown', 'swedish/stress': 'limited', ...over }) as [string, EvidenceGrade][]);

test('the history replays in date order to today\'s grades, and lists each change with its reason', () => {
  const { changes, problems } = gradeHistory([change, first], current(), today);
  assert.deepEqual(problems, []);
  assert.deepEqual(changesOf(changes, 'swedish/neck-pain'), [{ claim: 'swedish/neck-pain', date: '2026-12-07', from: 'limited', to: 'no-benefit-shown', why: 'The 2024 Cochrane review decides.' }]);
  assert.deepEqual(changesOf(changes, 'swedish/stress'), []);
  assert.equal(lastChanged(changes, ['swedish/neck-pain', 'swedish/stress']), '2026-12-07');
  assert.equal(lastChanged(changes, ['swedish/stress']), '2026-12-01');
});

test('a grade that changed without a record stops the build, and the fix is the entry to add', () => {
  const { problems } = gradeHistory([first], current({ 'swedish/stress': 'insufficient' }), today);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, 'content/grade-history.yaml');
  assert.match(problems[0]!.message, /swedish\/neck-pain is no-benefit-shown \(recorded: limited\)/);
  assert.match(problems[0]!.message, /swedish\/stress is insufficient/);
  assert.match(problems[0]!.fix, /date: 2026-12-08\n {2}why: "…"\n {2}grades:\n {4}swedish\/neck-pain: no-benefit-shown\n {4}swedish\/stress: insufficient/);
});

test('a new claim needs its first grade recorded; an entry that changes nothing or names no claim is an error', () => {
  assert.match(gradeHistory([first, change], current({ 'thai/stress': 'insufficient' }), today).problems[0]!.message, /thai\/stress is insufficient \(never recorded\)/);
  const same: GradeChangeRecord = { id: 'same', date: new Date('2026-12-07'), why: 'Nothing new at all.', grades: { 'swedish/stress': 'limited' } };
  assert.deepEqual(gradeHistory([first, change, same], current(), today).problems.map((p) => p.field), ['same → grades → swedish/stress']);
  const gone: GradeChangeRecord = { id: 'gone', date: new Date('2026-12-07'), why: 'A claim that is not made.', grades: { 'swedish/gout': 'limited' } };
  assert.deepEqual(gradeHistory([first, change, gone], current(), today).problems.map((p) => p.field), ['gone → grades → swedish/gout']);
});

test('a page states each reason its grades changed once, with the claims it changed, newest first', () => {
  const change = (claim: string, date: string, why: string) => ({ claim, date, from: 'limited' as const, to: 'insufficient' as const, why });
  const rows = [
    { title: 'Low back pain', inSentence: 'low back pain', changes: [change('a/lbp', '2026-12-07', 'Rule 2.')] },
    { title: 'TMJ disorder', inSentence: 'TMJ disorder', changes: [change('a/tmj', '2026-12-07', 'Rule 2.'), change('a/tmj', '2026-12-20', 'A new review.')] },
    { title: 'Stress', changes: [] },
  ];
  assert.deepEqual(pageGradeChanges(rows), [
    { date: '2026-12-20', why: 'A new review.', claims: [{ title: 'TMJ disorder', from: 'limited' }] },
    { date: '2026-12-07', why: 'Rule 2.', claims: [{ title: 'low back pain', from: 'limited' }, { title: 'TMJ disorder', from: 'limited' }] },
  ]);
});
