import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { HANDOUT_KINDS, qrSvg, type HandoutKind } from '../../../lib/handouts.ts';
import { absoluteUrl, articleUrl } from '../../../lib/urls.ts';

/** QR codes that lead back to each type and condition page; printed articles show them (print.css). */
export async function getStaticPaths() {
  const site = await loadSite();
  return HANDOUT_KINDS.flatMap((kind) => site[kind].map((e) => ({ params: { kind, slug: e.id } })));
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await qrSvg(absoluteUrl(site, articleUrl(params.kind as HandoutKind, params.slug!))), { headers: { 'Content-Type': 'image/svg+xml' } });
