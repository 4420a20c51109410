/**
 * The one place that reads the content collections. It checks what spans
 * several entries (aliases, sections, links), derives the reverse relations,
 * and hands pages a ready model. Pages never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { planAliasRedirects, type Redirect } from '../lib/aliases.ts';
import { contentFile, throwIfAny, type ContentProblem } from '../lib/content-problems.ts';
import type { PageMap } from '../lib/link-check.ts';
import { bodyLinkProblems, glossaryArticleProblems, type LinkContext } from '../lib/checks/body-links.ts';
import { bodyComponentTags, bodyHeadings, bodyImages } from '../lib/mdx-body.ts';
import { findUnknownReferences } from '../lib/references.ts';
import { keptUrls, renamedFrom, type KeptUrl } from '../lib/url-contract.ts';
import { dangerousHtmlProblems } from '../lib/checks/raw-html.ts';
import { relationListProblems } from '../lib/checks/relation-lists.ts';
import { frontmatterDateProblems } from '../lib/checks/dates.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRelationIndex, type RelationIndex } from '../lib/relations.ts';
import { checkSections, LAYOUT_SECTIONS } from '../lib/sections.ts';
import { codeIndex } from '../lib/codes.ts';
import type { EvidenceGrade, EvidenceRow } from '../lib/evidence.ts';
import { checkEvidenceSources, claimRow, gradeClaims, type FindingRecord, type GradedClaim, type SourceRecord, type StatementRecord } from '../lib/claims.ts';
import { checkWording } from '../lib/wording-check.ts';
import type { HandoutKind } from '../lib/handouts.ts';
import { pairsWithPages, type ComparableType } from '../lib/comparisons.ts';
import { CONTENT_ROOT } from '../lib/build-dirs.ts';
import { ARTICLE_KINDS, articleUrl, compareSlug, comparisonHref, compareUrl, indexUrl, parseUrlManifest, type ArticleKind } from '../lib/urls.ts';

type TypeFile = CollectionEntry<'types'>;
/** A type's claim with its grade computed from the findings (src/lib/claims.ts), as every view reads it. */
export interface TypeClaim {
  condition: { id: string };
  grade: EvidenceGrade;
  sources: { id: string }[];
  note?: string | undefined;
  graded: GradedClaim;
}
/** A type with its claims graded: `claims` is what every view reads; `data.helps` holds only what the author wrote. */
export type TypeEntry = TypeFile & { claims: TypeClaim[] };
export type TechniqueEntry = CollectionEntry<'techniques'>;
export type ConditionEntry = CollectionEntry<'conditions'>;
export type RegionEntry = CollectionEntry<'regions'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type ComparisonEntry = CollectionEntry<'comparisons'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type ArticleEntry = TypeEntry | TechniqueEntry | ConditionEntry | RegionEntry | GuideEntry;

export interface Site {
  types: TypeEntry[];
  techniques: TechniqueEntry[];
  conditions: ConditionEntry[];
  regions: RegionEntry[];
  guides: GuideEntry[];
  comparisons: Map<string, ComparisonEntry>;
  sources: Map<string, SourceEntry>;
  glossary: GlossaryEntry[];
  relations: RelationIndex;
  redirects: Redirect[];
  /** Published URLs made from an old slug (cards, handouts, files, pairs), and where each now answers (src/lib/url-contract.ts). */
  kept: KeptUrl[];
  /** ICD-10-CM codes and parent codes, each with the conditions it leads to. */
  codes: Map<string, string[]>;
  /** The pairs of types with a page of their own (src/lib/comparisons.ts: pairsWithPages). */
  pairs: [string, string][];
  /** Where two types are compared: their pair page, or the picker when they have none. */
  compareHref(a: string, b: string): string;
  /** Look up any article's title by kind and id. */
  title(kind: ArticleKind, id: string): string;
  entry<K extends ArticleKind>(kind: K, id: string): EntryOf<K>;
  /** Bibliography entries for ids, in first-cited order, without repeats. */
  sourcesFor(ids: string[]): SourceEntry[];
  /** A short label for a source in tables: its first author or organisation. */
  sourceLabel(id: string): string;
  /**
   * The graded claims an article shows, written once in types' `helps`: for a
   * type the conditions it may help, for a condition the types that may help it.
   */
  evidence(kind: HandoutKind, id: string): EvidenceRow[];
  /** Every graded claim, for the evidence map. */
  claims(): GradedClaim[];
  /** Every finding about a condition, whichever style it tested, null results included. */
  findingsFor(conditionId: string): FindingRecord[];
  /** The bibliography as the evidence model reads it. */
  research: Map<string, SourceRecord>;
  /** A type with its references resolved to titles, for comparison tables. */
  comparable(type: TypeEntry): ComparableType;
}

