import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { keptFiles } from '../../../lib/checks/url-contract.ts';
import { qrSvg } from '../../../lib/clinics/handouts.ts';
import { HANDOUT_KINDS, absoluteUrl, articleUrl, qrUrl, type HandoutKind } from '../../../lib/model/urls.ts';

/** QR codes that lead back to each type and condition page; printed articles show them (print.css). */
export async function getStaticPaths() {
  const site = await loadSite();
  const current = HANDOUT_KINDS.flatMap((kind) => site[kind].map((e) => ({ kind, id: e.id })));
  // A renamed entry's published QR code is drawn again under its old name, leading to the article's new URL.
  const kept = keptFiles(site.kept, new Map(current.map((code) => [qrUrl(code.kind, code.id), code])));
  return [...current.map((code) => ({ slug: code.id, code })), ...kept.map(({ oldSlug, now }) => ({ slug: oldSlug, code: now }))].map(({ slug, code }) => ({
    params: { kind: code.kind, slug },
    props: { id: code.id },
  }));
}

export const GET: APIRoute = async ({ params, props, site }) =>
  new Response(await qrSvg(absoluteUrl(site, articleUrl(params.kind as HandoutKind, (props as { id: string }).id))), { headers: { 'Content-Type': 'image/svg+xml' } });
