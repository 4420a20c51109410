/**
 * The one inline script of a page: the "/" search shortcut everywhere, plus
 * the section-link copier on pages with section links. One script, not two,
 * because every CSP hash costs each page ~50 bytes that gzip cannot shrink.
 * astro.config.mjs hashes both variants.
 */
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { SEARCH_SHORTCUT } from '../search/shortcut.ts';
import { copySectionLink } from '../model/section-links.ts';

/** The script in the page's language (the copier says so in its words): each language's two variants get a CSP hash. */
export function pageScript(sectionLinks: boolean, locale: Locale = DEFAULT_LOCALE): string {
  return sectionLinks ? `${SEARCH_SHORTCUT};${copySectionLink(strings(locale).sectionLinkCopied)}` : SEARCH_SHORTCUT;
}