type EntryOf<K extends ArticleKind> = {
  types: TypeEntry;
  techniques: TechniqueEntry;
  conditions: ConditionEntry;
  regions: RegionEntry;
  guides: GuideEntry;
}[K];

/** Sections every pair page renders, whether or not it has hand-written prose. */
const COMPARE_SECTIONS = ['differences', 'side-by-side', 'evidence', 'choose', 'faq', 'sources'];

const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title);

function pageMap(articles: Record<ArticleKind, ArticleEntry[]>, pairs: [string, string][], comparisons: ComparisonEntry[]): PageMap {
  const pages: PageMap = new Map();
  for (const path of ['/', '/search/', '/about/', '/compare/', '/decide/', '/api/v1/evidence.json']) pages.set(path, new Set());
  for (const kind of ARTICLE_KINDS) {
    pages.set(indexUrl(kind), new Set());
    for (const entry of articles[kind]) {
      const ids = new Set([...bodyHeadings(entry.body ?? '').map((h) => h.id), ...LAYOUT_SECTIONS[kind]]);
      pages.set(articleUrl(kind, entry.id), ids);
    }
  }
  const curated = new Map(comparisons.map((c) => [c.id, c]));
  for (const [a, b] of pairs) {
    const prose = curated.get(compareSlug(a, b));
    pages.set(compareUrl(a, b), new Set([...COMPARE_SECTIONS, ...(prose ? bodyHeadings(prose.body ?? '').map((h) => h.id) : [])]));
  }
  return pages;
}

function validate(
  articles: Record<ArticleKind, ArticleEntry[]>,
  comparisons: ComparisonEntry[],
  pages: PageMap,
  exists: (collection: string, id: string) => boolean,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const links: LinkContext = {
    pages,
    // An absolute link to our own address is checked like a site path.
    ownOrigins: import.meta.env.SITE ? [new URL(import.meta.env.SITE).origin] : [],
    // Files the build itself writes (the evidence map) are in the page map; the rest come from public/.
    publicFile: (path) => pages.has(path) || existsSync(join('public', path)),
    typeIds: new Set(articles.types.map((t) => t.id)),
  };
  for (const kind of ARTICLE_KINDS) {
    for (const entry of articles[kind]) problems.push(...findUnknownReferences(contentFile(entry, kind), entry.data, exists));
  }
  for (const c of comparisons) problems.push(...findUnknownReferences(contentFile(c, 'comparisons'), c.data, exists));
  for (const entry of [...ARTICLE_KINDS.flatMap((kind) => articles[kind]), ...comparisons]) {
    problems.push(...dangerousHtmlProblems(entry.filePath ?? entry.id, entry.body ?? ''));
    if (!entry.filePath?.endsWith('.md')) continue;
    for (const tag of bodyComponentTags(entry.body ?? '')) {
      problems.push({
        file: entry.filePath,
        field: `body line ${tag.line}`,
        message: `<${tag.name}> is a component, and components work only in .mdx files`,
        fix: `rename the file to .mdx and import ${tag.name} from src/components (see content/guides/editorial-policy.mdx), or remove the tag`,
      });
    }
  }
  for (const kind of ARTICLE_KINDS) {
    for (const entry of articles[kind]) {
      const file = contentFile(entry, kind);
      const data = entry.data as { related?: { id: string }[]; helps?: { condition: { id: string } }[] };
      problems.push(...relationListProblems({ file, id: entry.id, related: (data.related ?? []).map((r) => r.id), helps: (data.helps ?? []).map((h) => h.condition.id) }));
      for (const { id, problem } of checkSections(kind, bodyHeadings(entry.body ?? '').map((h) => h.id))) {
        const fixes = {
          missing: `add a heading such as "## … { #${id} }" to the body (see the brief in README.md)`,
          reserved: `rename the heading: the page adds its own #${id} section from the frontmatter`,
          duplicate: `give one of the headings another wording or id`,
        };
        problems.push({ file, field: `section #${id}`, message: `section #${id} is ${problem}`, fix: fixes[problem] });
      }
      problems.push(...bodyLinkProblems(file, articleUrl(kind, entry.id), entry.body ?? '', links));
      problems.push(...frontmatterDateProblems(file, entry.filePath ? readFileSync(entry.filePath, 'utf8') : '', new Date()));
      for (const image of bodyImages(entry.body ?? '').filter((i) => !i.alt)) {
        problems.push({
          file,
          field: `body line ${image.line}`,
          message: `the image ${image.src} has no alt text`,
          fix: 'describe what the image shows inside the brackets: ![A therapist kneading the calf](…)',
        });
      }
    }
  }
  for (const comparison of comparisons) {
    const file = contentFile(comparison, 'comparisons');
    const path = `/compare/${comparison.id}/`;
    if (!pages.has(path)) {
      problems.push({ file, field: 'file name', message: `${comparison.id} is not a pair of type slugs in alphabetical order`, fix: 'name the file <type-a>-vs-<type-b>.md with the two slugs in alphabetical order' });
    }
    problems.push(...bodyLinkProblems(file, path, comparison.body ?? '', links));
    problems.push(...frontmatterDateProblems(file, comparison.filePath ? readFileSync(comparison.filePath, 'utf8') : '', new Date()));
  }
  return problems;
}

