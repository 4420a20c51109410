import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchoredArticle, anchoredPair, deadRedirectProblems, expectedUrls, fileOfUrl, keptFiles, keptUrls, lostAnchorProblems, lostUrlProblems, lostUrls, parseRedirects, redirectSources, renamedFrom, sharedUrlProblems, siteUrlClaims } from '../../../src/lib/checks/url-contract.ts';
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
  assert.deepEqual(lostUrlProblems('contract/published-urls.txt', ['/types/b/'], 'contract/redirects.txt'), [
    {
      file: 'contract/published-urls.txt',
      field: '/types/b/',
      message: 'was published, and clinics may link to it, but this build no longer answers it',
      fix: 'if the entry was renamed, keep its old slug "b" in its `aliases`; if an alias was removed, restore it; if the entry was removed, add the line "/types/b/ /types/<closest>/" to contract/redirects.txt, with the closest page as the target: an entry of types, so that its card, handout and files answer under the old name too',
    },
  ]);
  // A file cannot be redirected: its fix is its entry's page's line, which builds the file again (below).
  for (const file of ['/og/types/b.png', '/qr/types/b.svg', '/oembed/types/b.json', '/embed/types/b/']) {
    assert.equal(lostUrlProblems('m', [file], 'r')[0]!.fix, lostUrlProblems('m', ['/types/b/'], 'r')[0]!.fix.replace('contract/redirects.txt', 'r'), file);
  }
  assert.match(lostUrlProblems('m', ['/og/types.png'], 'r')[0]!.fix, /^restore the route or page that made it/);
  assert.match(lostUrlProblems('m', ['/compare/a-vs-b/'], 'r')[0]!.fix, /restore the pair/);
  assert.match(lostUrlProblems('m', ['/codes/icd-10/M54.50/'], 'r')[0]!.fix, /^restore M54\.50 \(or the code under it that made this page\) in the `codes` of its condition; if the code was wrong, add the line "\/codes\/icd-10\/M54\.50\/ \/conditions\/<closest>\/" to r/);
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

test("a removed entry's page redirected to an entry of its kind keeps its files, as an alias would; to another kind, it cannot", () => {
  const { redirects } = parseRedirects('contract/redirects.txt', '/types/hot-stone/ /types/swedish/#pressure\n/types/gone/ /guides/safety/\n/codes/icd-10/M54.50/ /conditions/low-back-pain/\n');
  const published = ['/types/hot-stone/', '/og/types/hot-stone.png', '/qr/types/hot-stone.svg', '/oembed/types/hot-stone.json', '/embed/types/hot-stone/', '/og/types/gone.png'];
  const kept = keptUrls(published, renamedFrom(redirects));
  assert.deepEqual(kept, [
    { from: '/og/types/hot-stone.png', to: '/og/types/swedish.png' },
    { from: '/qr/types/hot-stone.svg', to: '/qr/types/swedish.svg' },
    { from: '/oembed/types/hot-stone.json', to: '/oembed/types/swedish.json' },
    { from: '/embed/types/hot-stone/', to: '/embed/types/swedish/' },
  ]);
  const current = new Map([['/og/types/swedish.png', 'swedish card']]);
  assert.deepEqual(keptFiles(kept, current), [{ from: '/og/types/hot-stone.png', oldSlug: 'hot-stone', now: 'swedish card' }]);
});

test('a local build need not make the feed or the sitemap; a deployment must', () => {
  const published = ['/', '/feed.xml', '/sitemap-index.xml', '/api/v1/types.json'];
  assert.deepEqual(expectedUrls(published, false), ['/', '/api/v1/types.json']);
  assert.deepEqual(expectedUrls(published, true), published);
});

