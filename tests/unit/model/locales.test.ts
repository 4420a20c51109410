import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultLocalePath, languageVersions, localeOfPath, localePath, TRANSLATED_LOCALES } from '../../../src/lib/model/locales.ts';

test('Spanish pages live under /es/, English keeps its addresses', () => {
  assert.deepEqual(TRANSLATED_LOCALES, ['es']);
  assert.equal(localePath('/types/swedish-massage/', 'es'), '/es/types/swedish-massage/');
  assert.equal(localePath('/', 'es'), '/es/');
  assert.equal(localePath('/types/swedish-massage/', 'en'), '/types/swedish-massage/');
  assert.equal(localePath('https://example.org/x', 'es'), 'https://example.org/x', 'a full address is left alone');
});

test('a path tells its language, and its default-language path, by the prefix alone', () => {
  assert.equal(localeOfPath('/es/types/x/'), 'es');
  assert.equal(localeOfPath('/es/'), 'es');
  assert.equal(localeOfPath('/escape/'), 'en', 'a word that begins with es is no prefix');
  assert.equal(defaultLocalePath('/es/types/x/'), '/types/x/');
  assert.equal(defaultLocalePath('/es/'), '/');
  assert.equal(defaultLocalePath('/types/x/'), '/types/x/');
});

test('each language version names every other and the default as x-default, from either side', () => {
  const expected = [
    { hreflang: 'en', path: '/types/x/' },
    { hreflang: 'es', path: '/es/types/x/' },
    { hreflang: 'x-default', path: '/types/x/' },
  ];
  assert.deepEqual(languageVersions('/types/x/', ['en', 'es']), expected);
  assert.deepEqual(languageVersions('/es/types/x/', ['en', 'es']), expected);
  assert.deepEqual(languageVersions('/types/x/', ['en']), [expected[0], expected[2]]);
});
