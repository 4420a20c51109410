import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkWording, sectionBlocks } from '../../../src/lib/checks/wording-check.ts';

const body = [
  '## What is it? { #what-it-is }',
  '',
  'It probably helps everyone relax.',
  '',
  '## What can it help with? { #benefits }',
  '',
  '- **[Low back pain](/conditions/low-back-pain/):** Massage probably helps,',
  '  at least in the short term.',
  '- **Stress:** it may help you feel calmer.',
  '',
  'A closing paragraph that may help nobody in particular.',
  '',
  '### A sub-heading inside the section',
  '',
  'Massage can help a little.',
  '',
  '## Aftercare { #aftercare }',
  '',
  'This can help too, but is outside the section.',
].join('\r\n');

test('the blocks of a section: list items and paragraphs with their first line, up to the next heading of its level', () => {
  assert.deepEqual(sectionBlocks(body, 'benefits'), [
    { line: 7, text: '- **[Low back pain](/conditions/low-back-pain/):** Massage probably helps, at least in the short term.' },
    { line: 9, text: '- **Stress:** it may help you feel calmer.' },
    { line: 11, text: 'A closing paragraph that may help nobody in particular.' },
    { line: 15, text: 'Massage can help a little.' },
  ]);
  assert.deepEqual(sectionBlocks(body, 'missing'), []);
});

const subjects = (lbp: 'moderate' | 'limited', stress: 'limited' | 'insufficient') => [
  { href: '/conditions/low-back-pain/', names: ['Low back pain'], grade: lbp },
  { href: '/conditions/stress/', names: ['Stress'], grade: stress },
];

test('text within its grades passes', () => {
  assert.deepEqual(checkWording({ file: 'a.md', body, subjects: subjects('moderate', 'limited'), notes: [] }), []);
});

test('"probably helps" beside a limited grade, "may help" beside not enough evidence, each stop the build at their line', () => {
  const problems = checkWording({ file: 'content/types/a.md', body, subjects: subjects('limited', 'insufficient'), notes: [] });
  assert.deepEqual(problems.map((p) => p.field), ['body line 7 (#benefits)', 'body line 9 (#benefits)', 'body line 15 (#benefits)']);
  assert.match(problems[0]!.message, /"probably helps" is wording for moderate evidence, but Low back pain is graded limited evidence/);
  assert.match(problems[1]!.message, /"may help" .* Stress is graded not enough evidence/);
  assert.match(problems[2]!.message, /the strongest claim on this page/);
  assert.match(problems[0]!.fix, /"may help"/);
});

test('a note may not claim more than its own grade', () => {
  const problems = checkWording({ file: 'a.md', body: '', subjects: [], notes: [{ field: 'helps[0] (stress) → note', text: 'Massage can help with stress.', grade: 'limited' }] });
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.field, 'helps[0] (stress) → note');
});

test('the summary is held to the grades too', () => {
  const problems = checkWording({ file: 'a.md', body: '', summary: 'Massage probably helps low back pain.', subjects: subjects('limited', 'limited'), notes: [] });
  assert.deepEqual(problems.map((p) => p.field), ['summary']);
});
