import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { absoluteUrl } from '../../../lib/model/urls.ts';
import { API_FILES, apiDocument } from '../../../lib/views/api.ts';

export function getStaticPaths() {
  return API_FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site: origin }) => {
  const file = API_FILES.find((f) => f === params.file);
  if (!file) return new Response(null, { status: 404 });
  return Response.json(apiDocument(await loadSite(), file, (path) => absoluteUrl(origin, path)));
};
