import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileOfUrl, keptFiles, keptUrls, lostUrlProblems, lostUrls, redirectSources, renamedFrom } from '../../../src/lib/checks/url-contract.ts';
import { PUBLISHED_SWEDISH } from '../../fixtures/published-swedish.ts';

const renamed = renamedFrom([
  { from: '/types/swedish-massage/', to: '/types/swedish-massage-therapy/' },
  { from: '/types/mld/', to: '/types/manual-lymphatic-drainage/' },
]);

test("every published URL made from an old slug answers at the renamed entry's URL", () => {
  const published = [
    ...PUBLISHED_SWEDISH,
    '/compare/mld-vs-swedish-massage/',
    '/embed/types/deep-tissue-massage/',
    '/api/v1/types.json',
  ];
  assert.deepEqual(keptUrls(published, renamed), [
    { from: '/embed/types/swedish-massage/', to: '/embed/types/swedish-massage-therapy/' },
    { from: '/handouts/types/swedish-massage/', to: '/handouts/types/swedish-massage-therapy/' },
    { from: '/oembed/types/swedish-massage.json', to: '/oembed/types/swedish-massage-therapy.json' },
    { from: '/og/types/swedish-massage.png', to: '/og/types/swedish-massage-therapy.png' },
    { from: '/qr/types/swedish-massage.svg', to: '/qr/types/swedish-massage-therapy.svg' },
    { from: '/compare/deep-tissue-massage-vs-swedish-massage/', to: '/compare/deep-tissue-massage-vs-swedish-massage-therapy/' },
    { from: '/compare/mld-vs-swedish-massage/', to: '/compare/manual-lymphatic-drainage-vs-swedish-massage-therapy/' },
  ]);
});

test('a published URL with neither a file nor a redirect is lost, with the fix', () => {
  const files = new Set(['/types/a/index.html', '/og/types/a.png']);
  const lost = lostUrls(['/types/a/', '/types/b/', '/types/mld/', '/og/types/a.png', '/og/types/b.png'], (f) => files.has(f), redirectSources('/types/mld/ /types/a/ 301\n'));
  assert.deepEqual(lost, ['/types/b/', '/og/types/b.png']);
  assert.deepEqual(lostUrlProblems('contract/published-urls.txt', ['/types/b/']), [
    {
      file: 'contract/published-urls.txt',
      field: '/types/b/',
      message: 'was published, and clinics may link to it, but this build no longer answers it',
      fix: 'if the entry was renamed, keep its old slug "b" in its `aliases`; if it was removed, add that slug to the aliases of the closest entry',
    },
  ]);
  assert.match(lostUrlProblems('m', ['/compare/a-vs-b/'])[0]!.fix, /restore the pair/);
  assert.equal(fileOfUrl('/types/a/'), '/types/a/index.html');
  assert.equal(fileOfUrl('/oembed/types/a.json'), '/oembed/types/a.json');
});

test("a kept file answers under its old slug with what the new URL serves; kept URLs of other families are not its", () => {
  const current = new Map([['/qr/types/swedish-massage-therapy.svg', { kind: 'types', id: 'swedish-massage-therapy' }]]);
  const kept = [
    { from: '/qr/types/swedish-massage.svg', to: '/qr/types/swedish-massage-therapy.svg' },
    { from: '/embed/types/swedish-massage/', to: '/embed/types/swedish-massage-therapy/' },
  ];
  assert.deepEqual(keptFiles(kept, current), [{ from: '/qr/types/swedish-massage.svg', oldSlug: 'swedish-massage', now: { kind: 'types', id: 'swedish-massage-therapy' } }]);
});