test('the redirects file: one published page and its new address per line; anything else names its line', () => {
  const text = '# Removed codes\n/codes/icd-10/M54.50/ /conditions/low-back-pain/#symptoms\n\n/types/vodder-method/ /types/manual-lymphatic-drainage/\n/types/x /types/y/\n/a/ /b/ /c/\n';
  const { redirects, problems } = parseRedirects('contract/redirects.txt', text);
  assert.deepEqual(redirects, [
    { from: '/codes/icd-10/M54.50/', to: '/conditions/low-back-pain/#symptoms', line: 2 },
    { from: '/types/vodder-method/', to: '/types/manual-lymphatic-drainage/', line: 4 },
  ]);
  assert.deepEqual(problems.map((p) => `${p.field}: ${p.message}`), ['line 5: "/types/x /types/y/" is not a redirect', 'line 6: "/a/ /b/ /c/" is not a redirect']);
  const files = new Set(['/conditions/low-back-pain/index.html']);
  assert.deepEqual(
    deadRedirectProblems('contract/redirects.txt', redirects, (f) => files.has(f)).map((p) => `${p.field}: ${p.message}`),
    ['line 4: /types/vodder-method/ redirects to /types/manual-lymphatic-drainage/, which this build does not make'],
  );
});

test('two types whose pairs make one URL stop the build naming both files; one pair listed from both sides does not', () => {
  const type = (id: string, related: string[]) => ({ kind: 'types' as const, id, file: `content/types/${id}.md`, related });
  const claims = siteUrlClaims(
    [type('chair-massage-vs-x', ['thai-massage']), type('thai-massage', ['chair-massage-vs-x']), type('chair-massage', ['x-vs-thai-massage']), type('x-vs-thai-massage', [])],
    [],
    [],
    { file: 'contract/redirects.txt', redirects: [] },
  );
  assert.deepEqual(sharedUrlProblems(claims), [
    {
      file: 'content/types/chair-massage.md',
      field: 'related',
      message:
        'the pair page of chair-massage and x-vs-thai-massage would be at /compare/chair-massage-vs-x-vs-thai-massage/, which is already the pair page of chair-massage-vs-x and thai-massage (content/types/chair-massage-vs-x.md → related), so one of the two pages would silently disappear',
      fix: 'rename one of the two (keeping its old slug as an alias if it was published), so that each has a URL of its own',
    },
  ]);
});

test('a redirect written for a URL the site still makes, or an alias, is a shared URL; one code page of two conditions is not', () => {
  const claims = siteUrlClaims(
    [{ kind: 'types', id: 'mld', file: 'content/types/mld.md', related: [] }],
    [
      { code: 'M54', url: '/codes/icd-10/M54/', file: 'content/conditions/a.md' },
      { code: 'M54', url: '/codes/icd-10/M54/', file: 'content/conditions/b.md' },
    ],
    [{ from: '/types/vodder-method/', to: '/types/mld/' }],
    { file: 'contract/redirects.txt', redirects: [{ from: '/types/vodder-method/', to: '/types/mld/', line: 3 }, { from: '/codes/icd-10/M54/', to: '/types/mld/', line: 4 }] },
  );
  assert.deepEqual(
    sharedUrlProblems(claims).map((p) => `${p.file} → ${p.field}: ${p.message.split(', so')[0]}`),
    [
      'contract/redirects.txt → line 3: a redirect to /types/mld/ would be at /types/vodder-method/, which is already the alias redirect to /types/mld/ (content/types/mld.md → aliases)',
      'contract/redirects.txt → line 4: a redirect to /types/mld/ would be at /codes/icd-10/M54/, which is already the code page of M54 (content/conditions/a.md → codes)',
    ],
  );
});

