import type { APIRoute } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { loadSite } from '../data/site.ts';
import { CONTENT_ROOT } from '../lib/build/build-dirs.ts';
import { formatSynonymProblem, parseSynonyms } from '../lib/search/synonyms.ts';
import { nameWords } from '../lib/search/vocabulary.ts';
import { searchVocabulary, vocabularyTerms } from '../lib/views/api.ts';

/** Names readers use for our pages, and their words for ours, for the search page. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const terms = vocabularyTerms(site);
  // The table is optional: a site without one searches with its own words only.
  const file = `${CONTENT_ROOT}/search-synonyms.yaml`.replace(/^\.\//, '');
  const { synonyms, problems } = existsSync(file) ? parseSynonyms(readFileSync(file, 'utf8'), nameWords(terms)) : { synonyms: [], problems: [] };
  if (problems.length) throw new Error(`The synonym table has ${problems.length} problem(s):\n${problems.map((p) => formatSynonymProblem(p, file)).join('\n')}`);
  return new Response(JSON.stringify(searchVocabulary(site, terms, synonyms)), { headers: { 'content-type': 'application/json' } });
};
