/**
 * Grades every type's claims from the recorded findings and statements
 * (src/lib/model/claims.ts), with what is wrong with the records themselves, so
 * the loader hands on computed grades and no view can read a typed one.
 */
import { checkEvidenceSources, gradeClaims, type FindingRecord, type GradedClaim, type SourceRecord, type StatementRecord, type TypeClaims } from '../model/claims.ts';
import type { ContentProblem } from '../model/content-problems.ts';

export interface Evidence {
  /** Type id → its graded claims, in the order the type lists them. */
  claims: Map<string, GradedClaim[]>;
  problems: ContentProblem[];
}

export function gradeEvidence(types: TypeClaims[], findings: FindingRecord[], statements: StatementRecord[], sources: Map<string, SourceRecord>): Evidence {
  const { claims, problems } = gradeClaims(types, findings, statements, sources);
  return { claims, problems: [...checkEvidenceSources(findings, statements, sources), ...problems] };
}