/**
 * Grades every type's claims from the recorded findings, and hands the types
 * on with computed grades in `helps`, so no view can read a typed grade.
 */
function gradeEvidence(typeFiles: TypeFile[], findings: CollectionEntry<'findings'>[], statements: CollectionEntry<'statements'>[], sources: SourceEntry[]) {
  const sourceRecords = new Map<string, SourceRecord>(sources.map((s) => [s.id, s.data]));
  const findingRecords: FindingRecord[] = findings.map((f) => ({ ...f.data, source: f.data.source.id, condition: f.data.condition.id, types: f.data.types.map((t) => t.id) }));
  const statementRecords: StatementRecord[] = statements.map((s) => ({ ...s.data, source: s.data.source.id, condition: s.data.condition.id, types: s.data.types.map((t) => t.id) }));
  const { claims, problems } = gradeClaims(
    typeFiles.map((t) => ({ id: t.id, file: contentFile(t, 'types'), helps: t.data.helps.map((h) => ({ condition: h.condition.id, note: h.note, lower: h.lower })) })),
    findingRecords,
    statementRecords,
    sourceRecords,
  );
  const types: TypeEntry[] = typeFiles.map((t) => ({
    ...t,
    claims: (claims.get(t.id) ?? []).map((graded) => ({
      condition: { id: graded.condition },
      grade: graded.grade,
      sources: graded.sourceIds.map((id) => ({ id })),
      note: graded.note,
      graded,
    })),
  }));
  return {
    types,
    claims,
    findings: findingRecords,
    sources: sourceRecords,
    claimOf: (typeId: string, conditionId: string) => claims.get(typeId)?.find((c) => c.condition === conditionId),
    problems: [...checkEvidenceSources(findingRecords, statementRecords, sourceRecords), ...problems],
  };
}

/** Each type's and condition's #benefits text and claim notes, held to the computed grades. */
function wordingProblems(types: TypeEntry[], conditions: ConditionEntry[]): ContentProblem[] {
  const conditionTitle = new Map(conditions.map((c) => [c.id, c.data.title]));
  const claimsFor = new Map<string, { type: TypeEntry; claim: TypeClaim }[]>();
  for (const type of types) for (const claim of type.claims) claimsFor.set(claim.condition.id, [...(claimsFor.get(claim.condition.id) ?? []), { type, claim }]);
  return [
    ...types.flatMap((type) =>
      checkWording({
        file: contentFile(type, 'types'),
        body: type.body ?? '',
        summary: type.data.summary,
        subjects: type.claims.map((c) => ({ href: articleUrl('conditions', c.condition.id), names: [conditionTitle.get(c.condition.id) ?? c.condition.id], grade: c.grade })),
        notes: type.claims.flatMap((c, i) => (c.note ? [{ field: `helps[${i}] (${c.condition.id}) → note`, text: c.note, grade: c.grade }] : [])),
      }),
    ),
    ...conditions.flatMap((condition) =>
      checkWording({
        file: contentFile(condition, 'conditions'),
        body: condition.body ?? '',
        summary: condition.data.summary,
        subjects: (claimsFor.get(condition.id) ?? []).map(({ type, claim }) => ({ href: articleUrl('types', type.id), names: [type.data.title], grade: claim.grade })),
        notes: [],
      }),
    ),
  ];
}

