/**
 * The one inline script of a page: the "/" search shortcut everywhere, plus
 * the section-link copier on pages with section links. One script, not two,
 * because every CSP hash costs each page ~50 bytes that gzip cannot shrink.
 * astro.config.mjs hashes both variants.
 */
import { SEARCH_SHORTCUT } from '../search/shortcut.ts';
import { COPY_SECTION_LINK } from '../model/section-links.ts';

export function pageScript(sectionLinks: boolean): string {
  return sectionLinks ? `${SEARCH_SHORTCUT};${COPY_SECTION_LINK}` : SEARCH_SHORTCUT;
}
