import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, LOCALES, strings, type Locale, type Strings } from '../../../src/i18n/index.ts';
import { EVIDENCE_GRADES } from '../../../src/lib/model/evidence.ts';
import { PRESSURE_LEVELS } from '../../../src/lib/model/pressure.ts';
import { ARTICLE_KINDS } from '../../../src/lib/model/urls.ts';
import { pressureInWords } from '../../../src/lib/views/comparisons.ts';

test('dates read as the language writes them, in UTC whatever the machine', () => {
  assert.equal(formatDate(new Date('2026-11-23T23:30:00Z')), '23 November 2026');
  assert.equal(formatDate(new Date('2026-12-01')), '1 December 2026');
});

test('every kind has its names, and the html lang of each language is a language tag', () => {
  for (const kind of ARTICLE_KINDS) assert.ok(strings().kinds[kind].singular && strings().kinds[kind].plural, kind);
  for (const locale of Object.values(LOCALES)) assert.match(locale.lang, /^[a-z]{2}(-[A-Z]{2})?$/);
});

test('a table with a key missing is refused by the type check', () => {
  const { siteName: _dropped, ...partial } = strings();
  // @ts-expect-error siteName is missing, so this is not a language's table (npm run check fails if the type allowed it)
  const incomplete: Strings = partial;
  assert.equal('siteName' in incomplete, false);
});

test('Spanish dates read as US Spanish writes them, and each language has its own words', () => {
  assert.equal(formatDate(new Date('2026-11-23T23:30:00Z'), 'es'), '23 de noviembre de 2026');
  assert.notEqual(strings('es').siteName, strings('en').siteName);
  for (const kind of ARTICLE_KINDS) assert.notEqual(strings('es').kinds[kind].plural, strings('en').kinds[kind].plural, kind);
});

test('a table missing a nested word (a decision answer, a grade) is refused too', () => {
  const table = strings();
  const { yes: _yes, ...yesNo } = table.decision.yesNo;
  // @ts-expect-error decision.yesNo.yes is missing
  const noYes: Strings = { ...table, decision: { ...table.decision, yesNo } };
  const { strong: _strong, ...grades } = table.evidence.grades;
  // @ts-expect-error the strong grade's words are missing
  const noStrong: Strings = { ...table, evidence: { ...table.evidence, grades } };
  assert.equal('yes' in noYes.decision.yesNo || 'strong' in noStrong.evidence.grades, false);
});

test('every language names each grade with its own words: none missing, no two grades alike', () => {
  for (const locale of Object.keys(LOCALES) as Locale[]) {
    const grades = strings(locale).evidence.grades;
    for (const grade of EVIDENCE_GRADES) {
      for (const [field, words] of Object.entries(grades[grade])) assert.ok(words.trim().length > 3, `${locale} ${grade} ${field}`);
    }
    for (const field of ['label', 'inSentence', 'meaning', 'wording'] as const) {
      assert.equal(new Set(EVIDENCE_GRADES.map((grade) => grades[grade][field])).size, EVIDENCE_GRADES.length, `${locale}: two grades share a ${field}`);
    }
  }
});

test('every language names each pressure level, no two alike, and a range by both its ends', () => {
  for (const locale of Object.keys(LOCALES) as Locale[]) {
    const { levels } = strings(locale).pressure;
    for (const level of PRESSURE_LEVELS) assert.ok(levels[level].trim(), `${locale} ${level}`);
    assert.equal(new Set(PRESSURE_LEVELS.map((level) => levels[level])).size, PRESSURE_LEVELS.length, locale);
    assert.equal(pressureInWords({ min: 'medium', max: 'medium' }, locale), levels.medium);
    const range = pressureInWords({ min: 'light', max: 'deep' }, locale).toLowerCase();
    for (const end of [levels.light, levels.deep]) assert.ok(range.includes(end.toLowerCase()), `${locale}: ${range} names ${end}`);
  }
});

test("every language states the grade rule in as many steps as English, each a whole sentence", () => {
  const steps = strings('en').evidence.ruleSteps.length;
  assert.ok(steps >= 5);
  for (const locale of Object.keys(LOCALES) as Locale[]) {
    const rule = strings(locale).evidence.ruleSteps;
    assert.equal(rule.length, steps, `${locale}: a step is missing or added`);
    for (const step of rule) assert.match(step, /^\S.{20,}[.!?]$/, `${locale}: ${step}`);
  }
});
