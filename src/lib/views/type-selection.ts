/** Which types a reader chose to compare: 2 to 4 known ids, in the order given, without repeats. */
export function parseTypeSelection(requested: string[], known: string[]): { ids: string[]; problem?: string } {
  const ids = [...new Set(requested.filter((id) => known.includes(id)))];
  if (ids.length === 0) return { ids: [] };
  if (ids.length < 2) return { ids: [], problem: 'Choose at least 2 types to compare.' };
  if (ids.length > 4) return { ids: [], problem: 'Choose at most 4 types, so the table stays readable.' };
  return { ids };
}
