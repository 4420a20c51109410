/**
 * The machine-readable files: /api/v1/*.json for clinics and other sites, and
 * /search-vocabulary.json for the search page. Version 1 of the API is a
 * contract: add fields, never rename or remove them.
 */
import { strings } from '../../i18n/index.ts';
import { evidenceMap } from '../model/claims.ts';
import { RULE_VERSION } from '../model/grade-rule.ts';
import { glossaryUrl } from '../model/glossary-links.ts';
import { normalise } from '../search/normalise.ts';
import { wordsNearNames, type Vocabulary } from '../search/vocabulary.ts';
import { applySynonyms, contentWords } from '../search/query.ts';
import type { Synonym } from '../search/synonyms.ts';
import type { SafetyAnswer } from '../search/safety.ts';
import { readableText, type AnsweringPage } from '../search/safety-table.ts';
import { bodyHeadings } from '../checks/mdx-body.ts';
import { alwaysLinkable, SECTION } from '../model/sections.ts';
import { ARTICLE_KINDS, articleUrl, codeUrl, compareSlug, type ApiFile } from '../model/urls.ts';
import type { Site } from './site-index.ts';

/**
 * types.json, techniques.json, conditions.json (title, summary, canonical
 * URL), codes.json (every ICD-10-CM code and the pages it leads to) and
 * evidence.json, the evidence map: every graded claim with the findings it rests on,
 * and evidence-changes.json: every change of a grade since the map began, with why.
 */

/** `url` makes a site path absolute: the files are read from other sites. */
/** The day this build ran, in the evidence map: the only field `npm run evidence` does not recompute. */
const built = new Date().toISOString().slice(0, 10);

/** The evidence map of evidence.json, without its build date: what `npm run evidence` recomputes from content/. */
export function siteEvidenceMap(site: Site) {
  const conditions = site.conditions.map((c) => ({ id: c.id, statements: site.conditionStatements(c.id).all }));
  return evidenceMap(site.claims(), [...site.sources.values()].map((s) => s.data), site.claimStatements, site.gradeHistory, conditions, strings(site.locale).evidence);
}

export function apiDocument(site: Site, file: ApiFile, url: (path: string) => string): Record<string, unknown> {
  if (file === 'codes') {
    const codes = [...site.codes].map(([code, ids]) => ({
      system: 'ICD-10-CM',
      code,
      lookup: url(codeUrl(code)),
      conditions: ids.map((id) => ({ id, title: site.title('conditions', id), url: url(articleUrl('conditions', id)) })),
    }));
    return { version: 1, codes };
  }
  if (file === 'evidence') return { version: 1, built, ...siteEvidenceMap(site) };
  if (file === 'evidence-changes') return { version: 1, ruleVersion: RULE_VERSION, changes: site.gradeHistory.changes.filter((c) => c.from) };
  const entries = site.articles(file).map((e) => ({
    id: e.id,
    title: e.data.title,
    summary: e.data.summary,
    aliases: e.data.aliases,
    url: url(articleUrl(file, e.id)),
    lastReviewed: e.data.lastReviewed.toISOString().slice(0, 10),
    ...('codes' in e.data && e.data.codes ? { icd10cm: e.data.codes.icd10cm } : {}),
  }));
  return { version: 1, [file]: entries };
}

/** Every name readers use for our pages: titles, aliases and search terms of articles, and glossary terms. */
export function vocabularyTerms(site: Site): Vocabulary['terms'] {
  return [
    ...ARTICLE_KINDS.flatMap((kind) =>
      site.articles(kind).flatMap((entry) => [entry.data.title, ...entry.data.aliases, ...entry.data.searchTerms].map((name) => ({ term: normalise(name), url: articleUrl(kind, entry.id) }))),
    ),
    ...site.glossary.flatMap((g) => [g.data.term, ...g.data.aliases].map((name) => ({ term: normalise(name), url: g.data.article ?? glossaryUrl(g.id) }))),
  ];
}

/**
 * Each article as a safety answer may quote it: its text as readers see it
 * (body, cautions, warning signs and FAQ answers) and the sections a link may
 * target whatever its frontmatter holds.
 */
export function answeringPages(site: Site): Map<string, AnsweringPage> {
  return new Map(
    ARTICLE_KINDS.flatMap((kind) =>
      site.articles(kind).map((entry): [string, AnsweringPage] => {
        const data = entry.data as { title: string; faq: { answer: string }[]; cautions?: string[]; redFlags?: string[] };
        const text = [readableText(entry.body ?? ''), ...(data.cautions ?? []), ...(data.redFlags ?? []), ...data.faq.map((f) => f.answer)].join(' ');
        const sections = new Set([...bodyHeadings(entry.body ?? '').map((h) => h.id), ...alwaysLinkable(kind), ...(data.faq.length ? [SECTION.faq] : [])]);
        return [articleUrl(kind, entry.id), { title: data.title, text, sections }];
      }),
    ),
  );
}

export function searchVocabulary(site: Site, terms: Vocabulary['terms'], synonyms: Synonym[], safety: SafetyAnswer[]): Vocabulary {
  return {
    terms,
    safety,
    types: site.types.map((t) => ({ id: t.id, title: t.data.title, names: [t.data.title, ...t.data.aliases].map(normalise) })),
    pairs: site.pairs.map(([a, b]) => compareSlug(a, b)),
    synonyms,
    // Questions in our readers' words, so "can I have a massage when pregnant" finds the FAQ that answers it.
    questions: ARTICLE_KINDS.flatMap((kind) =>
      site.articles(kind).flatMap((entry) =>
        entry.data.faq.map(({ question }) => ({ words: contentWords(applySynonyms(normalise(question), { synonyms })).join(' '), url: articleUrl(kind, entry.id) })),
      ),
    ),
    // Our pages' words (their FAQ questions among them) and readers' phrases are words people mean, never typos.
    realWords: wordsNearNames(
      [
        ...ARTICLE_KINDS.flatMap((kind) => site.articles(kind).flatMap((e) => [e.data.title, e.data.summary, e.body ?? '', ...e.data.faq.flatMap((f) => [f.question, f.answer])])),
        ...synonyms.flatMap((s) => s.readers),
        ...safety.flatMap((s) => s.readers),
      ],
      terms,
    ),
  };
}
