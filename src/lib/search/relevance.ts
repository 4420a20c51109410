/** Scores a search benchmark: hit@k and mean reciprocal rank over ranked result lists. */
export interface JudgedQuery {
  q: string;
  expect: string[];
  /** Result URLs in ranked order, as the reader saw them. */
  results: string[];
}

/**
 * 1-based rank of the first expected page, or undefined when none was found.
 * A query we have no page for expects none (`expect: []`): saying "nothing
 * here" is its right answer, at rank 1, and any result is a wrong one.
 */
export function firstRank(query: JudgedQuery): number | undefined {
  if (!query.expect.length) return query.results.length ? undefined : 1;
  const index = query.results.findIndex((url) => query.expect.includes(url.replace(/#.*$/, '')));
  return index === -1 ? undefined : index + 1;
}

export function score(queries: JudgedQuery[]): { hitAt1: number; hitAt3: number; mrr: number } {
  const ranks = queries.map(firstRank);
  const share = (ok: (r: number | undefined) => boolean) => ranks.filter(ok).length / Math.max(1, ranks.length);
  return {
    hitAt1: share((r) => r === 1),
    hitAt3: share((r) => r !== undefined && r <= 3),
    mrr: ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / Math.max(1, ranks.length),
  };
}
