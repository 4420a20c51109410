import type { APIRoute } from 'astro';

/** The sitemap needs a full address, so a local build (no SITE_URL) has none to point to. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n` : ''}`);
