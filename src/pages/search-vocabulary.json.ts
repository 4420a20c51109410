import type { APIRoute } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { loadSite } from '../data/site.ts';
import { CONTENT_ROOT } from '../lib/build/build-dirs.ts';
import { formatSafetyProblem, parseSafetyAnswers } from '../lib/search/safety-table.ts';
import { formatSynonymProblem, parseSynonyms } from '../lib/search/synonyms.ts';
import { nameWords } from '../lib/search/vocabulary.ts';
import { answeringPages, searchVocabulary, vocabularyTerms } from '../lib/views/api.ts';

const contentFile = (name: string) => `${CONTENT_ROOT}/${name}`.replace(/^\.\//, '');

/** Names readers use for our pages, their words for ours, and the safety answers, for the search page. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const terms = vocabularyTerms(site);
  // Both tables are optional: a site without them searches with its own words only.
  const synonymsFile = contentFile('search-synonyms.yaml');
  const { synonyms, problems } = existsSync(synonymsFile) ? parseSynonyms(readFileSync(synonymsFile, 'utf8'), nameWords(terms)) : { synonyms: [], problems: [] };
  if (problems.length) throw new Error(`The synonym table has ${problems.length} problem(s):\n${problems.map((p) => formatSynonymProblem(p, synonymsFile)).join('\n')}`);
  const safetyFile = contentFile('safety-answers.yaml');
  const pages = answeringPages(site);
  const safety = existsSync(safetyFile) ? parseSafetyAnswers(readFileSync(safetyFile, 'utf8'), (path) => pages.get(path)) : { answers: [], problems: [] };
  if (safety.problems.length) throw new Error(`The safety answers have ${safety.problems.length} problem(s):\n${safety.problems.map((p) => formatSafetyProblem(p, safetyFile)).join('\n')}`);
  return new Response(JSON.stringify(searchVocabulary(site, terms, synonyms, safety.answers)), { headers: { 'content-type': 'application/json' } });
};
