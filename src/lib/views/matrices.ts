/**
 * The matrices on /compare/: which types help which conditions (with the
 * grade), and which techniques each type uses. Built from the same data as the
 * articles in one pass each, so they cannot drift.
 */
import type { EvidenceGrade } from '../model/evidence.ts';
import type { Ref } from '../model/relations.ts';

export interface MatrixType {
  id: string;
  techniques: Ref[];
  helps: { condition: Ref; grade: EvidenceGrade }[];
}

/** grade of type for condition, looked up as grades.get(conditionId)?.get(typeId). */
export function evidenceMatrix(types: MatrixType[]): Map<string, Map<string, EvidenceGrade>> {
  const grades = new Map<string, Map<string, EvidenceGrade>>();
  for (const type of types) {
    for (const claim of type.helps) {
      const row = grades.get(claim.condition.id) ?? new Map<string, EvidenceGrade>();
      row.set(type.id, claim.grade);
      grades.set(claim.condition.id, row);
    }
  }
  return grades;
}

/** The set of technique ids each type uses, for the techniques-by-types matrix. */
export function techniqueMatrix(types: MatrixType[]): Map<string, Set<string>> {
  return new Map(types.map((t) => [t.id, new Set(t.techniques.map((r) => r.id))]));
}
