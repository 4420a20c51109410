import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { ARTICLE_KINDS, indexUrl } from '../model/urls.ts';
import type { Card } from './card.ts';
import type { Site } from './site-index.ts';

/**
 * The search page: its filter values, which are the labels pages are indexed
 * under (ArticleHeader's kind, the layout's regions), and the A to Z lists
 * for readers whose browser runs no script.
 */
export function searchPageView(site: Site): { kinds: string[]; regions: string[]; browse: Card[]; scriptWords: string } {
  const words = strings(site.locale);
  return {
    kinds: [...ARTICLE_KINDS.map((k) => words.kinds[k].singular), words.searchPage.comparison].sort(),
    regions: site.regions.map((r) => r.data.title),
    browse: ARTICLE_KINDS.map((k) => ({ href: indexUrl(k), title: words.listings.aToZ(words.kinds[k].plural) })),
    scriptWords: JSON.stringify(searchScriptWords(site.locale)),
  };
}

/**
 * What the search page's script says, in the page's language: it travels as
 * JSON in the page (the form's data-words), so the script carries no words of
 * its own. A word the table makes with a function goes as its template.
 */
export function searchScriptWords(locale: Locale = DEFAULT_LOCALE) {
  const words = strings(locale);
  return { locale, ...words.searchPage, pairTitle: words.compare.pairTitle('{a}', '{b}') };
}

export type SearchScriptWords = ReturnType<typeof searchScriptWords>;
