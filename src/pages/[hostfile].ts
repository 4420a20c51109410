import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { headerRules, headersFile, redirectsFile } from '../lib/build/host-headers.ts';
import { underBase } from '../lib/model/urls.ts';

/**
 * _headers and _redirects for static hosts that read them (Netlify, Cloudflare
 * Pages). They are built through a parameter because Astro skips page files
 * whose names start with "_".
 */
export function getStaticPaths() {
  return [{ params: { hostfile: '_headers' } }, { params: { hostfile: '_redirects' } }];
}

// Under a site path (SITE_URL https://example.org/guide/), the host sees every address under it.
const base = import.meta.env.BASE_URL;

export const GET: APIRoute = async ({ params }) => {
  if (params.hostfile === '_headers') return new Response(headersFile(headerRules().map((rule) => ({ ...rule, path: underBase(rule.path, base) }))));
  return new Response(redirectsFile((await loadSite()).redirects, base));
};
