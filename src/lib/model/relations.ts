/**
 * Reverse views of relations that content writes once. A type lists the
 * conditions it helps, its techniques and its focus regions; a condition lists
 * its regions. Everything else (a condition's types, a technique's types, a
 * region's conditions and types) is derived here, in one pass over the data,
 * so the cost grows linearly with the number of entries.
 */
import { compareGrades, type EvidenceGrade } from './evidence.ts';

/** A reference as Astro's `reference()` returns it. */
export interface Ref {
  id: string;
}

export interface TypeRelations {
  id: string;
  data: {
    title: string;
    techniques: Ref[];
    helps: { condition: Ref; grade: EvidenceGrade; sources: Ref[]; note?: string | undefined }[];
    focus: { fullBody: boolean; regions: Ref[] };
    related: Ref[];
  };
}

export interface ConditionRelations {
  id: string;
  data: { title: string; regions: Ref[]; related: Ref[] };
}

/** One graded claim seen from the condition's side. */
export interface TypeForCondition {
  typeId: string;
  grade: EvidenceGrade;
  sources: string[];
  note?: string | undefined;
}

export interface RelationIndex {
  typesForCondition: Map<string, TypeForCondition[]>;
  typesForTechnique: Map<string, string[]>;
  typesForRegion: Map<string, string[]>;
  conditionsForRegion: Map<string, string[]>;
  /** Types whose `related` names this type, so the link shows on both pages. */
  typesRelatedTo: Map<string, string[]>;
  conditionsRelatedTo: Map<string, string[]>;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildRelationIndex(types: TypeRelations[], conditions: ConditionRelations[]): RelationIndex {
  const index: RelationIndex = {
    typesForCondition: new Map(),
    typesForTechnique: new Map(),
    typesForRegion: new Map(),
    conditionsForRegion: new Map(),
    typesRelatedTo: new Map(),
    conditionsRelatedTo: new Map(),
  };
  for (const type of types) {
    for (const claim of type.data.helps) {
      push(index.typesForCondition, claim.condition.id, {
        typeId: type.id,
        grade: claim.grade,
        sources: claim.sources.map((s) => s.id),
        note: claim.note,
      });
    }
    for (const technique of type.data.techniques) push(index.typesForTechnique, technique.id, type.id);
    for (const region of type.data.focus.regions) push(index.typesForRegion, region.id, type.id);
    for (const other of type.data.related) push(index.typesRelatedTo, other.id, type.id);
  }
  for (const condition of conditions) {
    for (const region of condition.data.regions) push(index.conditionsForRegion, region.id, condition.id);
    for (const other of condition.data.related) push(index.conditionsRelatedTo, other.id, condition.id);
  }
  for (const claims of index.typesForCondition.values()) {
    claims.sort((a, b) => compareGrades(a.grade, b.grade) || a.typeId.localeCompare(b.typeId));
  }
  return index;
}

/** The union of an entry's own `related` list and the entries that name it, without repeats. */
export function relatedBothWays(own: Ref[], namedBy: string[] | undefined, selfId: string): string[] {
  const ids = new Set([...own.map((r) => r.id), ...(namedBy ?? [])]);
  ids.delete(selfId);
  return [...ids];
}
