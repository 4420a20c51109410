import type { APIRoute } from 'astro';
import { absoluteUrl, SITEMAP_INDEX_PATH } from '../lib/model/urls.ts';

/** The sitemap needs a full address, so a local build (no SITE_URL) has none to point to. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${absoluteUrl(site, SITEMAP_INDEX_PATH)}\n` : ''}`);
