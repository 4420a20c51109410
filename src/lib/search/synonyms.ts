/**
 * The synonym table (content/search-synonyms.yaml): readers' words mapped to
 * ours, so "mastectomy" searches for lymphedema and "can't lift my arm" for
 * frozen shoulder. Read at build time into /search-vocabulary.json; every bad
 * entry is a problem that names the file, the line and the fix, and stops the build.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { normalise } from './normalise.ts';

export interface Synonym {
  /** Phrases readers type, normalised ("cant lift my arm"). */
  readers: string[];
  /** Our words, normalised, sent to the search instead ("frozen shoulder"). */
  ours: string;
}

export interface SynonymProblem {
  line: number;
  message: string;
  fix: string;
}

export const SYNONYMS_FILE = 'content/search-synonyms.yaml';

export function formatSynonymProblem(problem: SynonymProblem, file = SYNONYMS_FILE): string {
  return `${file}:${problem.line}: ${problem.message}\n  Fix: ${problem.fix}`;
}

/**
 * Parses and checks the table. `knownWords` are the words of our titles,
 * aliases and glossary terms: `ours` must use only them, or it would send the
 * reader to words no page is named by.
 */
export function parseSynonyms(text: string, knownWords: ReadonlySet<string>): { synonyms: Synonym[]; problems: SynonymProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const problems: SynonymProblem[] = [];
  // 0 for a missing node: the caller then names the entry's own line.
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 0);
  for (const error of doc.errors) problems.push({ line: error.linePos?.[0].line ?? 1, message: `is not valid YAML (${error.code})`, fix: 'indent each entry as "- readers: [phrase, phrase]" then "  ours: our words"' });
  if (problems.length) return { synonyms: [], problems };
  const root = doc.contents;
  if (root === null) return { synonyms: [], problems };
  if (!isSeq(root)) return { synonyms: [], problems: [{ line: lineOf(root) || 1, message: 'must be a list of entries', fix: 'start each entry with "- readers:"' }] };

  const synonyms: Synonym[] = [];
  const seen = new Map<string, number>();
  for (const item of root.items) {
    const line = lineOf(item as Node);
    if (!isMap(item)) {
      problems.push({ line, message: 'an entry must have "readers" and "ours"', fix: 'write "- readers: [phrase]" and "  ours: our words"' });
      continue;
    }
    const unknownKeys = item.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '?')).filter((k) => k !== 'readers' && k !== 'ours');
    for (const key of unknownKeys) problems.push({ line, message: `"${key}" is not a field of a synonym`, fix: 'use only "readers" (what readers type) and "ours" (our words)' });

    const readersNode = item.get('readers', true) as Node | undefined;
    const oursNode = item.get('ours', true) as Node | undefined;
    const readers: string[] = [];
    if (!isSeq(readersNode) || readersNode.items.length === 0) {
      problems.push({ line: lineOf(readersNode) || line, message: '"readers" must be a list of at least one phrase', fix: 'write readers: [mastectomy, breast removal]' });
    } else {
      for (const phrase of readersNode.items) {
        const value = isScalar(phrase) ? normalise(String(phrase.value ?? '')) : '';
        if (!value) {
          problems.push({ line: lineOf(phrase as Node), message: 'a phrase in "readers" is empty or not text', fix: 'write each phrase as plain words, quoted if it has a comma or colon' });
          continue;
        }
        const earlier = seen.get(value);
        if (earlier !== undefined) problems.push({ line: lineOf(phrase as Node), message: `"${value}" is already listed on line ${earlier}`, fix: 'keep one entry per phrase: a phrase can mean only one thing' });
        else seen.set(value, lineOf(phrase as Node));
        readers.push(value);
      }
    }
    const ours = isScalar(oursNode) ? normalise(String(oursNode.value ?? '')) : '';
    if (!ours) {
      problems.push({ line: lineOf(oursNode) || line, message: '"ours" must be our words for what readers mean', fix: 'write ours: frozen shoulder (words from a title, alias or glossary term)' });
    } else {
      const unknown = ours.split(' ').filter((w) => !knownWords.has(w));
      if (unknown.length) {
        problems.push({
          line: lineOf(oursNode),
          message: `"ours: ${ours}" uses ${unknown.map((w) => `"${w}"`).join(', ')}, which no title, alias or glossary term uses`,
          fix: 'use the words of the page readers should find (its title or an alias), or add an alias to that page',
        });
      }
      for (const phrase of readers) {
        if (phrase === ours) problems.push({ line: lineOf(oursNode), message: `"${phrase}" maps to itself`, fix: 'remove it from "readers": our own words need no synonym' });
      }
    }
    if (readers.length && ours) synonyms.push({ readers: readers.filter((r) => r !== ours), ours });
  }
  return { synonyms, problems };
}
