/**
 * What decides which data sections one article shows (src/lib/model/sections.ts),
 * counted from ids alone: the link check asks before any page renders, and
 * before the references it would follow have been checked.
 */
import { relatedBothWays, type RelationIndex } from '../model/relations.ts';
import type { SectionFacts } from '../model/sections.ts';
import type { ArticleKind } from '../model/urls.ts';

/** The fields of an article the facts read; every kind's entry has this shape. */
export interface FactsEntry {
  id: string;
  data: { faq: readonly unknown[]; related?: readonly { id: string }[]; prices?: unknown };
  /** A type's graded claims. */
  claims?: readonly unknown[];
}

export type FactsRelations = Pick<RelationIndex, 'typesRelatedTo' | 'conditionsRelatedTo' | 'conditionsForRegion' | 'typesForCondition'>;

/** The entries a page shows as related cards: types and conditions both ways, techniques as written. */
export function relatedIds(kind: ArticleKind, entry: FactsEntry, relations: FactsRelations): string[] {
  const own = entry.data.related ?? [];
  if (kind === 'types') return relatedBothWays([...own], relations.typesRelatedTo.get(entry.id), entry.id);
  if (kind === 'conditions') return relatedBothWays([...own], relations.conditionsRelatedTo.get(entry.id), entry.id);
  return own.map((r) => r.id);
}

/** How many of a region's conditions have a graded type: the rows of its evidence table. */
function gradedConditions(regionId: string, relations: FactsRelations): number {
  return (relations.conditionsForRegion.get(regionId) ?? []).filter((id) => (relations.typesForCondition.get(id) ?? []).length > 0).length;
}

export function sectionFacts(kind: ArticleKind, entry: FactsEntry, relations: FactsRelations): SectionFacts {
  return {
    faq: entry.data.faq.length,
    related: relatedIds(kind, entry, relations).length,
    evidence: kind === 'types' ? (entry.claims ?? []).length : kind === 'regions' ? gradedConditions(entry.id, relations) : 0,
    prices: entry.data.prices !== undefined,
  };
}
