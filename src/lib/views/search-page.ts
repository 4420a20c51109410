import { strings } from '../../i18n/index.ts';
import { ARTICLE_KINDS, indexUrl } from '../model/urls.ts';
import type { Card } from './card.ts';
import type { Site } from './site-index.ts';

/**
 * The search page: its filter values, which are the labels pages are indexed
 * under (ArticleHeader's kind, the layout's regions), and the A to Z lists
 * for readers whose browser runs no script.
 */
export function searchPageView(site: Site): { kinds: string[]; regions: string[]; browse: Card[] } {
  return {
    kinds: [...ARTICLE_KINDS.map((k) => strings().kinds[k].singular), 'Comparison'].sort(),
    regions: site.regions.map((r) => r.data.title),
    browse: ARTICLE_KINDS.map((k) => ({ href: indexUrl(k), title: `${strings().kinds[k].plural} A to Z` })),
  };
}
