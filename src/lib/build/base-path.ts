/**
 * A built page as it is served under a path (SITE_URL https://example.org/guide/).
 * Pages, components and articles write links as site paths ("/types/x/"), and
 * Astro puts only its own assets under `base`; this moves every site path in a
 * page's attributes (href, src, action, and a redirect's refresh) under the
 * base, in one place, as each page is rendered. Inline scripts and styles are left as
 * they are, so their Content-Security-Policy hashes still hold.
 */
import { underBase } from '../model/urls.ts';

const ATTRIBUTE = /(\s(?:href|src|action|poster)=")(\/[^"]*)"/g;
const REFRESH = /(<meta http-equiv="refresh" content="\d+;\s*url=)(\/[^"]*)"/g;

export function htmlUnderBase(html: string, base: string): string {
  if (base === '/') return html;
  // Astro already wrote its own assets under the base.
  const moved = (lead: string, path: string) => `${lead}${path.startsWith(`${base}_astro/`) ? path : underBase(path, base)}"`;
  return html.replace(ATTRIBUTE, (_, lead: string, path: string) => moved(lead, path)).replace(REFRESH, (_, lead: string, path: string) => moved(lead, path));
}
