import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkWording, mentionsOf, type ClaimSubject } from '../../../src/lib/checks/wording-check.ts';
import { bodyBlocks } from '../../../src/lib/checks/mdx-body.ts';
import { escape, manyNames, randomTexts } from '../model/random-names.ts';

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

test('the blocks of a body: list items and paragraphs with their first line, headings and code left out', () => {
  assert.deepEqual(bodyBlocks(`${body}\n\n\`\`\`\nMassage is proven.\n\`\`\``), [
    { line: 3, text: 'It probably helps everyone relax.' },
    { line: 7, text: '- **[Low back pain](/conditions/low-back-pain/):** Massage probably helps, at least in the short term.' },
    { line: 9, text: '- **Stress:** it may help you feel calmer.' },
    { line: 11, text: 'A closing paragraph that may help nobody in particular.' },
    { line: 15, text: 'Massage can help a little.' },
    { line: 19, text: 'This can help too, but is outside the section.' },
  ]);
});

test('blocks are what the page shows as prose: tables and HTML blocks count, code of every form does not', () => {
  const text = ['| Type | Helps |', '| --- | --- |', '| Swedish | probably helps |', '', '<details>', '<summary>Is it proven?</summary>', '</details>', '', '    Indented code: it is proven.', '', '````', '```', 'Proven.', '````', '', '- a', '  - nested item'].join('\n');
  assert.deepEqual(bodyBlocks(text), [
    { line: 1, text: '| Type | Helps | | --- | --- | | Swedish | probably helps |' },
    { line: 5, text: '<details> <summary>Is it proven?</summary> </details>' },
    { line: 16, text: '- a' },
    { line: 17, text: '- nested item' },
  ]);
});

const subjects = (lbp: 'moderate' | 'limited', stress: 'limited' | 'insufficient') => [
  { href: '/conditions/low-back-pain/', names: ['Low back pain'], grade: lbp },
  { href: '/conditions/stress/', names: ['Stress'], grade: stress },
];

test('text within its grades passes', () => {
  const text = '- [Low back pain](/conditions/low-back-pain/): massage probably helps.\n- Stress: it may help you feel calmer.';
  assert.deepEqual(checkWording({ file: 'a.md', body: text, subjects: subjects('moderate', 'limited'), fallback: 'moderate', notes: [] }), []);
});

test('every paragraph is held to what it names, and one naming nothing to the page\'s default, at the file\'s own line', () => {
  const problems = checkWording({ file: 'content/types/a.md', body, bodyOffset: 10, subjects: subjects('limited', 'insufficient'), fallback: 'limited', notes: [] });
  assert.deepEqual(problems.map((p) => p.field), ['line 13', 'line 17', 'line 19', 'line 25', 'line 29']);
  assert.match(problems[1]!.message, /"probably helps" is wording for moderate evidence, but Low back pain is graded limited evidence/);
  assert.match(problems[2]!.message, /"may help" .* Stress is graded not enough evidence/);
  assert.match(problems[0]!.message, /the strongest claim this page can make/);
  assert.match(problems[1]!.fix, /"may help"/);
});

test('a sentence naming two conditions answers to the weaker; a sentence naming none answers to its paragraph', () => {
  const text = 'Massage may help low back pain and stress. It may help you feel calmer. Low back pain eases with time, and massage may help.';
  const problems = checkWording({ file: 'a.md', body: text, subjects: subjects('limited', 'insufficient'), fallback: 'limited', notes: [] });
  assert.equal(problems.length, 1, 'one problem per paragraph');
  assert.match(problems[0]!.message, /Stress is graded not enough evidence/);
  assert.deepEqual(checkWording({ file: 'a.md', body: 'Low back pain: massage may help. It may help you move.', subjects: subjects('limited', 'insufficient'), fallback: 'insufficient', notes: [] }), []);
});

test('a condition page\'s own condition is in every sentence, and a page\'s own claims come before other names', () => {
  const own = { href: '/conditions/stress/', names: ['Stress'], grade: 'insufficient' as const };
  const sleep = { href: '/conditions/insomnia/', names: ['sleep'], grade: 'limited' as const };
  assert.equal(checkWording({ file: 'a.md', body: 'Massage may help you sleep.', subjects: [sleep], always: own, fallback: 'insufficient', notes: [] }).length, 1);
  const lymphedema = { href: '/conditions/lymphedema/', names: ['Lymphedema'], grade: 'limited' as const, own: true };
  const edema = { href: '/conditions/edema/', names: ['swelling'], grade: 'insufficient' as const };
  assert.deepEqual(checkWording({ file: 'a.md', body: 'For lymphedema, MLD may help reduce swelling.', subjects: [lymphedema, edema], fallback: 'limited', notes: [] }), []);
});

test('a note may not claim more than its own grade', () => {
  const problems = checkWording({ file: 'a.md', body: '', subjects: [], fallback: 'limited', notes: [{ field: 'helps[0] (stress) → note', text: 'Massage can help with stress.', grade: 'limited' }] });
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.field, 'helps[0] (stress) → note');
});

test('the summary and each FAQ answer are held to the grades too', () => {
  const problems = checkWording({ file: 'a.md', body: '', summary: 'Massage probably helps low back pain.', faq: [{ answer: 'Yes, it is proven.' }], subjects: subjects('limited', 'limited'), fallback: 'limited', notes: [] });
  assert.deepEqual(problems.map((p) => p.field), ['summary', 'faq[0] → answer']);
});

// What finding mentions meant before mentionsOf: every subject's link and every name's pattern tested on the text.
const testedOneByOne = (subjects: ClaimSubject[]) => (text: string) =>
  subjects.filter((s) => text.includes(`](${s.href}`) || s.names.some((name) => new RegExp(`\\b${escape(name)}s?\\b`, 'i').test(text)));

test('finding the mentions of many conditions at once gives what testing each name and link on its own gave', () => {
  const subjects: ClaimSubject[] = manyNames(600).map((names, i) => ({
    // Some subjects share a link, and one link starts another.
    href: i % 7 === 0 ? `/conditions/c${Math.floor(i / 70)}/` : `/conditions/c${i}/`,
    names,
    grade: (['moderate', 'limited', 'insufficient'] as const)[i % 3]!,
  }));
  const fast = mentionsOf(subjects);
  const slow = testedOneByOne(subjects);
  for (const text of randomTexts(400)) assert.deepEqual(fast(text), slow(text), text);
  // And a whole page's problems are the same either way.
  const page = 'Massage probably helps low back pain. It may help [neck](/conditions/c3/) and ﬁbre ache.\n\n- Back pains: it is proven.\n- Stress and sleep: massage may help.';
  const input = { file: 'a.md', body: page, summary: 'Massage can help knee ache.', fallback: 'limited' as const, notes: [] };
  assert.deepEqual(checkWording({ ...input, subjects: fast }), checkWording({ ...input, subjects: slow }));
  assert.ok(checkWording({ ...input, subjects: slow }).length > 0, 'the page has problems to compare');
});
