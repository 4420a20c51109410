/**
 * Every word of a language's table with its path, for the tests that walk the
 * tables: a word-making function is called with sample arguments, so what it
 * makes can be compared across languages.
 */

// Word-making functions take counts, names or lists of names: each is called with the first of these that suits it.
const SAMPLES: unknown[][] = [[3, 'X', 'Y'], ['X', 'Y', 3], [['X', 'Y']], ['X', ['Y']]];
function call(make: (...args: unknown[]) => unknown): string {
  for (const args of SAMPLES) {
    try {
      return String(make(...args));
    } catch {
      // not this kind of argument: try the next
    }
  }
  throw new Error(`no sample arguments suit ${make.name}`);
}

/** Every word of a table with its path ("components.safetyBox.heading"); a function is called with sample arguments. */
export function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, call(value as (...args: unknown[]) => unknown)]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
}
