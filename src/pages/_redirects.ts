import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';

/** Redirect rules for static hosts that read a _redirects file (Netlify, Cloudflare Pages). */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(site.redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + '\n');
};
