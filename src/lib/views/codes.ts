/**
 * Diagnosis-code lookups for clinics whose records hold ICD-10-CM codes:
 * /codes/icd-10/<CODE>/ leads to the condition. A parent code (M54.5, M54)
 * leads to the conditions under it; when only one is, straight to it.
 */
export interface CodedCondition {
  id: string;
  codes: string[];
}

/** M54.50 → [M54.5, M54]: each shorter code a clinic might hold for the same family. */
export function parentCodes(code: string): string[] {
  const parents: string[] = [];
  let current = code;
  while (current.length > 3) {
    current = current.slice(0, -1).replace(/\.$/, '');
    if (!parents.includes(current)) parents.push(current);
  }
  return parents;
}

/** Every code and parent code, with the conditions it leads to: exact matches only where a code is exact. */
export function codeIndex(conditions: CodedCondition[]): Map<string, string[]> {
  const exact = new Map<string, string[]>();
  const parents = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, code: string, id: string) => {
    const list = map.get(code) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(code, list);
  };
  for (const c of conditions) {
    for (const code of c.codes) {
      add(exact, code, c.id);
      for (const parent of parentCodes(code)) add(parents, parent, c.id);
    }
  }
  for (const [code, ids] of parents) if (!exact.has(code)) exact.set(code, ids);
  return new Map([...exact].sort(([a], [b]) => a.localeCompare(b)));
}