test('a published anchor the page lost is named at the heading most like it, with its old id as the fix', () => {
  const body = '## What is it? { #what-it-is }\n\nText.\n\n### Does massage spread cancer?\n\nNo.\n\n## Aftercare\n';
  const article = anchoredArticle('types', 'oncology-massage', 'content/types/oncology-massage.md', body);
  const pages = new Map([['/types/oncology-massage/', new Set(['what-it-is', 'does-massage-spread-cancer', 'aftercare', 'faq'])]]);
  const anchors = ['/types/oncology-massage/#faq', '/types/oncology-massage/#can-massage-spread-cancer', '/types/oncology-massage/#pressure', '/types/oncology-massage/#cost', '/types/gone/#faq'];
  assert.deepEqual(lostAnchorProblems('contract/published-anchors.txt', anchors, pages, [article]), [
    {
      file: 'content/types/oncology-massage.md',
      field: 'body line 5',
      message: 'the section #can-massage-spread-cancer was published (contract/published-anchors.txt), and clinics link to /types/oncology-massage/#can-massage-spread-cancer, but the page no longer has that section',
      fix: 'if this heading is that section reworded, give it its old id: "### Does massage spread cancer? { #can-massage-spread-cancer }"; if the section was removed, give that id to the closest heading',
    },
    {
      file: 'content/types/oncology-massage.md',
      field: 'body',
      message: 'the section #pressure was published (contract/published-anchors.txt), and clinics link to /types/oncology-massage/#pressure, but the page no longer has that section',
      fix: 'give the heading of the closest section the fixed id: "## … { #pressure }"',
    },
    {
      file: 'content/types/oncology-massage.md',
      field: 'section #cost',
      message: 'the section #cost was published (contract/published-anchors.txt), and clinics link to /types/oncology-massage/#cost, but the page no longer has that section',
      fix: 'the layout shows #cost only while the frontmatter holds what it lists (src/lib/model/sections.ts): restore that',
    },
  ]);
});

test("a pair page's lost anchor is named at its comparison file's heading, or at what makes a fixed section", () => {
  const body = '## How does each one feel?\n\nText.\n\n## Who should skip it?\n';
  const comparison = { file: 'content/comparisons/a-vs-b.md', body };
  const pages = new Map([
    ['/compare/a-vs-b/', new Set(['differences', 'choose', 'choose-a', 'choose-b', 'how-does-each-one-feel', 'who-should-skip-it'])],
    ['/compare/a-vs-c/', new Set(['differences', 'choose', 'choose-a', 'choose-c'])],
    ['/compare/b-vs-c/', new Set(['differences', 'choose', 'choose-b', 'choose-c'])],
  ]);
  const anchors = ['/compare/a-vs-b/#who-should-avoid-it', '/compare/a-vs-b/#faq', '/compare/a-vs-b/#side-by-side', '/compare/a-vs-c/#side-by-side', '/compare/b-vs-c/#side-by-side', '/compare/a-vs-c/#what-happens', '/compare/a-vs-c/#choose-c'];
  const problems = lostAnchorProblems('contract/published-anchors.txt', anchors, pages, [anchoredPair('a', 'b', comparison), anchoredPair('a', 'c', undefined), anchoredPair('b', 'c', undefined)]);
  assert.deepEqual(
    problems.map((p) => `${p.file} → ${p.field}: ${p.message.replace(/.*but /, '')} | ${p.fix}`),
    [
      'content/comparisons/a-vs-b.md → body line 5: the page no longer has that section | if this heading is that section reworded, give it its old id: "## Who should skip it? { #who-should-avoid-it }"; if the section was removed, give that id to the closest heading',
      'content/comparisons/a-vs-b.md → section #faq: the page no longer has that section | a pair page shows #faq only while its comparison file has `faq` questions: restore them',
      // One problem for a section the registry gave every pair page, however many pages lost it.
      'src/lib/model/sections.ts → section #side-by-side: the page no longer has that section, nor do 2 more pages | every pair page renders the ids of PAIR_SECTIONS and chooseSection(<type>): restore #side-by-side there, keeping it on the section that holds it now',
      'content/comparisons/a-vs-c.md → file name: the page no longer has that section | the hand-written comparison is gone: restore content/comparisons/a-vs-c.md (git log -- content/comparisons/a-vs-c.md), or write one with a heading "## … { #what-happens }"',
    ],
  );
});
