import type { APIRoute } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { loadSite } from '../data/site.ts';
import { CONTENT_ROOT } from '../lib/build-dirs.ts';
import { glossaryUrl } from '../lib/glossary-links.ts';
import { normalise, type Vocabulary } from '../lib/search-vocabulary.ts';
import { applySynonyms, contentWords } from '../lib/search/query.ts';
import { formatSynonymProblem, parseSynonyms } from '../lib/search/synonyms.ts';
import { ARTICLE_KINDS, articleUrl, compareSlug } from '../lib/urls.ts';

/** Names readers use for our pages, and their words for ours, for the search page. */
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
  const known = new Set(terms.flatMap((t) => t.term.split(' ')));
  // The table is optional: a site without one searches with its own words only.
  const file = `${CONTENT_ROOT}/search-synonyms.yaml`.replace(/^\.\//, '');
  const { synonyms, problems } = existsSync(file) ? parseSynonyms(readFileSync(file, 'utf8'), known) : { synonyms: [], problems: [] };
  if (problems.length) throw new Error(`The synonym table has ${problems.length} problem(s):\n${problems.map((p) => formatSynonymProblem(p, file)).join('\n')}`);
  const questions: Vocabulary['questions'] = [];
  for (const kind of ARTICLE_KINDS) {
    for (const entry of site[kind]) {
      for (const { question } of entry.data.faq ?? []) {
        questions.push({ words: contentWords(applySynonyms(normalise(question), { synonyms })).join(' '), url: articleUrl(kind, entry.id) });
      }
    }
  }
  return new Response(JSON.stringify({ terms, types, pairs, synonyms, questions } satisfies Vocabulary), { headers: { 'content-type': 'application/json' } });
};