async function load(): Promise<Site> {
  const [typeFiles, techniques, conditions, regions, guides, comparisons, sources, glossary, findings, statements] = await Promise.all([
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
  ]);
  const evidence = gradeEvidence(typeFiles, findings, statements, sources);
  const types = evidence.types.sort(byTitle);
  techniques.sort(byTitle);
  conditions.sort(byTitle);
  regions.sort((a, b) => a.data.order - b.data.order);
  guides.sort((a, b) => a.data.order - b.data.order);
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term));

  const articles: Record<ArticleKind, ArticleEntry[]> = { types, techniques, conditions, regions, guides };
  const aliasPlan = planAliasRedirects(
    ARTICLE_KINDS.flatMap((kind) => articles[kind].map((e) => ({ kind, id: e.id, aliases: e.data.aliases, file: contentFile(e, kind) }))),
  );
  // A site that has never been published has no manifest yet.
  const manifest = `${CONTENT_ROOT}/published-urls.txt`;
  const published = existsSync(manifest) ? parseUrlManifest(readFileSync(manifest, 'utf8')) : [];
  const kept = keptUrls(published, renamedFrom(aliasPlan.redirects));
  const pairs = pairsWithPages(
    types.map((t) => ({ id: t.id, related: t.data.related.map((r) => r.id) })),
    comparisons.map((c) => c.id),
    // A published pair of a renamed type keeps its page under the new slugs.
    [...published, ...kept.map((k) => k.to)],
  );
  const pairSlugs = new Set(pairs.map(([a, b]) => compareSlug(a, b)));
  const pages = pageMap(articles, pairs, comparisons);
  const ids = new Map<string, Set<string>>([
    ...ARTICLE_KINDS.map((kind) => [kind, new Set(articles[kind].map((e) => e.id))] as const),
    ['sources', new Set(sources.map((s) => s.id))],
  ]);
  const exists = (collection: string, id: string) => ids.get(collection)?.has(id) ?? false;
  throwIfAny([
    ...aliasPlan.problems,
    ...evidence.problems,
    ...validate(articles, comparisons, pages, exists),
    ...glossaryArticleProblems(`${CONTENT_ROOT}/glossary.yaml`.replace(/^\.\//, ''), glossary.map((g) => ({ id: g.id, article: g.data.article })), pages),
    ...wordingProblems(types, conditions),
  ]);

  const sourceMap = new Map(sources.map((s) => [s.id, s]));
  const sourceLabel = (id: string) => sourceMap.get(id)?.data.authors.split(',')[0] ?? id;
  const relations = buildRelationIndex(types.map((t) => ({ id: t.id, data: { ...t.data, helps: t.claims } })), conditions);
  const lookup = new Map<string, ArticleEntry>();
  for (const kind of ARTICLE_KINDS) for (const e of articles[kind]) lookup.set(`${kind}/${e.id}`, e);

  return {
    types,
    techniques,
    conditions,
    regions,
    guides,
    comparisons: new Map(comparisons.map((c) => [c.id, c])),
    sources: sourceMap,
    glossary,
    relations,
    codes: codeIndex(conditions.map((c) => ({ id: c.id, codes: c.data.codes?.icd10cm ?? [] }))),
    redirects: aliasPlan.redirects,
    kept,
    pairs,
    compareHref: (a, b) => comparisonHref(a, b, (slug) => pairSlugs.has(slug)),
    title: (kind, id) => lookup.get(`${kind}/${id}`)?.data.title ?? id,
    entry: <K extends ArticleKind>(kind: K, id: string) => {
      const found = lookup.get(`${kind}/${id}`);
      if (!found) throw new Error(`No ${kind} entry "${id}"`);
      return found as EntryOf<K>;
    },
    sourceLabel,
    evidence: (kind, id) => {
      const row = (claim: GradedClaim, other: ArticleKind, otherId: string) =>
        claimRow(claim, { id: otherId, href: articleUrl(other, otherId), title: lookup.get(`${other}/${otherId}`)?.data.title ?? otherId }, evidence.sources);
      if (kind === 'types') return (evidence.claims.get(id) ?? []).map((c) => row(c, 'conditions', c.condition));
      return (relations.typesForCondition.get(id) ?? []).map((c) => row(evidence.claimOf(c.typeId, id)!, 'types', c.typeId));
    },
    claims: () => [...evidence.claims.values()].flat(),
    findingsFor: (conditionId) => evidence.findings.filter((f) => f.condition === conditionId),
    research: evidence.sources,
    comparable: (type) => {
      const d = type.data;
      const title = (kind: ArticleKind, id: string) => lookup.get(`${kind}/${id}`)?.data.title ?? id;
      return {
        id: type.id,
        title: d.title,
        purpose: d.purpose,
        goal: d.goal,
        pressure: d.pressure,
        focus: { fullBody: d.focus.fullBody, regionTitles: d.focus.regions.map((r) => title('regions', r.id)), description: d.focus.description },
        prescription: d.prescription,
        supervision: d.supervision,
        techniqueTitles: d.techniques.map((t) => title('techniques', t.id)),
        helps: type.claims.map((h) => ({ conditionTitle: title('conditions', h.condition.id), grade: h.grade })),
        sessionMinutes: d.sessionMinutes,
        afterEffects: d.afterEffects,
        frequency: d.frequency,
        insurance: d.insurance,
      };
    },
    sourcesFor: (ids) => [...new Set(ids)].map((id) => sourceMap.get(id)!).filter(Boolean),
  };
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
  return (site[kind] as EntryOf<K>[]).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
