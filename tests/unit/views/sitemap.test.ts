import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dataPages, SITEMAP_FILE_SIZE, sitemapFiles, sitemapIndexXml, sitemapPages, sitemapXml } from '../../../src/lib/views/sitemap.ts';
import { ref, smallSite, typeEntry } from './small-site.ts';
import { pageMap } from '../../../src/lib/checks/pages.ts';
import { ARTICLE_KINDS, ROUTES, type Route } from '../../../src/lib/model/urls.ts';
import { siteDecisionGuide } from '../../../src/lib/views/decision-page.ts';

const site = smallSite({
  types: [
    typeEntry('swedish', 'Swedish massage', { lastReviewed: new Date('2026-03-01'), related: [ref('types', 'deep-tissue')] }),
    typeEntry('deep-tissue', 'Deep tissue massage', { lastReviewed: new Date('2026-09-15') }),
  ],
  codes: new Map([
    ['M54', ['low-back-pain', 'sciatica']],
    ['M54.5', ['low-back-pain']],
  ]),
});
const pages = sitemapPages(site);
const paths = pages.map((p) => p.path);

test('the sitemap lists each page once: the articles and indexes of every kind, handouts, pair pages, the chooser and code lists', () => {
  assert.equal(new Set(paths).size, paths.length);
  for (const path of ['/', '/search/', '/for-clinics/', '/decide/', '/types/', '/types/swedish/', '/techniques/effleurage/', '/conditions/sciatica/', '/regions/lower-back/', '/guides/safety/', '/handouts/types/swedish/', '/handouts/conditions/sciatica/', '/compare/deep-tissue-vs-swedish/', '/codes/icd-10/M54/']) {
    assert.ok(paths.includes(path), path);
  }
  assert.ok(paths.some((p) => p.startsWith('/decide/') && p !== '/decide/'), 'the chooser answers its questions on pages of their own');
});

test('pages that only redirect are left out: the reversed pair and a code with a single condition', () => {
  assert.ok(!paths.includes('/compare/swedish-vs-deep-tissue/'));
  assert.ok(!paths.includes('/codes/icd-10/M54.5/'));
  assert.ok(!paths.some((p) => p.startsWith('/embed/')));
});

test("an article and its handout are as new as the article's review; a pair page as the newer of its two types", () => {
  const reviewed = (path: string) => pages.find((p) => p.path === path)?.lastReviewed?.toISOString().slice(0, 10);
  assert.equal(reviewed('/types/swedish/'), '2026-03-01');
  assert.equal(reviewed('/handouts/types/swedish/'), '2026-03-01');
  assert.equal(reviewed('/compare/deep-tissue-vs-swedish/'), '2026-09-15');
  assert.equal(reviewed('/types/'), undefined);
});

test('a sitemap file holds at most its share of the pages, in order', () => {
  const many = Array.from({ length: SITEMAP_FILE_SIZE + 1 }, (_, i) => ({ path: `/p${i}/` }));
  const files = sitemapFiles(many);
  assert.deepEqual(files.map((f) => [f.path, f.pages.length]), [['/sitemap-0.xml', SITEMAP_FILE_SIZE], ['/sitemap-1.xml', 1]]);
  assert.equal(files[1]!.pages[0]!.path, `/p${SITEMAP_FILE_SIZE}/`);
});

test('the files give full addresses, the review day as lastmod, and only the sitemaps.org namespace', async () => {
  const at = new URL('https://example.org/');
  const xml = await sitemapXml(at, [{ path: '/types/swedish/', lastReviewed: new Date('2026-03-01') }, { path: '/' }]);
  assert.equal(
    xml,
    '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
      '<url><loc>https://example.org/types/swedish/</loc><lastmod>2026-03-01</lastmod></url><url><loc>https://example.org/</loc></url></urlset>',
  );
  assert.match(await sitemapIndexXml(at, [{ path: '/sitemap-0.xml' }]), /<sitemap><loc>https:\/\/example\.org\/sitemap-0\.xml<\/loc><\/sitemap>/);
});

test('an article may link to a page of every page route: the link check sees articles, handouts, pairs, code and guide pages', () => {
  const pages = pageMap(
    ARTICLE_KINDS.flatMap((kind) => site.articles(kind).map((e) => ({ kind, id: e.id, body: e.body ?? '', facts: { faq: 0, related: 0, evidence: 0, prices: false } }))),
    site.pairs,
    [],
    dataPages(siteDecisionGuide(site), site.codes),
  );
  const pattern = (route: Route) => new RegExp(`^${route.pattern.replace(/\[\.\.\.\w+\]/g, '.+').replace(/\[\w+\]/g, '[^/]+')}$`);
  for (const [name, route] of Object.entries(ROUTES) as [string, Route][]) {
    // The not-found page answers only where no page is.
    if (route.serves !== 'page' || name === 'notFound') continue;
    assert.ok([...pages.keys()].some((path) => pattern(route).test(path)), `no page of ROUTES.${name} (${route.pattern}) is in the link check's page map`);
  }
});
