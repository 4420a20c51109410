import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { oembedFiles, oembedResponse, type OembedFile } from '../../../lib/clinics/embeds.ts';
import { SITE_NAME } from '../../../lib/build/site-config.ts';

/** Static oEmbed files, one per embeddable article, advertised by each article's <link rel="alternate">. */
export async function getStaticPaths() {
  return oembedFiles(await loadSite()).map((file) => ({ params: { kind: file.kind, slug: file.slug }, props: file }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { kind, id, title } = props as OembedFile;
  return Response.json(oembedResponse(site, { kind, slug: id, title, siteName: SITE_NAME }));
};
