/**
 * Every page's words held to the computed grades (src/lib/checks/wording-check.ts).
 * A claim is written once, in a type's `helps`, and read from every side: a
 * type's page words it about the condition, a condition's page about the
 * type, and any other page (technique, region, guide, comparison) about the
 * condition, at the best grade any type has for it. The glossary's
 * definitions are held to the site's strongest claim.
 */
import type { ContentProblem } from '../model/content-problems.ts';
import type { EvidenceGrade } from '../model/evidence.ts';
import { articleUrl } from '../model/urls.ts';
import { checkWording, mentionsOf, strongestGrade, type ClaimSubject, type Mentions } from './wording-check.ts';

export interface WordedPage {
  id: string;
  file: string;
  title: string;
  /** Other names that count as a mention of this page's subject. */
  aliases: string[];
  summary: string;
  body: string;
  /** Lines of the file before the body. */
  bodyOffset: number;
  faq: { answer: string }[];
}

export interface WordedType extends WordedPage {
  claims: { condition: string; grade: EvidenceGrade; note?: string | undefined }[];
}

export interface WordedSite {
  types: WordedType[];
  conditions: WordedPage[];
  /** Techniques, regions, guides and comparisons: pages that make no claim of their own. */
  others: WordedPage[];
  glossary: { file: string; definitions: { id: string; text: string }[] };
}

const text = (page: WordedPage) => ({ file: page.file, body: page.body, bodyOffset: page.bodyOffset, summary: page.summary, faq: page.faq });

export function claimWordingProblems({ types, conditions, others, glossary }: WordedSite): ContentProblem[] {
  const claims = types.flatMap((type) => type.claims.map((c) => ({ type, ...c })));
  const claimsOf = Map.groupBy(claims, (c) => c.condition);
  const best = (conditionId: string) => strongestGrade((claimsOf.get(conditionId) ?? []).map((c) => c.grade));
  const siteBest = strongestGrade(claims.map((c) => c.grade));
  const conditionSubject = (c: WordedPage, grade = best(c.id)): ClaimSubject => ({ href: articleUrl('conditions', c.id), names: [c.title, ...c.aliases], grade });
  // Every condition at its best grade, found once for all pages: a block naming one is held to what any type can say.
  const atBest = conditions.map((c) => conditionSubject(c));
  const idOf = new Map(atBest.map((subject, i) => [subject, conditions[i]!.id]));
  const anyCondition = mentionsOf(atBest);
  // A page's own claims first, then the other conditions, as one list in that order.
  const withOtherConditions = (own: ClaimSubject[], except: Set<string>): Mentions => {
    const ownMentions = mentionsOf(own);
    return (text) => [...ownMentions(text), ...anyCondition(text).filter((s) => !except.has(idOf.get(s)!))];
  };
  const noOwnClaims = withOtherConditions([], new Set());
  return [
    ...types.flatMap((type) => {
      const own = new Map(type.claims.map((c) => [c.condition, c.grade]));
      return checkWording({
        ...text(type),
        subjects: withOtherConditions(conditions.filter((c) => own.has(c.id)).map((c) => ({ ...conditionSubject(c, own.get(c.id)), own: true })), new Set(own.keys())),
        fallback: strongestGrade([...own.values()]),
        notes: type.claims.flatMap((c, i) => (c.note ? [{ field: `helps[${i}] (${c.condition}) → note`, text: c.note, grade: c.grade }] : [])),
      });
    }),
    ...conditions.flatMap((condition, i) =>
      checkWording({
        ...text(condition),
        subjects: withOtherConditions(
          (claimsOf.get(condition.id) ?? []).map(({ type, grade }) => ({ href: articleUrl('types', type.id), names: [type.title, ...type.aliases], grade, own: true })),
          new Set([condition.id]),
        ),
        // Every sentence on a condition's page is about that condition, at its best grade, unless it names a type.
        always: atBest[i],
        fallback: best(condition.id),
        notes: [],
      }),
    ),
    ...others.flatMap((page) => checkWording({ ...text(page), subjects: noOwnClaims, fallback: siteBest, notes: [] })),
    ...glossary.definitions.flatMap((d) =>
      checkWording({ file: glossary.file, body: '', summary: d.text, subjects: noOwnClaims, fallback: siteBest, notes: [] }).map((p) => ({ ...p, field: `${d.id} → definition` })),
    ),
  ];
}
