/**
 * The standard every article must meet (issue: content). `npm test` fails on
 * any article below these floors, and `npm run content:report` prints them.
 */
import { nextReviewDue } from '../model/dates.ts';
import { KINDS, type ArticleKind } from '../model/kinds.ts';

export interface ArticleMeasure {
  kind: ArticleKind;
  id: string;
  words: number;
  sources: number;
  grade: number;
  lastReviewed: Date;
}

export function belowFloor(m: ArticleMeasure): string[] {
  // Each kind's floor is in its entry of the kinds table.
  const floor = KINDS[m.kind].floor;
  const problems: string[] = [];
  if (m.words < floor.words) problems.push(`${m.words} words (floor ${floor.words})`);
  if (m.sources < floor.sources) problems.push(`${m.sources} sources (floor ${floor.sources})`);
  return problems;
}

/** Past its "next review due" date, the one the article's page shows. */
export function isOverdue(lastReviewed: Date, today: Date): boolean {
  return nextReviewDue(lastReviewed) < today;
}
