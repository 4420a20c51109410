import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { EMBED_KINDS, oembedResponse, type EmbedKind } from '../../../lib/embeds.ts';
import { SITE_NAME } from '../../../lib/site-config.ts';

/** Static oEmbed files, one per embeddable article, advertised by each article's <link rel="alternate">. */
export async function getStaticPaths() {
  const site = await loadSite();
  return EMBED_KINDS.flatMap((kind) => site[kind].map((e) => ({ params: { kind, slug: e.id }, props: { title: e.data.title } })));
}

export const GET: APIRoute = ({ params, props, site }) =>
  Response.json(oembedResponse(site, { kind: params.kind as EmbedKind, slug: params.slug!, title: (props as { title: string }).title, siteName: SITE_NAME }));
