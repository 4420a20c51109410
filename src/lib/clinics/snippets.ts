/**
 * Copy-paste HTML for clinics, shown on /for-clinics/ and built from the same
 * URL functions as the site, so a snippet can never point at a wrong path.
 */
import { CONTENT_LICENCE, SITE_NAME } from '../build/site-config.ts';
import { absoluteUrl } from '../model/urls.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function linkSnippet(site: URL | string | undefined, path: string, text: string): string {
  return `<a href="${absoluteUrl(site, path)}">${escape(text)}</a>`;
}

/** A search box on the clinic's site that opens our search results. */
export function searchFormSnippet(site: URL | string | undefined): string {
  return [
    `<form action="${absoluteUrl(site, '/search/')}" method="get" role="search">`,
    `  <label for="massage-search">Search the ${SITE_NAME}</label>`,
    '  <input type="search" id="massage-search" name="q">',
    '  <button type="submit">Search</button>',
    '</form>',
  ].join('\n');
}

/** The credit line to put beside quoted or embedded content. */
export function attributionSnippet(site: URL | string | undefined, path: string, title: string): string {
  return `From <a href="${absoluteUrl(site, path)}">${escape(title)}</a>, ${SITE_NAME}, licensed under <a href="${CONTENT_LICENCE.url}">${CONTENT_LICENCE.name}</a>.`;
}
