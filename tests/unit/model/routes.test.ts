import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_LOCALE, localeOfPath, localePath } from '../../../src/lib/model/locales.ts';
import { API_FILES, articleUrl, codeUrl, comparePickerUrl, compareUrl, decisionPath, embedUrl, handoutUrl, indexUrl, oembedUrl, qrUrl, searchUrl, EMBED_KINDS, HANDOUT_KINDS, hasSections, hostPathPatterns, isArticleKind, isEmbedKind, isHandoutKind, ROUTES, searchedPagesGlob, slugFamilies, type Route } from '../../../src/lib/model/urls.ts';

const routes: [string, Route][] = Object.entries(ROUTES);

test('every route file under src/pages is named by exactly one route, and every route names files that exist', () => {
  const files = readdirSync('src/pages', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.replace(/^src\/pages\//, ''));
  for (const file of files) {
    const owners = routes.filter(([, route]) => route.files.includes(file)).map(([name]) => name);
    assert.equal(owners.length, 1, `src/pages/${file} is named by ${owners.length ? owners.join(' and ') : 'no route'}: add it to ROUTES in src/lib/model/urls.ts`);
  }
  for (const [name, route] of routes) for (const file of route.files) assert.ok(files.includes(file), `ROUTES.${name} names src/pages/${file}, which does not exist`);
});

test('a route that writes HTML is a page, a redirect or a card; a file route writes no HTML', () => {
  for (const [name, route] of routes) {
    const html = route.files.some((file) => file.endsWith('.astro'));
    assert.equal(html, route.serves !== 'file', `ROUTES.${name}`);
  }
});

test('host path patterns: a route by its first folder, one per kind where the kind comes first, single files as they are', () => {
  const table: Route[] = [
    { pattern: '/', files: [], serves: 'page' },
    { pattern: '/[kind]/[slug]/', files: [], serves: 'page', kinds: ['types', 'guides'] },
    { pattern: '/codes/icd-10/[code]/', files: [], serves: 'page' },
    { pattern: '/codes/', files: [], serves: 'page' },
    { pattern: '/404.html', files: [], serves: 'page' },
    { pattern: '/[...kept]/', files: [], serves: 'redirect' },
    { pattern: '/feed.xml', files: [], serves: 'file' },
  ];
  assert.deepEqual(
    hostPathPatterns((route) => route.serves !== 'file', table),
    ['/', '/index.html', '/types/*', '/guides/*', '/codes/*', '/404.html'],
  );
});

test("the families made from an entry's slug come from the route table: pages, cards, handouts and every per-entry file", () => {
  assert.deepEqual(
    slugFamilies().map((f) => `${f.prefix}<${f.kinds.join('|')}>/<slug>${f.suffix}`),
    [
      '/<types|techniques|conditions|regions|guides>/<slug>/',
      '/handouts/<types|conditions>/<slug>/',
      '/embed/<types|techniques|conditions>/<slug>/',
      '/oembed/<types|techniques|conditions>/<slug>.json',
      '/og/<types|techniques|conditions|regions|guides>/<slug>.png',
      '/qr/<types|conditions>/<slug>.svg',
    ],
  );
});

test('search reads the pages of sections: every article kind and the pair pages, by folder', () => {
  assert.equal(searchedPagesGlob(), '{types,techniques,conditions,regions,guides,compare}/*/index.html');
  const table: Route[] = [
    { pattern: '/[kind]/[slug]/', files: [], serves: 'page', kinds: ['types', 'systems' as never], sections: true },
    { pattern: '/handouts/[kind]/[slug]/', files: [], serves: 'page', kinds: ['types'] },
  ];
  assert.equal(searchedPagesGlob(table), '{types,systems}/*/index.html');
});

test('pages of sections are told apart by the route patterns, not by a second list of kinds', () => {
  for (const path of ['/types/swedish-massage/', '/guides/safety/', '/compare/a-vs-b/']) assert.ok(hasSections(path), path);
  for (const path of ['/types/', '/compare/', '/handouts/types/swedish-massage/', '/embed/types/x/', '/codes/icd-10/M54.50/', '/typesx/y/', '/types/a/b/'])
    assert.ok(!hasSections(path), path);
});

test('the kinds table is the one list: handouts, cards and API files follow its entries', () => {
  assert.deepEqual(HANDOUT_KINDS, ['types', 'conditions']);
  assert.deepEqual(EMBED_KINDS, ['types', 'techniques', 'conditions']);
  assert.deepEqual(API_FILES, ['types', 'techniques', 'conditions', 'codes', 'evidence', 'evidence-changes']);
  assert.ok(isArticleKind('guides') && !isArticleKind('toString') && !isArticleKind('comparisons'));
  assert.ok(isHandoutKind('conditions') && !isHandoutKind('techniques') && !isEmbedKind('regions'));
});

test('every builder of a page gives the English address it always has, with or without the language', () => {
  const pages: [string, string][] = [
    [articleUrl('types', 'swedish-massage', 'en'), '/types/swedish-massage/'],
    [indexUrl('guides', 'en'), '/guides/'],
    [compareUrl('swedish-massage', 'deep-tissue-massage', 'en'), '/compare/deep-tissue-massage-vs-swedish-massage/'],
    [comparePickerUrl('b', 'a', 'en'), '/compare/?t=a&t=b'],
    [handoutUrl('conditions', 'sciatica', 'en'), '/handouts/conditions/sciatica/'],
    [qrUrl('types', 'x', 'en'), '/qr/types/x.svg'],
    [embedUrl('techniques', 'x', 'en'), '/embed/techniques/x/'],
    [oembedUrl('techniques', 'x', 'en'), '/oembed/techniques/x.json'],
    [codeUrl('M54.50', 'en'), '/codes/icd-10/M54.50/'],
    [decisionPath('', 'en'), '/decide/'],
    [decisionPath('pain/neck', 'en'), '/decide/pain/neck/'],
    [searchUrl('a b', 'en'), '/search/?q=a%20b'],
  ];
  for (const [built, expected] of pages) assert.equal(built, expected);
  assert.equal(articleUrl('types', 'x'), articleUrl('types', 'x', DEFAULT_LOCALE));
  assert.equal(localePath('//cdn.example/x', 'en'), '//cdn.example/x');
});

test('a page in another language is under its prefix, and English keeps its address', () => {
  assert.equal(articleUrl('types', 'swedish-massage', 'es'), '/es/types/swedish-massage/');
  assert.equal(decisionPath('', 'es'), '/es/decide/');
  assert.equal(localePath('https://example.org/x', 'es'), 'https://example.org/x', 'a full address is left alone');
});

test('a path tells its language by its prefix alone', () => {
  assert.equal(localeOfPath('/es/types/x/'), 'es');
  assert.equal(localeOfPath('/es/'), 'es');
  assert.equal(localeOfPath('/escape/'), 'en', 'a word that begins with es is no prefix');
  assert.equal(localeOfPath('/types/x/'), 'en');
});
