import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { EMBED_KINDS, oembedResponse, type EmbedKind } from '../../../lib/clinics/embeds.ts';
import { SITE_NAME } from '../../../lib/build/site-config.ts';

/** Static oEmbed files, one per embeddable article, advertised by each article's <link rel="alternate">. */
export async function getStaticPaths() {
  const site = await loadSite();
  const current = EMBED_KINDS.flatMap((kind) => site[kind].map((e) => ({ params: { kind, slug: e.id }, props: { id: e.id, title: e.data.title } })));
  // A renamed entry's published oEmbed file answers again under its old name, describing the card at its new URL.
  const kept = site.kept.flatMap((k) => {
    const [, kind, slug] = /^\/oembed\/([a-z]+)\/([a-z0-9-]+)\.json$/.exec(k.from) ?? [];
    const id = k.to.split('/')[3]?.replace(/\.json$/, '');
    return kind && slug && id ? [{ params: { kind, slug }, props: { id, title: site.title(kind as EmbedKind, id) } }] : [];
  });
  return [...current, ...kept];
}

export const GET: APIRoute = ({ params, props, site }) => {
  const { id, title } = props as { id: string; title: string };
  return Response.json(oembedResponse(site, { kind: params.kind as EmbedKind, slug: id, title, siteName: SITE_NAME }));
};
