import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, LOCALES, strings, type Strings } from '../../../src/i18n/index.ts';
import { ARTICLE_KINDS } from '../../../src/lib/model/urls.ts';

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
