/**
 * A seeded random generator (mulberry32) and the draws the generator makes
 * with it. Passed to every function that draws, so a size always gives the
 * same content and no module keeps random state of its own.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  /** An item skewed towards the start of a list: common conditions are claimed more often. */
  skewedPick<T>(list: readonly T[]): T;
  /** Up to `count` distinct items, drawn with `draw` (pick by default). */
  sample<T>(list: readonly T[], count: number, draw?: (list: readonly T[]) => T): T[];
  /** Shuffles the list in place and returns it. */
  shuffle<T>(list: T[]): T[];
}

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick,
    chance: (p) => next() < p,
    skewedPick: (list) => list[Math.floor(next() ** 2 * list.length)]!,
    sample(list, count, draw = pick) {
      const chosen = new Set<(typeof list)[number]>();
      const want = Math.min(count, list.length);
      for (let tries = 0; chosen.size < want && tries < want * 20; tries++) chosen.add(draw(list));
      return [...chosen];
    },
    shuffle(list) {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      return list;
    },
  };
}
