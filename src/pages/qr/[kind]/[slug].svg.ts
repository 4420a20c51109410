import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { HANDOUT_KINDS, qrSvg, type HandoutKind } from '../../../lib/clinics/handouts.ts';
import { absoluteUrl, articleUrl } from '../../../lib/model/urls.ts';

/** QR codes that lead back to each type and condition page; printed articles show them (print.css). */
export async function getStaticPaths() {
  const site = await loadSite();
  const current = HANDOUT_KINDS.flatMap((kind) => site[kind].map((e) => ({ params: { kind, slug: e.id }, props: { id: e.id } })));
  // A renamed entry's published QR code is drawn again under its old name, leading to the article's new URL.
  const kept = site.kept.flatMap((k) => {
    const [, kind, slug] = /^\/qr\/([a-z]+)\/([a-z0-9-]+)\.svg$/.exec(k.from) ?? [];
    return kind && slug ? [{ params: { kind, slug }, props: { id: k.to.split('/')[3]!.replace(/\.svg$/, '') } }] : [];
  });
  return [...current, ...kept];
}

export const GET: APIRoute = async ({ params, props, site }) =>
  new Response(await qrSvg(absoluteUrl(site, articleUrl(params.kind as HandoutKind, (props as { id: string }).id))), { headers: { 'Content-Type': 'image/svg+xml' } });
