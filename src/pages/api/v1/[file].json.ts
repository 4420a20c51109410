import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { absoluteUrl } from '../../../lib/model/urls.ts';
import { API_FILES, apiDocument } from '../../../lib/views/api.ts';

export function getStaticPaths() {
  return API_FILES.map((file) => ({ params: { file }, props: { file } }));
}

export const GET: APIRoute = async ({ props, site: origin }) => {
  const { file } = props as { file: (typeof API_FILES)[number] };
  return Response.json(apiDocument(await loadSite(), file, (path) => absoluteUrl(origin, path)));
};
