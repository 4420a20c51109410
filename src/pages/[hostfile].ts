import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { headersFile, redirectsFile } from '../lib/build/host-headers.ts';

/**
 * _headers and _redirects for static hosts that read them (Netlify, Cloudflare
 * Pages). They are built through a parameter because Astro skips page files
 * whose names start with "_".
 */
export function getStaticPaths() {
  return [{ params: { hostfile: '_headers' } }, { params: { hostfile: '_redirects' } }];
}

export const GET: APIRoute = async ({ params }) => {
  if (params.hostfile === '_headers') return new Response(headersFile());
  return new Response(redirectsFile((await loadSite()).redirects));
};
