/**
 * The standard every article must meet (issue: content). `npm test` fails on
 * any article below these floors, and `npm run content:report` prints them.
 */
import { nextReviewDue } from '../model/dates.ts';
import type { ArticleKind } from '../model/urls.ts';

export interface Floor {
  /** Minimum words in the MDX body. */
  words: number;
  /** Minimum distinct sources cited (frontmatter plus evidence claims). */
  sources: number;
  /** Minimum number of entries of this kind. */
  count: number;
}

export const FLOORS: Record<ArticleKind, Floor> = {
  types: { words: 700, sources: 3, count: 18 },
  conditions: { words: 600, sources: 3, count: 30 },
  techniques: { words: 350, sources: 2, count: 22 },
  regions: { words: 250, sources: 2, count: 10 },
  guides: { words: 400, sources: 2, count: 8 },
};

export interface ArticleMeasure {
  kind: ArticleKind;
  id: string;
  words: number;
  sources: number;
  grade: number;
  lastReviewed: Date;
}

export function belowFloor(m: ArticleMeasure): string[] {
  const floor = FLOORS[m.kind];
  const problems: string[] = [];
  if (m.words < floor.words) problems.push(`${m.words} words (floor ${floor.words})`);
  if (m.sources < floor.sources) problems.push(`${m.sources} sources (floor ${floor.sources})`);
  return problems;
}

/** Past its "next review due" date, the one the article's page shows. */
export function isOverdue(lastReviewed: Date, today: Date): boolean {
  return nextReviewDue(lastReviewed) < today;
}
