import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safetyAnswersFor } from '../../../src/lib/search/safety.ts';
import { formatSafetyProblem, parseSafetyAnswers, readableText, type AnsweringPage } from '../../../src/lib/search/safety-table.ts';

const safetyGuide: AnsweringPage = {
  title: 'Is massage safe for me?',
  text: readableText('- **Signs of a blood clot in the leg:** swelling or warmth. Contact a doctor the same day.\n- A fever, or an infection such as flu.\n- Ask the doctor who prescribes [the medicine](/x/) first.'),
  sections: new Set(['red-flags', 'who-should-avoid']),
};
const pageAt = (path: string) => (path === '/guides/safety/' ? safetyGuide : undefined);

const table = [
  '- urgent: true',
  '  answer: "A suspected blood clot: get medical help the same day."',
  '  quote: "Signs of a blood clot in the leg: swelling or warmth. Contact a doctor the same day."',
  '  href: /guides/safety/#red-flags',
  '  readers: [blood clot, DVT, swollen calf]',
  '- answer: "A fever: wait until you are well."',
  '  quote: "A fever, or an infection such as flu."',
  '  href: /guides/safety/#who-should-avoid',
  '  readers: [fever, flu]',
  '- answer: "Blood thinners: ask the doctor who prescribes them."',
  '  quote: "Ask the doctor who prescribes the medicine first."',
  '  href: /guides/safety/#who-should-avoid',
  '  readers: [warfarin, Eliquis, blood thinners]',
].join('\n');
const { answers, problems } = parseSafetyAnswers(table, pageAt);

test('readable text drops emphasis, link addresses and heading ids, as a reader sees the page', () => {
  assert.equal(readableText('## Safe? { #safe }\n**Bold** and [a link](/x/#y).'), '## Safe? Bold and a link.');
});

test('a good table parses, with the linked page title and normalised phrases', () => {
  assert.deepEqual(problems, []);
  assert.equal(answers.length, 3);
  assert.deepEqual(answers[0], {
    urgent: true,
    answer: 'A suspected blood clot: get medical help the same day.',
    quote: 'Signs of a blood clot in the leg: swelling or warmth. Contact a doctor the same day.',
    href: '/guides/safety/#red-flags',
    title: 'Is massage safe for me?',
    readers: ['blood clot', 'dvt', 'swollen calf'],
  });
  assert.equal(answers[1]!.urgent, false);
});

test('an answer that quotes what the page does not say, or links a missing section or page, stops the build', () => {
  const bad = [
    '- answer: "Made up."', //                       1
    '  quote: "Massage cures clots."', //            2
    '  href: /guides/safety/#nowhere', //            3
    '  readers: [clot]', //                          4
    '- answer: "Elsewhere."', //                     5
    '  quote: "A fever, or an infection such as flu."',
    '  href: /guides/missing/#red-flags',
    '  readers: [clot]', //                          8: listed twice
    '- answer: "No readers."', //                    9
    '  quote: "A fever, or an infection such as flu."',
    '  href: /guides/safety/#who-should-avoid',
    '  urgent: maybe',
    '  source: NHS',
  ].join('\n');
  const lines = parseSafetyAnswers(bad, pageAt).problems.map((p) => `${p.line} ${p.message}`);
  assert.deepEqual(lines, [
    '1 "/guides/safety/#nowhere" names no section of /guides/safety/',
    '1 the quote is not on /guides/safety/',
    '5 "clot" is already listed on line 1',
    '5 "href: /guides/missing/#red-flags" is not a page of the site',
    '9 "source" is not a field of a safety answer',
    '9 "urgent" must be true or false',
    '9 "readers" must list at least one phrase',
  ]);
  const first = parseSafetyAnswers(bad, pageAt).problems[1]!;
  assert.match(formatSafetyProblem(first), /^content\/safety-answers\.yaml:1: the quote is not on \/guides\/safety\/\n {2}Fix: copy a sentence of that page word for word/);
});

test('a query with every word of a phrase, in any order, plural or singular, gets the answer', () => {
  const first = (q: string) => safetyAnswersFor(q, answers)[0]?.answer;
  assert.equal(first('swollen red hot calf'), answers[0]!.answer);
  assert.equal(first('blood clots in leg'), answers[0]!.answer);
  assert.equal(first('Can I get a massage on ELIQUIS?'), answers[2]!.answer);
  assert.equal(first('massage with the flu'), answers[1]!.answer);
  assert.deepEqual(safetyAnswersFor('swedish massage for a sore back', answers), []);
  assert.deepEqual(safetyAnswersFor('swollen ankle', answers), [], 'one word of a phrase is not enough');
});

test('urgent answers come first, then the longest phrase matched, and at most two show', () => {
  assert.deepEqual(
    safetyAnswersFor('fever and a swollen calf on warfarin', answers).map((a) => a.answer),
    [answers[0]!.answer, answers[2]!.answer],
  );
  assert.deepEqual(safetyAnswersFor('flu and a dvt', answers).map((a) => a.answer), [answers[0]!.answer, answers[1]!.answer]);
});
