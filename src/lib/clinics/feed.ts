/**
 * The RSS feed of new and updated articles: every article, newest review
 * first, so a reader or a clinic's CMS sees a page whenever it is written or
 * re-reviewed.
 */
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { ARTICLE_KINDS, articleUrl, type ArticleKind } from '../model/urls.ts';

interface FeedArticle {
  id: string;
  data: { title: string; summary: string; lastReviewed: Date };
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** The feed's own title, in the language's words. */
export function feedTitle(locale: Locale = DEFAULT_LOCALE): string {
  const words = strings(locale);
  return words.clinics.feed.title(words.siteName);
}

export function feedItems(articles: Record<ArticleKind, FeedArticle[]>, limit = 50, locale: Locale = DEFAULT_LOCALE): FeedItem[] {
  return ARTICLE_KINDS.flatMap((kind) =>
    articles[kind].map((a) => ({
      title: a.data.title,
      link: articleUrl(kind, a.id),
      pubDate: a.data.lastReviewed,
      description: a.data.summary,
      categories: [strings(locale).kinds[kind].singular],
    })),
  )
    .sort((x, y) => y.pubDate.getTime() - x.pubDate.getTime() || x.link.localeCompare(y.link))
    .slice(0, limit);
}
