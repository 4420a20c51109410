/**
 * What a search costs a reader on a phone: the bytes each part of a linked
 * search downloads, split the way they can be reduced (Pagefind's runtime is
 * fixed; index chunks grow with the words sent to Pagefind; fragments with the
 * results loaded; our code with what we write). Used by `npm run bench:search`
 * and by the e2e test that gates it.
 */
export type SearchPart = 'page' | 'runtime' | 'index' | 'filters' | 'fragments' | 'ours';

export const SEARCH_PARTS: Record<SearchPart, string> = {
  page: 'search page (HTML, CSS)',
  runtime: "Pagefind's runtime (JS, wasm, metadata)",
  index: 'index chunks',
  filters: 'filter chunks',
  fragments: 'fragments (one per result loaded)',
  ours: 'our code (scripts, vocabulary, page map)',
};

/** Which part of a search a requested path belongs to. */
export function searchPartOf(path: string): SearchPart {
  if (path.startsWith('/pagefind/')) {
    if (path.endsWith('.pf_index')) return 'index';
    if (path.endsWith('.pf_filter')) return 'filters';
    if (path.endsWith('.pf_fragment')) return 'fragments';
    return 'runtime';
  }
  if (path.startsWith('/_astro/') && path.endsWith('.js')) return 'ours';
  if (path.endsWith('.json')) return 'ours';
  return 'page';
}

export type SearchWeight = Record<SearchPart, { bytes: number; files: number }>;

/** Sums bytes per part; `sizeOf` gives the bytes a host sends for a path. */
export function splitSearchWeight(paths: Iterable<string>, sizeOf: (path: string) => number): SearchWeight {
  const split = Object.fromEntries(Object.keys(SEARCH_PARTS).map((p) => [p, { bytes: 0, files: 0 }])) as SearchWeight;
  for (const path of new Set(paths)) {
    const part = split[searchPartOf(path)];
    part.bytes += sizeOf(path);
    part.files += 1;
  }
  return split;
}

export function totalBytes(weight: SearchWeight): number {
  return Object.values(weight).reduce((sum, p) => sum + p.bytes, 0);
}
