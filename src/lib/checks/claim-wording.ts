/**
 * Each type's and condition's #benefits text, summary and claim notes, held
 * to the computed grades (src/lib/checks/wording-check.ts). A claim is written once,
 * in a type's `helps`, and read from both sides: the type's page words it
 * about the condition, the condition's page about the type.
 */
import type { ContentProblem } from './content-problems.ts';
import type { EvidenceGrade } from '../model/evidence.ts';
import { articleUrl } from '../model/urls.ts';
import { checkWording } from './wording-check.ts';

export interface WordedPage {
  id: string;
  file: string;
  title: string;
  summary: string;
  body: string;
}

export interface WordedType extends WordedPage {
  claims: { condition: string; grade: EvidenceGrade; note?: string | undefined }[];
}

export function claimWordingProblems(types: WordedType[], conditions: WordedPage[]): ContentProblem[] {
  const conditionTitle = new Map(conditions.map((c) => [c.id, c.title]));
  const typesFor = new Map<string, { type: WordedType; grade: EvidenceGrade }[]>();
  for (const type of types) for (const { condition, grade } of type.claims) typesFor.set(condition, [...(typesFor.get(condition) ?? []), { type, grade }]);
  return [
    ...types.flatMap((type) =>
      checkWording({
        file: type.file,
        body: type.body,
        summary: type.summary,
        subjects: type.claims.map((c) => ({ href: articleUrl('conditions', c.condition), names: [conditionTitle.get(c.condition) ?? c.condition], grade: c.grade })),
        notes: type.claims.flatMap((c, i) => (c.note ? [{ field: `helps[${i}] (${c.condition}) → note`, text: c.note, grade: c.grade }] : [])),
      }),
    ),
    ...conditions.flatMap((condition) =>
      checkWording({
        file: condition.file,
        body: condition.body,
        summary: condition.summary,
        subjects: (typesFor.get(condition.id) ?? []).map(({ type, grade }) => ({ href: articleUrl('types', type.id), names: [type.title], grade })),
        notes: [],
      }),
    ),
  ];
}
