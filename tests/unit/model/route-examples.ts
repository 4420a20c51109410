import type { Route } from '../../../src/lib/model/urls.ts';

/** One address of a route for each of its kinds, every other varying part filled with "x". */
export function examplePaths(route: Route): string[] {
  const kinds = route.kinds ?? ['x'];
  return kinds.map((kind) => route.pattern.replace('[kind]', kind).replace(/\[(?:\.\.\.)?\w+\]/g, 'x'));
}
