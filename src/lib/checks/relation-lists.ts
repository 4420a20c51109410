/**
 * Lists of relations an author writes in frontmatter, checked for entries
 * that would show twice or point back at themselves: the same condition twice
 * in a type's `helps` shows two grades that contradict each other, and an
 * entry in its own `related` links readers to the page they are on.
 */
import type { ContentProblem } from '../model/content-problems.ts';

export interface RelationLists {
  /** Path from the project root. */
  file: string;
  id: string;
  related: string[];
  /** A type's `helps`, as the condition id of each claim in order. */
  helps?: string[];
}

function repeats(ids: string[]): { id: string; first: number; again: number }[] {
  const first = new Map<string, number>();
  const found: { id: string; first: number; again: number }[] = [];
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else found.push({ id, first: earlier, again: i });
  });
  return found;
}

export function relationListProblems(entry: RelationLists): ContentProblem[] {
  const { file } = entry;
  const problems: ContentProblem[] = [];
  entry.related.forEach((id, i) => {
    if (id === entry.id) problems.push({ file, field: `related[${i}]`, message: `"${id}" lists itself as related`, fix: `remove "${id}" from related` });
  });
  for (const r of repeats(entry.related)) {
    problems.push({ file, field: `related[${r.again}]`, message: `"${r.id}" is listed twice (related[${r.first}] and related[${r.again}])`, fix: `remove related[${r.again}]` });
  }
  for (const r of repeats(entry.helps ?? [])) {
    problems.push({
      file,
      field: `helps[${r.again}].condition`,
      message: `"${r.id}" is graded twice (helps[${r.first}] and helps[${r.again}]), so its pages would show two grades`,
      fix: `keep one claim per condition: merge helps[${r.again}] into helps[${r.first}], with the sources of both behind one grade`,
    });
  }
  return problems;
}
