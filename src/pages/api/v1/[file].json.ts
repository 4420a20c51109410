import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { absoluteUrl, API_FILES, type ApiFile } from '../../../lib/model/urls.ts';
import { apiDocument } from '../../../lib/views/api.ts';

export function getStaticPaths() {
  return API_FILES.map((file) => ({ params: { file }, props: { file } }));
}

export const GET: APIRoute = async ({ props, site: origin }) => {
  const { file } = props as { file: ApiFile };
  return Response.json(apiDocument(await loadSite(), file, (path) => absoluteUrl(origin, path)));
};
