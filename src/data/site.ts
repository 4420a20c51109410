/**
 * The one place that reads the content collections. It reads each once,
 * grades the evidence, runs the checks that span several entries
 * (src/lib/checks/) and hands plain entries on (src/lib/views/site-index.ts).
 * Pages never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planAliasRedirects } from '../lib/model/aliases.ts';
import { claimWordingProblems } from '../lib/checks/claim-wording.ts';
import { gradeEvidence } from '../lib/checks/evidence-grades.ts';
import { gradeHistory } from '../lib/model/grade-history.ts';
import { siteContentProblems, type CheckedArticle, type CheckedFile } from '../lib/checks/site-content.ts';
import type { FindingRecord, SourceRecord, StatementRecord } from '../lib/model/claims.ts';
import { codeIndex, codeUrl } from '../lib/views/codes.ts';
import { pairsWithPages } from '../lib/views/comparisons.ts';
import { ANCHOR_MANIFEST, CONTENT_ROOT, REDIRECTS_FILE, URL_MANIFEST } from '../lib/build/build-dirs.ts';
import { contentFile, throwIfAny } from '../lib/checks/content-problems.ts';
import { buildRelationIndex } from '../lib/model/relations.ts';
import { keptUrls, parseRedirects, renamedFrom, sharedUrlProblems, siteUrlClaims } from '../lib/checks/url-contract.ts';
import { ARTICLE_KINDS, parseUrlManifest, type ArticleKind } from '../lib/model/urls.ts';
import { sectionFacts } from '../lib/views/section-facts.ts';
import { siteIndex, withGradedClaims, type ArticleEntry, type Articles, type ComparisonEntry, type EntryOf, type Site } from '../lib/views/site-index.ts';

export type * from '../lib/views/site-index.ts';

const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title);
const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;
/** Findings and statements name their source, condition and types by reference; the evidence model reads ids. */
const byIds = <T extends { source: { id: string }; condition: { id: string }; types: { id: string }[] }>(r: T) => ({ ...r, source: r.source.id, condition: r.condition.id, types: r.types.map((t) => t.id) });
const findingByIds = <T extends { source: { id: string }; condition: { id: string }; types: { id: string }[]; closestTypes: { id: string }[] }>(r: T) => ({ ...byIds(r), closestTypes: r.closestTypes.map((t) => t.id) });

/** Lines of a file before its body's first line, so a problem in the body names the file's own line. */
function frontmatterLines(source: string, body: string): number {
  const lines = source.split('\n');
  const closing = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  // Astro's body may drop blank lines after the frontmatter: count to where its first line stands.
  const first = body.split('\n')[0] ?? '';
  const at = lines.findIndex((line, i) => i > closing && line === first);
  return at < 0 ? closing + 1 : at;
}

/** An entry as the checks read it, with the file as written (read here, once). */
function checkedFile(entry: CollectionEntry<ArticleKind | 'comparisons'>, collection: string): CheckedFile {
  return { id: entry.id, file: contentFile(entry, collection), data: entry.data, body: entry.body ?? '', source: entry.filePath ? readFileSync(entry.filePath, 'utf8') : '' };
}

function gradedTypes(typeFiles: CollectionEntry<'types'>[], findings: FindingRecord[], statements: StatementRecord[], research: Map<string, SourceRecord>) {
  const evidence = gradeEvidence(
    typeFiles.map((t) => ({ id: t.id, file: contentFile(t, 'types'), helps: t.data.helps.map((h) => ({ condition: h.condition.id, note: h.note, lower: h.lower })) })),
    findings,
    statements,
    research,
  );
  return { ...evidence, types: withGradedClaims(typeFiles, evidence.claims) };
}

