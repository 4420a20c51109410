import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { feedItems, feedTitle } from '../lib/clinics/feed.ts';
import { SITE_DESCRIPTION } from '../lib/build/site-config.ts';
import { absoluteUrl } from '../lib/model/urls.ts';

/** /feed.xml. Feed readers need full addresses (under the site's path, where it has one), so a local build (no SITE_URL, src/lib/build/site-url.ts) has no feed. */
export function getStaticPaths() {
  return import.meta.env.SITE ? [{ params: { feed: 'feed' } }] : [];
}

export const GET: APIRoute = async ({ site }) =>
  rss({ title: feedTitle(), description: SITE_DESCRIPTION, site: site!, items: feedItems(await loadSite()).map((item) => ({ ...item, link: absoluteUrl(site, item.link) })), trailingSlash: true });
