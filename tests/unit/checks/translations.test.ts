import assert from 'node:assert/strict';
import { test } from 'node:test';
import { translatedListProblems, translationProblems, translationState, type EnglishWords, type TranslationWords } from '../../../src/lib/checks/translations.ts';
import { sourceRevision } from '../../../src/lib/model/translations.ts';
import { translationSchema } from '../../../src/schemas/translations.ts';

const englishText = '---\ntitle: Swedish massage\n---\n\n## What is it? { #what-it-is }\n\nText.\n\n### How does it feel?\n\nMore.\n';
const english: EnglishWords = {
  file: 'content/types/swedish-massage.md',
  text: englishText,
  body: '\n## What is it? { #what-it-is }\n\nText.\n\n### How does it feel?\n\nMore.\n',
  data: {
    faq: [{}, {}],
    purpose: 'To relax.',
    cautions: ['a', 'b', 'c'],
    redFlags: ['x'],
    focus: { description: 'The whole body.' },
    helps: [{ condition: { id: 'low-back-pain' }, note: 'In one trial…' }, { condition: { id: 'stress' } }],
  },
};
const good = (): TranslationWords => ({
  file: 'content/es/types/swedish-massage.md',
  body: '\n## ¿Qué es? { #what-it-is }\n\nTexto.\n\n### ¿Cómo se siente? { #how-does-it-feel }\n\nMás.\n',
  data: {
    translation: { source: sourceRevision(englishText), translated: new Date('2026-12-08') },
    faq: [{}, {}],
    purpose: 'Relajarse.',
    cautions: ['a', 'b', 'c'],
    redFlags: ['x'],
    focus: { description: 'Todo el cuerpo.' },
    helps: [{ condition: 'low-back-pain', note: 'En un ensayo…' }],
  },
});

test('a translation that gives every sentence, list item and heading id of its English entry passes, and is current', () => {
  assert.deepEqual(translationProblems(good(), english, 'content/types/swedish-massage.md'), []);
  assert.equal(translationState(good(), english).behind, false);
});

test('a changed English text puts the translation behind, whatever changed in it', () => {
  assert.equal(translationState(good(), { ...english, text: englishText.replace('Text.', 'Text, revised.') }).behind, true);
  assert.equal(sourceRevision('abc'), 'ba7816bf8f01', 'the first 12 hex digits of sha256sum');
});

test('a translation of no English article names the file it would translate', () => {
  const [problem] = translationProblems(good(), undefined, 'content/types/swedish-masage.md');
  assert.match(problem!.message, /translates content\/types\/swedish-masage\.md, which does not exist/);
});

test('a dropped caution, a missing sentence, an extra one and a lost note are each named', () => {
  const t = good();
  t.data.cautions = ['a', 'b'];
  delete t.data.purpose;
  t.data.goal = 'Más calma.';
  t.data.helps = [];
  const problems = translationProblems(t, english, english.file);
  assert.deepEqual(problems.map((p) => p.field), ['purpose', 'goal', 'cautions', 'helps']);
  assert.match(problems[2]!.message, /2 item\(s\) where the English has 3/);
  assert.match(problems[3]!.message, /note on low-back-pain is not translated/);
});

test("a heading without the English heading's id is refused with its line, so sections link the same in both languages", () => {
  const t = good();
  t.body = t.body.replace(' { #how-does-it-feel }', '');
  const [problem] = translationProblems(t, english, english.file);
  assert.equal(problem!.field, 'body line 6', 'the build names the file line (fileLine)');
  assert.match(problem!.message, /#how-does-it-feel is missing; #cómo-se-siente is not an English heading/);
});

test("a note on a condition the English does not name, or a note where the English lowers the grade, is refused", () => {
  const t = good();
  t.data.helps = [{ condition: 'low-back-pain', note: 'En un ensayo…' }, { condition: 'insomnia', note: 'Nada.' }];
  assert.match(translationProblems(t, english, english.file)[0]!.message, /"insomnia" is not a condition/);
  t.data.helps = [{ condition: 'low-back-pain', lowerReason: 'Tradicional.' }];
  assert.match(translationProblems(t, english, english.file)[0]!.message, /note or lowerReason does not match/);
});

const SPEC = { ids: true, fields: ['says'] } as const;
const HEADER = { source: 'abcdef012345', translated: '2026-12-08' };
const ENGLISH_LIST = [
  { id: 'a', source: 'mayo', says: 'says it may help' },
  { id: 'b', source: 'nhs', says: 'lists it' },
];

test('a translated list gives the words of each English entry, in order, and no fact of its own', () => {
  assert.deepEqual(translatedListProblems('es.yaml', 'en.yaml', ENGLISH_LIST, [{ id: 'a', says: 'dice' }, { id: 'b', says: 'lo incluye' }], HEADER, SPEC), []);
  const problems = translatedListProblems('es.yaml', 'en.yaml', ENGLISH_LIST, [{ id: 'b', says: 'x' }, { id: 'a', source: 'mayo' }], {}, SPEC);
  assert.deepEqual(problems.map((p) => p.field), ['header', 'b', 'a', 'a.source', 'a.says']);
});

test('a safety answer keeps its urgency, paired by position', () => {
  const english = [{ urgent: true, answer: 'Call 911.' }];
  const [problem] = translatedListProblems('es.yaml', 'en.yaml', english, [{ urgent: false, answer: 'Llame al 911.' }], HEADER, { ids: false, fields: ['answer', 'urgent'] });
  assert.equal(problem!.field, 'entry 1.urgent');
});

test('a translation holds words only: a fact field is refused, each translated sentence and list is accepted', () => {
  const base = { translation: { source: 'abcdef012345', translated: '2026-12-08' }, title: 'Masaje sueco', summary: 'El masaje clásico de cuerpo entero, con movimientos largos y suaves.' };
  assert.equal(translationSchema.safeParse({ ...base, purpose: 'Relajarse.', cautions: ['Consulte a su médico.'] }).success, true);
  assert.equal(translationSchema.safeParse({ ...base, pressure: { min: 'light', max: 'firm' } }).success, false);
  assert.equal(translationSchema.safeParse({ ...base, lastReviewed: '2026-11-23' }).success, false);
});
