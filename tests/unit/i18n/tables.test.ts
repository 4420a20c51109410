import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES, strings, type Locale, type Strings } from '../../../src/i18n/index.ts';
import { richText } from '../../../src/i18n/rich.ts';
import { leaves } from './leaves.ts';

test('every language has every word: no key is empty and every word-making function makes words', () => {
  for (const locale of Object.keys(LOCALES) as Locale[]) {
    const words = leaves(strings(locale));
    assert.ok(words.length > 150, `${locale} has ${words.length} words`);
    for (const [path, text] of words) assert.match(text, /\S/, `${locale}: ${path} is empty`);
  }
});

test('no sentence of the table has a broken link or code mark, which would show its brackets to readers', () => {
  for (const [path, text] of leaves(strings())) {
    const words = richText(text).flatMap((part) => (part.kind === 'link' ? part.parts : [part])).filter((part) => part.kind === 'text');
    for (const part of words) assert.doesNotMatch(part.text, /[`[\]]/, `${path}: "${text}"`);
  }
});

test('a table missing a word of a page or a component is refused by the type check', () => {
  const en = strings();
  const { emergency: _dropped, ...safetyBox } = en.components.safetyBox;
  // @ts-expect-error the safety box's emergency sentence is missing (npm run check fails if the type allowed it)
  const incomplete: Strings = { ...en, components: { ...en.components, safetyBox } };
  const { forClinics: _gone, ...pages } = en.pages;
  // @ts-expect-error the page for clinics has no words (npm run check fails if the type allowed it)
  const noClinics: Strings = { ...en, pages };
  assert.equal('emergency' in incomplete.components.safetyBox, false);
  assert.equal('forClinics' in noClinics.pages, false);
});
