/**
 * Checks of a YAML list file (content/sources.yaml, content/glossary.yaml)
 * that Astro's file() loader cannot make: it keeps the last of two entries
 * with one id, silently, so pages would cite the wrong source or show the
 * wrong definition. Read from the text itself, so each message has its line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from '../model/content-problems.ts';

interface Item {
  line: number;
  id: string | undefined;
  /** Scalar string values by key, and string lists (e.g. aliases). */
  values: Map<string, string | string[]>;
}

function readItems(file: string, text: string): { items: Item[]; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  if (doc.errors.length > 0) {
    return {
      items: [],
      problems: doc.errors.map((error) => ({
        file,
        field: `line ${lineCounter.linePos(error.pos[0]).line}`,
        message: `the YAML cannot be read: ${error.message.split('\n')[0]}`,
        fix: 'each entry starts with "- id: …" and its fields are indented under it; quote a value that contains ": " or starts with a symbol',
      })),
    };
  }
  if (!isSeq(doc.contents)) {
    return { items: [], problems: [{ file, field: 'line 1', message: 'the file is not a list of entries', fix: 'start each entry with "- id: …"' }] };
  }
  const items = doc.contents.items.flatMap((node): Item[] => {
    if (!isMap(node)) return [];
    const values = new Map<string, string | string[]>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (isScalar(pair.value) && typeof pair.value.value === 'string') values.set(key, pair.value.value);
      else if (isSeq(pair.value)) values.set(key, pair.value.items.flatMap((i) => (isScalar(i) && typeof i.value === 'string' ? [i.value] : [])));
    }
    const id = values.get('id');
    return [{ line: lineOf(node), id: typeof id === 'string' ? id : undefined, values }];
  });
  return { items, problems: [] };
}

/** The line each entry of a YAML list starts on, in order, so a problem with entry i can name its line. */
export function entryLines(file: string, text: string): number[] {
  return readItems(file, text).items.map((item) => item.line);
}

/** The line each entry of a YAML list starts on, by its id. */
export function entryLinesById(file: string, text: string): Map<string, number> {
  return new Map(readItems(file, text).items.flatMap((item) => (item.id === undefined ? [] : [[item.id, item.line] as const])));
}

/** Malformed YAML, a list with no entries, and ids used twice. `what` names an entry in messages: "source", "glossary term". */
export function yamlListProblems(file: string, text: string, what: string): ContentProblem[] {
  const { items, problems } = readItems(file, text);
  if (problems.length === 0 && items.length === 0) {
    return [{ file, field: 'line 1', message: `the file lists no ${what} entries, and pages read them from here`, fix: 'add the entries ("- id: …"); git restores the file if it was emptied by mistake' }];
  }
  const first = new Map<string, Item>();
  for (const item of items) {
    if (item.id === undefined) continue;
    const earlier = first.get(item.id);
    if (!earlier) first.set(item.id, item);
    else {
      problems.push({
        file,
        field: `id (line ${item.line})`,
        message: `the ${what} id "${item.id}" is also used at line ${earlier.line}, and the later entry would silently replace the earlier one`,
        fix: `give one of them another id, or merge the two entries`,
      });
    }
  }
  return problems;
}

/** The same term (its `term` or any of its `aliases`, in any case) under two glossary ids would show twice with two definitions. */
export function glossaryTermProblems(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owner = new Map<string, { id: string; line: number }>();
  for (const item of readItems(file, text).items) {
    if (item.id === undefined) continue;
    const term = item.values.get('term');
    const aliases = item.values.get('aliases');
    const forms = [...(typeof term === 'string' ? [term] : []), ...(Array.isArray(aliases) ? aliases : [])];
    for (const form of new Set(forms.map((f) => f.trim().toLowerCase()))) {
      const earlier = owner.get(form);
      if (!earlier) owner.set(form, { id: item.id, line: item.line });
      else if (earlier.id !== item.id) {
        problems.push({
          file,
          field: `${item.id} (line ${item.line})`,
          message: `"${form}" is also a term or alias of "${earlier.id}" (line ${earlier.line}), so readers would get two definitions`,
          fix: `keep "${form}" under one id: merge the definitions, or remove it from the aliases of one`,
        });
      }
    }
  }
  return problems;
}
