/**
 * The pages that list articles as cards: the home page, each kind's index,
 * and the page of a diagnosis code that covers several conditions.
 */
import { strings } from '../../i18n/index.ts';
import { groupByLetter } from './a-to-z.ts';
import { articleCard, type Card } from './card.ts';
import { KINDS } from '../model/kinds.ts';
import { articleUrl, type ArticleKind } from '../model/urls.ts';
import type { Site } from './site-index.ts';

export function homeView(site: Site) {
  return {
    regions: site.regions.map(articleCard('regions', false)),
    types: site.types.map(articleCard('types', true)),
    guides: site.guides.map(articleCard('guides', false)),
  };
}

/**
 * A kind's index. Body areas and guides keep their authors' order (head to
 * foot; the guide to read first, first); the rest are grouped A to Z.
 */
export function kindIndexView(site: Site, kind: ArticleKind) {
  const words = strings(site.locale);
  const label = words.kinds[kind].plural;
  const cards = site[kind].map(articleCard(kind, true));
  const page = { title: words.listings.aToZ(label), label, intro: words.listings.intros[kind] };
  return KINDS[kind].authorsOrder
    ? { ...page, heading: label, ordered: true as const, cards }
    : { ...page, heading: page.title, ordered: false as const, letters: groupByLetter(cards) };
}

/** A code one condition holds leads straight to it; a code several share lists them. */
export function codePageView(site: Site, ids: string[]): { redirect: string } | { cards: Card[] } {
  const conditions = ids.map((id) => site.entry('conditions', id));
  if (conditions.length === 1) return { redirect: articleUrl('conditions', conditions[0]!.id) };
  return { cards: conditions.map(articleCard('conditions', true)) };
}
