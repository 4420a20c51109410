/**
 * The loaded site as pages read it: the checked entries of each kind, and
 * lookups over them (titles, entries, sources, evidence rows). Built from
 * plain loaded content, so views are tested without a build.
 */
import type { CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import type { Redirect } from '../model/aliases.ts';
import { claimRow, claimStatements, conditionStatements, type FindingRecord, type GradedClaim, type SourceRecord } from '../model/claims.ts';
import type { ComparisonStatement } from '../model/grade-statements.ts';
import { changesOf, lastChanged, type GradeChange } from '../model/grade-history.ts';
import type { ComparableType } from './comparisons.ts';
import type { EvidenceGrade, EvidenceRow } from '../model/evidence.ts';
import type { RelationIndex } from '../model/relations.ts';
import type { KeptUrl } from '../checks/url-contract.ts';
import { ARTICLE_KINDS, articleUrl, compareSlug, comparisonHref, type ArticleKind, type HandoutKind } from '../model/urls.ts';
import { inSentence, properWords } from './list-words.ts';
import type { TranslatedArticle } from './translated-articles.ts';

/** A type's claim with its grade computed from the findings (src/lib/model/claims.ts), as every view reads it. */
export interface TypeClaim {
  condition: { id: string };
  grade: EvidenceGrade;
  sources: { id: string }[];
  note?: string | undefined;
}
/** A type with its claims graded: `claims` is what every view reads; `data.helps` holds only what the author wrote. */
export type TypeEntry = CollectionEntry<'types'> & { claims: TypeClaim[] };

/** Each type with its claims as the evidence check graded them (src/lib/checks/evidence-grades.ts). */
export function withGradedClaims<T extends { id: string }>(types: T[], claimsByType: Map<string, GradedClaim[]>): (T & { claims: TypeClaim[] })[] {
  return types.map((t) => ({
    ...t,
    claims: (claimsByType.get(t.id) ?? []).map((graded) => ({ condition: { id: graded.condition }, grade: graded.grade, sources: graded.sourceIds.map((id) => ({ id })), note: graded.note })),
  }));
}
export type TechniqueEntry = CollectionEntry<'techniques'>;
export type ConditionEntry = CollectionEntry<'conditions'>;
export type RegionEntry = CollectionEntry<'regions'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type ComparisonEntry = CollectionEntry<'comparisons'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type ArticleEntry = EntryOf<ArticleKind>;

/** An entry of a kind: a type carries its graded claims; every other kind is its collection's entry as loaded. */
export type EntryOf<K extends ArticleKind> = K extends 'types' ? TypeEntry : CollectionEntry<K>;

export type Articles = { [K in ArticleKind]: EntryOf<K>[] };

/** What the loader hands on, checked and sorted for listing. */
export interface SiteContent extends Articles {
  comparisons: ComparisonEntry[];
  /** Every translated article, paired with its English entry (./translated-articles.ts). */
  translations: TranslatedArticle[];
  sources: SourceEntry[];
  glossary: GlossaryEntry[];
  relations: RelationIndex;
  redirects: Redirect[];
  /** Published URLs made from an old slug (cards, handouts, files, pairs), and where each now answers (src/lib/checks/url-contract.ts). */
  kept: KeptUrl[];
  /** ICD-10-CM codes and parent codes, each with the conditions it leads to. */
  codes: Map<string, string[]>;
  /** The pairs of types with a page of their own (src/lib/views/comparisons.ts: pairsWithPages). */
  pairs: [string, string][];
  /** Type id → its graded claims. */
  claimsByType: Map<string, GradedClaim[]>;
  findings: FindingRecord[];
  /** Every dated change of a grade (content/grade-history.yaml), and the date of the newest: the evidence's "as of". */
  gradeHistory: { changes: GradeChange[]; asOf: string };
  /** The bibliography as the evidence model reads it. */
  research: Map<string, SourceRecord>;
}

export interface Site extends Omit<SiteContent, 'comparisons' | 'sources'> {
  /** The language its pages are in: siteIndex's, English unless told. */
  locale: Locale;
  comparisons: Map<string, ComparisonEntry>;
  sources: Map<string, SourceEntry>;
  /** The entries of one kind, in listing order. */
  articles<K extends ArticleKind>(kind: K): EntryOf<K>[];
  /** Where two types are compared: their pair page, or the picker when they have none. */
  compareHref(a: string, b: string): string;
  title(kind: ArticleKind, id: string): string;
  /** Each type's fields with `helps` as graded: what the matrices and the decision guide read. */
  gradedTypes(): (Omit<TypeEntry['data'], 'helps'> & { id: string; helps: TypeClaim[] })[];
  /** An article's title as a sentence writes it: "neck pain", but "Swedish massage" (list-words.ts, inSentence). */
  titleInSentence(kind: ArticleKind, id: string): string;
  entry<K extends ArticleKind>(kind: K, id: string): EntryOf<K>;
  /** Bibliography entries for ids, in first-cited order, without repeats. */
  sourcesFor(ids: string[]): SourceEntry[];
  /**
   * The graded claims an article shows, written once in types' `helps`: for a
   * type the conditions it may help, for a condition the types that may help it.
   */
  evidence(kind: HandoutKind, id: string): EvidenceRow[];
  /** Every graded claim, for the evidence map. */
  claims(): GradedClaim[];
  /** A claim's plain-language statements, one per comparison (src/lib/model/grade-statements.ts). */
  claimStatements(claim: GradedClaim): ComparisonStatement[];
  /** Every finding about a condition, whichever style it tested, null results included. */
  findingsFor(conditionId: string): FindingRecord[];
  /** What research on massage in general found for a condition, per comparison, and the most certain of it. */
  conditionStatements(conditionId: string): { all: ComparisonStatement[]; headline: ComparisonStatement[] };
  /** When the grades an article shows last changed (content/grade-history.yaml): the "evidence as of" date of its page, handout and card. */
  evidenceAsOf(kind: ArticleKind, id: string): string;
  /** A type with its references resolved to titles, for comparison tables. */
  comparable(type: TypeEntry): ComparableType;
}

/** "type/condition" for each claim whose evidence includes a study of the style by name, not only massage in general. */
export function claimsTestedByName(site: Pick<Site, 'claims'>): Set<string> {
  return new Set(site.claims().filter((c) => c.direct).map((c) => `${c.typeId}/${c.condition}`));
}

/** The site in one language: its evidence lines and statements are in that language's words. */
export function siteIndex(content: SiteContent, locale: Locale = DEFAULT_LOCALE): Site {
  const words = strings(locale).evidence;
  const byKind = Object.fromEntries(ARTICLE_KINDS.map((kind) => [kind, new Map(content[kind].map((e: ArticleEntry) => [e.id, e]))])) as {
    [K in ArticleKind]: Map<string, EntryOf<K>>;
  };
  // Read through the mapped type, so a kind's list has that kind's entries.
  const lists: Articles = content;
  const sources = new Map(content.sources.map((s) => [s.id, s]));
  const pairSlugs = new Set(content.pairs.map(([a, b]) => compareSlug(a, b)));
  const title = (kind: ArticleKind, id: string) => byKind[kind].get(id)?.data.title ?? id;
  const proper = properWords(ARTICLE_KINDS.flatMap((kind) => lists[kind].flatMap((e) => [e.data.summary, e.body ?? ''])));
  const statementsOf = (claim: GradedClaim) =>
    claimStatements(claim, inSentence(title('types', claim.typeId), proper), inSentence(title('conditions', claim.condition), proper), content.research, words);
  const row = (claim: GradedClaim, other: ArticleKind, otherId: string) => ({
    ...claimRow(claim, { id: otherId, href: articleUrl(other, otherId), title: title(other, otherId) }, content.research, statementsOf(claim), words),
    changes: changesOf(content.gradeHistory.changes, `${claim.typeId}/${claim.condition}`),
    inSentence: inSentence(title(other, otherId), proper),
  });
  const findingsFor = (conditionId: string) => content.findings.filter((f) => f.condition === conditionId);
  return {
    ...content,
    locale,
    comparisons: new Map(content.comparisons.map((c) => [c.id, c])),
    sources,
    articles: (kind) => lists[kind],
    compareHref: (a, b) => comparisonHref(a, b, (slug) => pairSlugs.has(slug)),
    title,
    titleInSentence: (kind, id) => inSentence(title(kind, id), proper),
    gradedTypes: () => content.types.map((t) => ({ ...t.data, id: t.id, helps: t.claims })),
    entry: (kind, id) => {
      const found = byKind[kind].get(id);
      if (!found) throw new Error(`No ${kind} entry "${id}"`);
      return found;
    },
    // References are checked before any page renders, so an unknown id here is already a reported problem.
    sourcesFor: (ids) => [...new Set(ids)].flatMap((id) => sources.get(id) ?? []),
    evidence: (kind, id) => {
      if (kind === 'types') return (content.claimsByType.get(id) ?? []).map((c) => row(c, 'conditions', c.condition));
      // In the relation index's order: best grade first.
      return (content.relations.typesForCondition.get(id) ?? []).flatMap(({ typeId }) =>
        (content.claimsByType.get(typeId) ?? []).filter((c) => c.condition === id).map((c) => row(c, 'types', typeId)),
      );
    },
    claims: () => [...content.claimsByType.values()].flat(),
    claimStatements: statementsOf,
    findingsFor,
    conditionStatements: (conditionId) => conditionStatements(findingsFor(conditionId), inSentence(title('conditions', conditionId), proper), content.research, words),
    evidenceAsOf: (kind, id) => {
      const shown = [...content.claimsByType.values()].flat().filter((c) => (kind === 'types' ? c.typeId === id : kind === 'conditions' && c.condition === id));
      return lastChanged(content.gradeHistory.changes, shown.map((c) => `${c.typeId}/${c.condition}`)) ?? content.gradeHistory.asOf;
    },
    comparable: (type) => {
      const d = type.data;
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
  };
}
