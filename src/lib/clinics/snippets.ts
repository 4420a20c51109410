/**
 * Copy-paste HTML for clinics, shown on /for-clinics/ and built from the same
 * URL functions as the site, so a snippet can never point at a wrong path.
 */
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { CONTENT_LICENCE } from '../build/site-config.ts';
import { absoluteUrl } from '../model/urls.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function linkSnippet(site: URL | string | undefined, path: string, text: string): string {
  // eslint-disable-next-line i18next/no-literal-string -- HTML for clinics to paste: markup only, its words come from the table
  return `<a href="${absoluteUrl(site, path)}">${escape(text)}</a>`;
}

/** A search box on the clinic's site that opens our search results. */
export function searchFormSnippet(site: URL | string | undefined, locale: Locale = DEFAULT_LOCALE): string {
  const words = strings(locale);
  return [
    // eslint-disable-next-line i18next/no-literal-string -- HTML for clinics to paste: markup only, its words come from the table
    `<form action="${absoluteUrl(site, '/search/')}" method="get" role="search">`,
    `  <label for="massage-search">${escape(words.clinics.snippets.searchLabel(words.siteName))}</label>`,
    '  <input type="search" id="massage-search" name="q">',
    `  <button type="submit">${escape(words.clinics.snippets.searchButton)}</button>`,
    '</form>',
  ].join('\n');
}

/** The credit line to put beside quoted or embedded content. */
export function attributionSnippet(site: URL | string | undefined, path: string, title: string, locale: Locale = DEFAULT_LOCALE): string {
  const words = strings(locale);
  // eslint-disable-next-line i18next/no-literal-string -- HTML for clinics to paste: markup only, its words come from the table
  return words.clinics.snippets.attribution(`<a href="${absoluteUrl(site, path)}">${escape(title)}</a>`, escape(words.siteName), `<a href="${CONTENT_LICENCE.url}">${CONTENT_LICENCE.name}</a>`);
}
