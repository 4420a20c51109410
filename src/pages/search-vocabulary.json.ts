import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { glossaryUrl } from '../lib/glossary-links.ts';
import { normalise, type Vocabulary } from '../lib/search-vocabulary.ts';
import { ARTICLE_KINDS, articleUrl, compareSlug } from '../lib/urls.ts';

/** Names readers use for our pages, for typo correction and "x vs y" on the search page. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const terms: Vocabulary['terms'] = [];
  for (const kind of ARTICLE_KINDS) {
    for (const entry of site[kind]) {
      for (const name of [entry.data.title, ...entry.data.aliases, ...entry.data.searchTerms]) terms.push({ term: normalise(name), url: articleUrl(kind, entry.id) });
    }
  }
  for (const g of site.glossary) {
    for (const name of [g.data.term, ...g.data.aliases]) terms.push({ term: normalise(name), url: g.data.article ?? glossaryUrl(g.id) });
  }
  const types = site.types.map((t) => ({ id: t.id, title: t.data.title, names: [t.data.title, ...t.data.aliases].map(normalise) }));
  const pairs = site.pairs.map(([a, b]) => compareSlug(a, b));
  return new Response(JSON.stringify({ terms, types, pairs } satisfies Vocabulary), { headers: { 'content-type': 'application/json' } });
};
