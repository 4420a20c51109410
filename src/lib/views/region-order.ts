/**
 * How a body area's page orders what it lists. No data says how common each
 * condition is, but each region article says it in words ("Most neck pain
 * comes from…, other reasons include…"), linking the conditions as it goes:
 * the order of those first links is the article's own judgement of what is
 * common, kept where authors write it.
 */
import { bodyLinks } from '../checks/mdx-body.ts';
import { compareGrades, type EvidenceGrade } from '../model/evidence.ts';

/** The ids among `ids` whose condition pages the text links to, in the order it first links to them (code fences aside). */
export function conditionsInTextOrder(text: string, ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  const found: string[] = [];
  for (const { path } of bodyLinks(text)) {
    const id = /^\/conditions\/([a-z0-9-]+)\/?$/.exec(path)?.[1];
    if (id && wanted.has(id) && !found.includes(id)) found.push(id);
  }
  return found;
}

/** Every condition: those the text names first, in its order, then those whose main area this is, then the rest, A to Z within each. */
export function conditionsByCommonness<C extends { id: string; title: string; mainArea: boolean }>(conditions: C[], named: readonly string[]): C[] {
  const rank = (c: C) => (named.includes(c.id) ? named.indexOf(c.id) : named.length + (c.mainArea ? 0 : 1));
  return [...conditions].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

/** Types by their best grade for any of the area's conditions; types with no graded claim here last; A to Z within a grade. */
export function typesByEvidence<T extends { id: string; title: string }>(
  types: T[],
  conditions: readonly string[],
  claims: readonly { typeId: string; condition: string; grade: EvidenceGrade }[],
): T[] {
  const best = (t: T) =>
    claims
      .filter((c) => c.typeId === t.id && conditions.includes(c.condition))
      .map((c) => c.grade)
      .sort(compareGrades)[0];
  return types
    .map((t) => ({ type: t, best: best(t) }))
    .sort((a, b) => (a.best && b.best ? compareGrades(a.best, b.best) : a.best ? -1 : b.best ? 1 : 0) || a.type.title.localeCompare(b.type.title))
    .map(({ type }) => type);
}
