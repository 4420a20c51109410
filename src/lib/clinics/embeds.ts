/**
 * Embeddable cards and oEmbed. /embed/<kind>/<slug>/ is the one family of
 * pages other sites may frame; every article of an embeddable kind
 * advertises a static oEmbed file (/oembed/<kind>/<slug>.json) so a CMS that
 * supports oEmbed discovery turns a pasted link into the card.
 */
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { absoluteUrl, articleUrl, EMBED_KINDS, embedUrl, oembedUrl, type EmbedKind } from '../model/urls.ts';
import { keptFiles } from '../checks/url-contract.ts';
import { SECTION } from '../model/sections.ts';
import type { Site } from '../views/site-index.ts';

export const EMBED_SIZE = { width: 480, height: 260 } as const;

/** The iframe a clinic pastes; the title names the card for screen readers. */
export function embedSnippet(site: URL | string | undefined, kind: EmbedKind, slug: string, title: string, locale: Locale = DEFAULT_LOCALE): string {
  const src = absoluteUrl(site, embedUrl(kind, slug));
  // eslint-disable-next-line i18next/no-literal-string -- HTML for clinics to paste: markup only, its words come from the table
  return `<iframe src="${src}" title="${escapeAttribute(strings(locale).clinics.embeds.frameTitle(title))}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** oEmbed 1.0 "rich" response (https://oembed.com/): the html is the iframe above. */
export function oembedResponse(site: URL | string | undefined, p: { kind: EmbedKind; slug: string; title: string; siteName: string }) {
  return {
    version: '1.0',
    type: 'rich',
    title: p.title,
    provider_name: p.siteName,
    provider_url: absoluteUrl(site, '/'),
    url: absoluteUrl(site, articleUrl(p.kind, p.slug)),
    html: embedSnippet(site, p.kind, p.slug, p.title),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
  };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The card's safety line: every embeddable kind has a safety section to point to. */
export function embedSafetyNote(kind: EmbedKind, locale: Locale = DEFAULT_LOCALE): { text: string; fragment: string } {
  // A condition's card points to its urgent signs; a type's and a technique's to who should avoid them.
  return { text: strings(locale).clinics.embeds.safety[kind], fragment: `#${kind === 'conditions' ? SECTION.redFlags : SECTION.safety}` };
}

/**
 * How much of the summary a card has room for, in characters: three lines in
 * the documented 480 by 260 frame, two when a phone squeezes the frame to 320
 * px. The safety line and the attribution never give way; the summary does.
 */
export const CARD_SUMMARY_CHARS = { wide: 150, narrow: 80 } as const;

/**
 * The text cut to fit: whole sentences while they fit, else the first
 * sentence cut at a word with an ellipsis. The card links the whole page, so
 * a cut summary loses nothing a reader cannot open.
 */
export function fittedText(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentences = text.match(/[^.!?]+[.!?]+(?:\s|$)/g) ?? [text];
  let fitted = '';
  for (const sentence of sentences) {
    if ((fitted + sentence).trim().length > max) break;
    fitted += sentence;
  }
  if (fitted.trim()) return fitted.trim();
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

/** What a card shows; every link is absolute, since the card is read inside other sites' pages. */
/** `evidenceAsOf`: when the grades its page shows last changed, printed on the card as the page shows it. */
export function embedCardView(
  siteUrl: URL | undefined,
  kind: EmbedKind,
  entry: { id: string; data: { title: string; summary: string; lastReviewed: Date } },
  evidenceAsOf: string,
  locale: Locale = DEFAULT_LOCALE,
) {
  const page = absoluteUrl(siteUrl, articleUrl(kind, entry.id));
  const safety = embedSafetyNote(kind, locale);
  const { title, summary, lastReviewed } = entry.data;
  const fitted = { wide: fittedText(summary, CARD_SUMMARY_CHARS.wide), narrow: fittedText(summary, CARD_SUMMARY_CHARS.narrow) };
  return { kindLabel: strings(locale).kinds[kind].singular, title, summary, fitted, lastReviewed, evidenceAsOf, page, safety: { text: safety.text, href: `${page}${safety.fragment}` }, home: absoluteUrl(siteUrl, '/') };
}

/** One oEmbed file: the name it answers under, and the card it describes. */
export interface OembedFile {
  kind: EmbedKind;
  slug: string;
  id: string;
  title: string;
}

/** Every embeddable article's file; a renamed entry's published file answers again under its old name, describing the card at its new URL. */
export function oembedFiles(site: Site): OembedFile[] {
  const current = EMBED_KINDS.flatMap((kind) => site[kind].map((e) => ({ kind, slug: e.id, id: e.id, title: e.data.title })));
  const byUrl = new Map(current.map((file) => [oembedUrl(file.kind, file.id), file]));
  return [...current, ...keptFiles(site.kept, byUrl).map(({ oldSlug, now }) => ({ ...now, slug: oldSlug }))];
}
