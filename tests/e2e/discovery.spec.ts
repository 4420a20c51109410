/**
 * How search engines and clinics' platforms find the site, checked with the
 * consumers' own tools rather than our reading of the formats: the sitemap
 * against the sitemaps.org schemas and the pages a crawler gets, and oEmbed
 * discovery as WordPress itself follows it from a pasted article URL to the
 * card. Needs a build for a deployment address (npm test builds one).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { builtPages, DIST } from '../../scripts/lib/built-site.ts';
import { HOSTED_ORIGIN } from '../../playwright.config.ts';
import { embedInWordPress, ensureWordPress } from './wordpress/wordpress.ts';

const pages = builtPages();
const says = (html: string, what: RegExp) => what.test(/<head>[\s\S]*?<\/head>/.exec(html)?.[0] ?? '');
const NOINDEX = /<meta name="robots" content="[^"]*noindex/;
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** The sitemap index, found as a crawler finds it: through robots.txt. */
const indexUrl = new URL(/^Sitemap: (\S+)$/m.exec(read('robots.txt'))![1]!);
const site = indexUrl.origin;
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
const sitemapFiles = locs(read(indexUrl.pathname)).map((url) => url.pathname);
const listed = sitemapFiles.flatMap((file) => locs(read(file)));

test('the sitemap index and each sitemap are valid by the sitemaps.org schemas', async () => {
  const schema = (name: string) => ({ fileName: name, contents: readFileSync(join('tests/fixtures/sitemaps', name), 'utf8') });
  const check = async (file: string, xsd: string) => {
    const result = await validateXML({ xml: [{ fileName: file, contents: read(file) }], schema: [schema(xsd)] });
    expect(result.errors.map((e) => e.rawMessage), file).toEqual([]);
  };
  await check(indexUrl.pathname, 'siteindex.xsd');
  expect(sitemapFiles.length).toBeGreaterThan(0);
  for (const file of sitemapFiles) await check(file, 'sitemap.xsd');
});

test('the sitemap lists every page a search engine may index, and nothing else', () => {
  expect(listed.every((url) => url.origin === site)).toBe(true);
  const indexable = pages.filter((p) => p.path !== '/404.html' && !p.isRedirect && !says(p.html, NOINDEX)).map((p) => p.path);
  expect(listed.map((url) => url.pathname).sort()).toEqual(indexable.sort());
});

test('every sitemap URL answers 200 on a static host, with no redirect and no noindex', async ({ request }) => {
  for (const url of listed) {
    const response = await request.get(`${HOSTED_ORIGIN}${url.pathname}`, { maxRedirects: 0 });
    expect(response.status(), url.pathname).toBe(200);
    expect(response.headers()['x-robots-tag'] ?? '', url.pathname).not.toContain('noindex');
    expect(says(await response.text(), NOINDEX), url.pathname).toBe(false);
  }
});

test("an article's lastmod is the date it was last reviewed", () => {
  const xml = sitemapFiles.map(read).join('');
  const lastmods = new Map([...xml.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [new URL(m[1]!).pathname, m[2]!]));
  const reviewed = pages.flatMap((p) => {
    const date = /"lastReviewed":"([\d-]+)"/.exec(p.html)?.[1];
    return date && /^\/(types|techniques|conditions|guides)\/[^/]+\/$/.test(p.path) ? [[p.path, date] as const] : [];
  });
  expect(reviewed.length).toBeGreaterThan(50);
  for (const [path, date] of reviewed) expect(lastmods.get(path), path).toBe(date);
});

test('WordPress, given any article URL, discovers its oEmbed file, fetches it as WordPress does and embeds the card', async ({ request }) => {
  test.setTimeout(300_000);
  ensureWordPress();
  const embeddable = pages.filter((p) => !p.isRedirect && /^\/(types|techniques|conditions)\/[^/]+\/$/.test(p.path));
  expect(embeddable.length).toBeGreaterThan(50);
  const results = embedInWordPress(site, HOSTED_ORIGIN, embeddable.map((p) => `${site}${p.path}`));
  for (const [i, { url, provider, requested, data, html }] of results.entries()) {
    const written = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(embeddable[i]!.html)![1]!;
    expect(provider, url).toBe(written);
    // The href as written, with WordPress's query appended: the static host ignores the query.
    const fetched = new URL(requested.at(-1)!);
    expect(`${fetched.origin}${fetched.pathname}`, url).toBe(written);
    expect([...fetched.searchParams.keys()], url).toEqual(expect.arrayContaining(['maxwidth', 'maxheight', 'url', 'format']));
    expect(fetched.searchParams.get('url'), url).toBe(url);
    expect(data && [data.type, data.url], url).toEqual(['rich', url]);
    const card = /<iframe [^>]*src="([^"#]+)[^"]*"/.exec(html || '')?.[1];
    expect(card, url).toBe(`${site}/embed${new URL(url).pathname}`);
    const answer = await request.get(`${HOSTED_ORIGIN}${new URL(card!).pathname}`, { maxRedirects: 0 });
    expect(answer.status(), card).toBe(200);
    expect(await answer.text(), card).toContain(`href="${url}"`);
  }
});