async function load(): Promise<Site> {
  const [typeFiles, techniques, conditions, regions, guides, comparisons, sources, glossary, findingEntries, statementEntries, gradeChanges] = await Promise.all([
    getCollection('types'),
    getCollection('techniques'),
    getCollection('conditions'),
    getCollection('regions'),
    getCollection('guides'),
    getCollection('comparisons'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('findings'),
    getCollection('statements'),
    getCollection('gradeHistory'),
  ]);
  const research = new Map<string, SourceRecord>(sources.map((s) => [s.id, s.data]));
  const findings: FindingRecord[] = findingEntries.map((f) => findingByIds(f.data));
  const evidence = gradedTypes(typeFiles, findings, statementEntries.map((s) => byIds(s.data)), research);
  const history = gradeHistory(
    gradeChanges.map((c) => c.data),
    new Map([...evidence.claims.values()].flat().map((c) => [`${c.typeId}/${c.condition}`, c.grade])),
    new Date(),
  );
  const articles: Articles = {
    types: evidence.types.sort(byTitle),
    techniques: techniques.sort(byTitle),
    conditions: conditions.sort(byTitle),
    regions: regions.sort(byOrder),
    guides: guides.sort(byOrder),
  };
  const all = ARTICLE_KINDS.flatMap((kind) => articles[kind].map((entry: ArticleEntry) => ({ kind, entry })));
  const aliasPlan = planAliasRedirects(all.map(({ kind, entry }) => ({ kind, id: entry.id, aliases: [...entry.data.aliases, ...entry.data.searchTerms], file: contentFile(entry, kind) })));
  // A site that has never been published has no contract yet.
  const contract = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const published = parseUrlManifest(contract(URL_MANIFEST));
  const explicit = parseRedirects(REDIRECTS_FILE, contract(REDIRECTS_FILE));
  const kept = [...keptUrls(published, renamedFrom(aliasPlan.redirects)), ...explicit.redirects.map(({ from, to }) => ({ from, to }))];
  const codes = codeIndex(articles.conditions.map((c) => ({ id: c.id, codes: c.data.codes?.icd10cm ?? [] })));
  const pairs = pairsWithPages(
    articles.types.map((t) => ({ id: t.id, related: t.data.related.map((r) => r.id) })),
    comparisons.map((c) => c.id),
    // A published pair of a renamed type keeps its page under the new slugs.
    [...published, ...kept.map((k) => k.to)],
  );
  const relations = buildRelationIndex(articles.types.map((t) => ({ id: t.id, data: { ...t.data, helps: t.claims } })), articles.conditions);
  const checked = all.map(({ kind, entry }): CheckedArticle => ({
    ...checkedFile(entry, kind),
    kind,
    facts: sectionFacts(kind, entry, relations),
    related: 'related' in entry.data ? entry.data.related.map((r) => r.id) : [],
    helps: 'helps' in entry.data ? entry.data.helps.map((h) => h.condition.id) : [],
  }));
  const glossaryFile = `${CONTENT_ROOT}/glossary.yaml`.replace(/^\.\//, '');
  const sourceOf = new Map(checked.map((c) => [c.file, c.source]));
  const worded = (e: ArticleEntry | ComparisonEntry, file: string) => {
    const body = e.body ?? '';
    const source = sourceOf.get(file) ?? (e.filePath ? readFileSync(e.filePath, 'utf8') : body);
    return {
      id: e.id,
      file,
      title: e.data.title,
      aliases: 'aliases' in e.data ? e.data.aliases : [],
      summary: e.data.summary,
      body,
      bodyOffset: frontmatterLines(source, body),
      faq: e.data.faq,
    };
  };
  throwIfAny([
    ...aliasPlan.problems,
    ...explicit.problems,
    ...sharedUrlProblems(
      siteUrlClaims(
        checked,
        [...codes].map(([code, [id = '']]) => ({ code, url: codeUrl(code), file: checked.find((c) => c.kind === 'conditions' && c.id === id)?.file ?? id })),
        aliasPlan.redirects,
        { file: REDIRECTS_FILE, redirects: explicit.redirects },
      ),
    ),
    ...evidence.problems,
    ...history.problems,
    ...siteContentProblems({
      articles: checked,
      comparisons: comparisons.map((c) => checkedFile(c, 'comparisons')),
      pairs,
      glossary: { file: glossaryFile, terms: glossary.map((g) => ({ id: g.id, article: g.data.article })) },
      ids: new Map<string, Set<string>>([...ARTICLE_KINDS.map((kind) => [kind, new Set(articles[kind].map((e) => e.id))] as const), ['sources', new Set(sources.map((s) => s.id))]]),
      ownOrigins: import.meta.env.SITE ? [new URL(import.meta.env.SITE).origin] : [],
      inPublic: (path) => existsSync(join('public', path)),
      now: new Date(),
      anchors: { file: ANCHOR_MANIFEST, published: parseUrlManifest(contract(ANCHOR_MANIFEST)) },
    }),
    ...claimWordingProblems({
      types: articles.types.map((t) => ({ ...worded(t, contentFile(t, 'types')), claims: t.claims.map((c) => ({ condition: c.condition.id, grade: c.grade, note: c.note })) })),
      conditions: articles.conditions.map((c) => worded(c, contentFile(c, 'conditions'))),
      others: [
        ...(['techniques', 'regions', 'guides'] as const).flatMap((kind) => articles[kind].map((e: ArticleEntry) => worded(e, contentFile(e, kind)))),
        ...comparisons.map((c) => worded(c, contentFile(c, 'comparisons'))),
      ],
      glossary: { file: glossaryFile, definitions: glossary.map((g) => ({ id: g.id, text: g.data.definition })) },
    }),
  ]);
  return siteIndex({
    ...articles,
    comparisons,
    sources,
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term)),
    relations,
    redirects: aliasPlan.redirects,
    kept,
    codes,
    pairs,
    claimsByType: evidence.claims,
    findings,
    gradeHistory: { changes: history.changes, asOf: history.changes.map((c) => c.date).sort().at(-1) ?? '' },
    research,
  });
}

let cached: Promise<Site> | undefined;

/** Loaded once per build; every page shares the same checked model. */
export function loadSite(): Promise<Site> {
  cached ??= load();
  return cached;
}

/** getStaticPaths for an article route: one page per entry of the kind, slug = file name. */
export async function articlePaths<K extends ArticleKind>(kind: K): Promise<{ params: { slug: string }; props: { entry: EntryOf<K> } }[]> {
  const site = await loadSite();
  return site.articles(kind).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
