import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { evidenceMap } from '../../../lib/claims.ts';
import { codeUrl } from '../../../lib/codes.ts';
import { absoluteUrl, articleUrl, type ArticleKind } from '../../../lib/urls.ts';

/**
 * Machine-readable lists for clinics and other sites: /api/v1/types.json,
 * techniques.json, conditions.json (title, summary, canonical URL) and
 * codes.json (every ICD-10-CM code and the pages it leads to). Version 1 is
 * a contract: add fields, never rename or remove them. evidence.json is the
 * evidence map: every graded claim with the findings it rests on.
 */
export function getStaticPaths() {
  return ['types', 'techniques', 'conditions', 'codes', 'evidence'].map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site: origin }) => {
  const site = await loadSite();
  const url = (path: string) => absoluteUrl(origin, path);
  if (params.file === 'codes') {
    const codes = [...site.codes].map(([code, ids]) => ({
      system: 'ICD-10-CM',
      code,
      lookup: url(codeUrl(code)),
      conditions: ids.map((id) => ({ id, title: site.title('conditions', id), url: url(articleUrl('conditions', id)) })),
    }));
    return Response.json({ version: 1, codes });
  }
  if (params.file === 'evidence') {
    return Response.json({ version: 1, ...evidenceMap(site.claims(), [...site.sources.values()].map((s) => s.data)) });
  }
  const kind = params.file as ArticleKind;
  const entries = site[kind].map((e) => ({
    id: e.id,
    title: e.data.title,
    summary: e.data.summary,
    aliases: e.data.aliases,
    url: url(articleUrl(kind, e.id)),
    lastReviewed: e.data.lastReviewed.toISOString().slice(0, 10),
    ...('codes' in e.data && e.data.codes ? { icd10cm: e.data.codes.icd10cm } : {}),
  }));
  return Response.json({ version: 1, [kind]: entries });
};
