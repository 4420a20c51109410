/**
 * What the research says for one body region: for each of its conditions,
 * the types graded for it, grouped by grade (best first). The findings
 * behind the grades are listed once, on each condition's page.
 */
import { compareGrades, type EvidenceGrade } from '../model/evidence.ts';

export interface RegionClaim {
  typeId: string;
  typeTitle: string;
  condition: string;
  grade: EvidenceGrade;
}

export interface RegionConditionEvidence {
  id: string;
  title: string;
  /** The title as a sentence writes it (Site.titleInSentence). */
  inSentence: string;
  /** What the most certain research on massage in general found for it, in GRADE's words. */
  headline: string[];
  /** Types by grade, the best grade first; titles in alphabetical order within a grade. */
  grades: { grade: EvidenceGrade; types: { id: string; title: string }[] }[];
}

export function regionEvidence(conditions: { id: string; title: string; inSentence: string; headline: string[] }[], claims: RegionClaim[]): RegionConditionEvidence[] {
  return conditions
    .map((c) => {
      const byGrade = new Map<EvidenceGrade, { id: string; title: string }[]>();
      for (const claim of claims.filter((k) => k.condition === c.id)) {
        byGrade.set(claim.grade, [...(byGrade.get(claim.grade) ?? []), { id: claim.typeId, title: claim.typeTitle }]);
      }
      const grades = [...byGrade]
        .sort(([a], [b]) => compareGrades(a, b))
        .map(([grade, types]) => ({ grade, types: types.sort((x, y) => x.title.localeCompare(y.title)) }));
      return { id: c.id, title: c.title, inSentence: c.inSentence, headline: c.headline, grades };
    })
    .filter((c) => c.grades.length > 0)
    .sort((a, b) => compareGrades(a.grades[0]!.grade, b.grades[0]!.grade) || a.title.localeCompare(b.title));
}
