import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { parseContactUrl } from './site-url.ts';

/** Facts about the site itself, used by the layouts, feeds and structured data: in English, the default language's words. */
export const SITE_NAME = strings().siteName;
export const SITE_DESCRIPTION = strings().site.description;
/**
 * The licence clinics and others may reuse our text under: attribution, and no
 * changes, because altered health advice under our name could mislead.
 */
export const CONTENT_LICENCE = { name: 'CC BY-ND 4.0', url: 'https://creativecommons.org/licenses/by-nd/4.0/' } as const;

/** Descriptions of the landing pages, shared by the pages and their share cards. */
export const PAGE_DESCRIPTIONS = strings().site.pages;

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Who publishes the site (src/i18n/en/site.ts says why no person is named). */
export const PUBLISHER = strings().site.publisher;

/**
 * Where readers report a problem: a `mailto:` address or an issue tracker's
 * "new issue" URL, set with CONTACT_URL when building for a deployment
 * (docs/deploying.md). It is not guessed: a fresh clone has no address of its
 * own, and a made-up one would send readers' reports nowhere. Unset, the pages
 * say so plainly and the build log warns.
 */
export function contactUrl(env: Record<string, string | undefined> = process.env): URL | undefined {
  const { contact, error } = parseContactUrl(env['CONTACT_URL']);
  // The build script has stopped on this already, with the same words (scripts/build.ts); this reaches `astro dev`.
  if (error) throw new Error(error);
  return contact;
}

/**
 * The link that reports a problem with one page, carrying its title and
 * address: as the subject and body of an email, or as the `title` and `body`
 * query parameters a GitHub "new issue" URL fills in (other trackers ignore
 * what they don't know).
 */
export function reportUrl(contact: URL, page: { title: string; url: string }, locale: Locale = DEFAULT_LOCALE): string {
  const words = strings(locale).site.report;
  const subject = words.subject(page.title);
  const body = words.body(page.url);
  if (contact.protocol === 'mailto:') {
    return `${contact.href.split('?')[0]}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(contact.href);
  url.searchParams.set('title', subject);
  url.searchParams.set('body', body);
  return url.href;
}

/**
 * What a preview build (no SITE_URL) says beside the addresses it prints and
 * offers for pasting: they are paths on this copy, so a printed QR code or a
 * pasted snippet would lead nowhere. A deploy build has full addresses and
 * says nothing.
 */
export function previewAddressNote(site: URL | undefined, locale: Locale = DEFAULT_LOCALE): string | undefined {
  return site ? undefined : strings(locale).site.previewAddressNote;
}
