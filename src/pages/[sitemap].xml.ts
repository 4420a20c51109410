import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { sitemapFiles, sitemapIndexXml, sitemapPages, sitemapXml } from '../lib/views/sitemap.ts';
import { SITEMAP_INDEX_PATH } from '../lib/model/urls.ts';

/**
 * /sitemap-index.xml and the sitemap files it lists (src/lib/views/sitemap.ts).
 * A sitemap lists full addresses, so a local build (no SITE_URL) has none.
 */
export async function getStaticPaths() {
  if (!import.meta.env.SITE) return [];
  const files = sitemapFiles(sitemapPages(await loadSite()));
  const name = (path: string) => path.replace(/^\/|\.xml$/g, '');
  return [{ params: { sitemap: name(SITEMAP_INDEX_PATH) }, props: { files } }, ...files.map((file) => ({ params: { sitemap: name(file.path) }, props: { pages: file.pages } }))];
}

type Props = { files: ReturnType<typeof sitemapFiles> } | { pages: ReturnType<typeof sitemapPages> };

export const GET: APIRoute<Props> = async ({ props, site }) =>
  new Response('files' in props ? await sitemapIndexXml(site!, props.files) : await sitemapXml(site!, props.pages));
