/**
 * The page map the link checks read: every page the build writes, with the
 * section ids a link may target on it. An article's ids are its body's
 * headings and the data sections its registry says it shows, so a link to
 * #cost on a type without prices is a dead link. Pages built from data alone
 * (code pages, the decision guide's pages) come from the loader, which works
 * them out with the views that render them; a unit test holds that every
 * page route of the route table has its pages here.
 */
import type { PageMap } from './link-check.ts';
import { bodyHeadings } from './mdx-body.ts';
import { pairSections, shownSections, type SectionFacts } from '../model/sections.ts';
import { API_FILES, apiUrl, ARTICLE_KINDS, SITE_PAGES, articleUrl, compareSlug, compareUrl, handoutUrl, indexUrl, isHandoutKind, type ArticleKind } from '../model/urls.ts';

export interface PageArticle {
  kind: ArticleKind;
  id: string;
  body: string;
  facts: SectionFacts;
}

/** Pages with no sections a body may link to, besides the articles and pairs. */
const FIXED_PAGES = [...SITE_PAGES, ...API_FILES.map(apiUrl), ...ARTICLE_KINDS.map((kind) => indexUrl(kind))];

/** A hand-written comparison as the page map reads it: its prose headings, and how many questions its FAQ has. */
export interface PageComparison {
  id: string;
  body: string;
  faq: number;
}

export function pageMap(articles: PageArticle[], pairs: [string, string][], comparisons: PageComparison[], generatedPages: readonly string[] = []): PageMap {
  const pages: PageMap = new Map([...FIXED_PAGES, ...generatedPages].map((path) => [path, new Set<string>()]));
  for (const a of articles) {
    pages.set(articleUrl(a.kind, a.id), new Set([...bodyHeadings(a.body).map((h) => h.id), ...shownSections(a.kind, a.facts).map((s) => s.id)]));
    if (isHandoutKind(a.kind)) pages.set(handoutUrl(a.kind, a.id), new Set());
  }
  const prose = new Map(comparisons.map((c) => [c.id, c]));
  for (const [a, b] of pairs) {
    const comparison = prose.get(compareSlug(a, b));
    pages.set(compareUrl(a, b), new Set([...pairSections(a, b, comparison?.faq ?? 0), ...bodyHeadings(comparison?.body ?? '').map((h) => h.id)]));
  }
  return pages;
}
