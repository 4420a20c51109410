import { strings } from '../../i18n/index.ts';
import { parseContactUrl } from './site-url.ts';

/** Facts about the site itself, used by the layouts, feeds and structured data. */
export const SITE_NAME = strings().siteName;
export const SITE_DESCRIPTION =
  'Plain-English, sourced articles on massage types, techniques and the conditions massage may help, with safety advice for each.';
/**
 * The licence clinics and others may reuse our text under: attribution, and no
 * changes, because altered health advice under our name could mislead.
 */
export const CONTENT_LICENCE = { name: 'CC BY-ND 4.0', url: 'https://creativecommons.org/licenses/by-nd/4.0/' } as const;

/** Descriptions of the landing pages, shared by the pages and their share cards. */
export const PAGE_DESCRIPTIONS = {
  compare: 'Every massage type side by side: purpose, pressure, focus, prescription, evidence, session length and cost notes, generated from our articles.',
  decide: 'Answer a few short questions to find massage types that suit your situation, with the reasons and the safety points to check.',
  about: 'Who publishes this site, how its articles are reviewed and funded, and how to report a problem.',
  forClinics: 'How clinics can link to our pages and sections, embed summary cards, print patient handouts and look pages up by diagnosis code.',
} as const;

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Who publishes the site. No person, credential or organisation is named,
 * because none has been given: the about page says what is true of every copy.
 */
export const PUBLISHER = 'the Massage Therapy Guide editorial team';

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
export function reportUrl(contact: URL, page: { title: string; url: string }): string {
  const subject = `Problem with the page "${page.title}"`;
  const body = `Page: ${page.url}\n\nWhat is wrong, and a source that shows it if you have one:\n`;
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
export function previewAddressNote(site: URL | undefined): string | undefined {
  return site ? undefined : 'Preview copy: the addresses on this page are paths on this copy, not full public addresses, so a printed QR code or a pasted snippet will not open the site. Build with SITE_URL set to the public address before printing or sharing.';
}
