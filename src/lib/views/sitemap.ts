/**
 * The sitemap: the pages search engines should index, each with the date it
 * was last reviewed where it has one. A URL that redirects or says noindex
 * makes search engines report an error and trust the sitemap less, so the
 * pages listed are the ones the routes render as pages, from the same
 * functions: every kind's index, articles and handouts by their kinds, the
 * pair pages under their canonical order, the chooser's pages, and the code
 * pages that list conditions (a code with one condition only redirects).
 * Aliases, kept old slugs, reversed pairs, embed cards and the not-found page
 * are never pages here, so a new article kind is listed by ARTICLE_KINDS alone.
 */
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { absoluteUrl, ARTICLE_KINDS, articleUrl, codeUrl, compareSlug, compareUrl, HANDOUT_KINDS, handoutUrl, indexUrl, SITE_PAGES } from '../model/urls.ts';
import { allAnswerPaths, answersToSlug, decisionUrl, type DecisionGuide } from './decision.ts';
import { siteDecisionGuide } from './decision-page.ts';
import { codePageView } from './listings.ts';
import type { Site } from './site-index.ts';

export interface SitemapPage {
  path: string;
  /** When the page's content was last checked; pages made of many articles have none. */
  lastReviewed?: Date;
}

/** The protocol allows 50,000 URLs per file; a margin keeps a file under its 50 MB too. */
export const SITEMAP_FILE_SIZE = 45_000;

const latest = (dates: Date[]): Date => new Date(Math.max(...dates.map((d) => d.getTime())));

export function sitemapPages(site: Site): SitemapPage[] {
  const typeReviewed = (id: string) => site.entry('types', id).data.lastReviewed;
  return [
    ...SITE_PAGES.map((path) => ({ path })),
    ...ARTICLE_KINDS.flatMap((kind) => [{ path: indexUrl(kind) }, ...site.articles(kind).map((e) => ({ path: articleUrl(kind, e.id), lastReviewed: e.data.lastReviewed }))]),
    ...HANDOUT_KINDS.flatMap((kind) => site.articles(kind).map((e) => ({ path: handoutUrl(kind, e.id), lastReviewed: e.data.lastReviewed }))),
    // A pair page shows both types and any hand-written comparison: it is as new as the newest of them.
    ...site.pairs.map(([a, b]) => {
      const prose = site.comparisons.get(compareSlug(a, b));
      return { path: compareUrl(a, b), lastReviewed: latest([typeReviewed(a), typeReviewed(b), ...(prose ? [prose.data.lastReviewed] : [])]) };
    }),
    // The entry page (no answers) is one of SITE_PAGES.
    ...allAnswerPaths(siteDecisionGuide(site))
      .filter((answers) => answersToSlug(answers) !== '')
      .map((answers) => ({ path: decisionUrl(answers) })),
    ...[...site.codes].filter(([, ids]) => 'cards' in codePageView(site, ids)).map(([code]) => ({ path: codeUrl(code) })),
  ];
}

/**
 * The pages made from data alone rather than from one file, for the link
 * check's page map: every code page (a code naming one condition answers
 * with a redirect to it) and every page of the decision guide.
 */
export function dataPages(guide: DecisionGuide, codes: ReadonlyMap<string, unknown>): string[] {
  return [...[...codes.keys()].map((code) => codeUrl(code)), ...allAnswerPaths(guide).map(decisionUrl)];
}

/** The sitemap files, each with its share of the pages, in order. */
export function sitemapFiles(pages: SitemapPage[]): { path: string; pages: SitemapPage[] }[] {
  return Array.from({ length: Math.ceil(pages.length / SITEMAP_FILE_SIZE) }, (_, i) => ({
    path: `/sitemap-${i}.xml`,
    pages: pages.slice(i * SITEMAP_FILE_SIZE, (i + 1) * SITEMAP_FILE_SIZE),
  }));
}

const xml = (stream: SitemapStream | SitemapIndexStream, items: object[]) => streamToPromise(Readable.from(items).pipe(stream)).then(String);
/** Only the sitemaps.org namespace: the pages have no news, image or video entries. */
const PLAIN = { xmlns: { news: false, xhtml: false, image: false, video: false } };

/** One sitemap file; `site` is the public address the paths are made absolute with. */
export function sitemapXml(site: URL, pages: SitemapPage[]): Promise<string> {
  return xml(
    new SitemapStream({ ...PLAIN, hostname: site.href, lastmodDateOnly: true }),
    pages.map((p) => ({ url: absoluteUrl(site, p.path), ...(p.lastReviewed ? { lastmod: p.lastReviewed.toISOString() } : {}) })),
  );
}

/** The index that robots.txt names, listing every sitemap file. */
export function sitemapIndexXml(site: URL, files: { path: string }[]): Promise<string> {
  return xml(new SitemapIndexStream(), files.map((f) => ({ url: absoluteUrl(site, f.path) })));
}
