/**
 * Share previews: the Open Graph and Twitter tags every page carries, and
 * which generated 1200×630 image each page points to. Articles, the A–Z
 * indexes and the key landing pages get an image of their own; the many
 * generated pages of one family (pair comparisons, decision-guide steps,
 * code lookups) share their family's image, which keeps the build fast.
 */
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { ARTICLE_KINDS, articleUrl, indexUrl, type ArticleKind } from '../model/urls.ts';

export const OG_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** The page the card is for. */
  page: string;
  /** Where its image is built, e.g. /og/types/medical-massage.png. */
  image: string;
  /** Small label above the title: the kind of page. */
  label: string;
  title: string;
  summary: string;
}

const FAMILIES: Record<string, string> = { compare: '/og/compare.png', decide: '/og/decide.png' };
const HOME_IMAGE = '/og/home.png';

/** The image a page's preview shows, from its path alone. */
export function shareImagePath(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  const [first, second] = parts;
  if (!first) return HOME_IMAGE;
  if (first in FAMILIES) return FAMILIES[first]!;
  if ((ARTICLE_KINDS as readonly string[]).includes(first)) {
    return parts.length === 1 ? `/og/${first}.png` : `/og/${first}/${second}.png`;
  }
  if (first === 'for-clinics') return '/og/for-clinics.png';
  return HOME_IMAGE;
}

interface CardArticle {
  id: string;
  data: { title: string; summary: string };
}

/** Every image the build generates; each card's page maps to its own image. */
export function shareCards(
  articles: Record<ArticleKind, CardArticle[]>,
  landing: { home: string; compare: string; decide: string; forClinics: string },
  locale: Locale = DEFAULT_LOCALE,
): ShareCard[] {
  const words = strings(locale);
  const said = words.clinics.share;
  const card = (page: string, label: string, title: string, summary: string): ShareCard => ({ page, image: shareImagePath(page), label, title, summary });
  return [
    card('/', words.siteName, said.home, landing.home),
    card('/compare/', said.compareLabel, said.compare, landing.compare),
    card('/decide/', said.decideLabel, words.decision.title, landing.decide),
    card('/for-clinics/', words.nav.forClinics, said.forClinics(words.siteName), landing.forClinics),
    ...ARTICLE_KINDS.flatMap((kind) => [
      card(indexUrl(kind), said.indexLabel, words.kinds[kind].plural, said.index(words.kinds[kind].singular)),
      ...articles[kind].map((a) => card(articleUrl(kind, a.id), words.kinds[kind].singular, a.data.title, a.data.summary)),
    ]),
  ];
}

export interface ShareTag {
  /** Open Graph tags use property=, Twitter tags use name=. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/** The url and image need full addresses; a local build has none, so it shares no link or image. */
export function shareTags(p: { siteName: string; title: string; description: string; url: string | undefined; image: string | undefined; article: boolean }): ShareTag[] {
  const og = (key: string, content: string): ShareTag => ({ attribute: 'property', key: `og:${key}`, content });
  return [
    og('type', p.article ? 'article' : 'website'),
    og('site_name', p.siteName),
    og('title', p.title),
    og('description', p.description),
    ...(p.url ? [og('url', p.url)] : []),
    ...(p.image ? [og('image', p.image), og('image:alt', p.title)] : []),
    // Twitter reads og:title, og:description and og:image; only the card size needs its own tag.
    { attribute: 'name', key: 'twitter:card', content: 'summary_large_image' },
  ];
}
