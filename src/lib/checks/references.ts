/**
 * Astro's reference() types a relation but does not stop the build when the
 * id does not exist. This walks an entry's data, finds every reference
 * ({ collection, id }) and reports those whose target is missing, with the
 * field path, so "helps[2].condition" can be fixed at once.
 */
import type { ContentProblem } from '../model/content-problems.ts';

interface Reference {
  collection: string;
  id: string;
}

function isReference(value: unknown): value is Reference {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as Reference).collection === 'string' &&
    typeof (value as Reference).id === 'string'
  );
}

function* walk(value: unknown, path: string): Generator<{ path: string; ref: Reference }> {
  if (isReference(value)) yield { path, ref: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* walk(item, `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* walk(item, path ? `${path}.${key}` : key);
  }
}

/** `exists(collection, id)` answers whether the target entry exists. */
export function findUnknownReferences(file: string, data: unknown, exists: (collection: string, id: string) => boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { path, ref } of walk(data, '')) {
    if (exists(ref.collection, ref.id)) continue;
    const where = ref.collection === 'sources' ? 'content/sources.yaml' : `content/${ref.collection}/`;
    problems.push({
      file,
      field: path,
      message: `"${ref.id}" is not an entry of ${ref.collection}`,
      fix: `use an id that exists in ${where} (check the spelling), or add that entry first`,
    });
  }
  return problems;
}
