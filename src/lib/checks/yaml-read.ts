/**
 * The one way content YAML is read: by the pre-check, by Astro's loaders
 * (src/loaders.ts passes it to file() as its parser) and by astro.config.mjs
 * for the glossary. Two readers with different rules were how a finding with
 * an unknown tag was only warned about by one and rejected by the other, and
 * the last good data shipped. The allowed features are the plain ones an
 * author needs: no tags (`!text`, `!!js/function`), no merge keys (`<<`),
 * few aliases (one anchor aliased 101 times made the glossary vanish), no
 * duplicate keys; every problem carries the line of the file.
 */
import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { throwIfAny, type ContentProblem } from '../model/content-problems.ts';

/** More aliases than any entry list needs, far fewer than an alias bomb. */
export const MAX_ALIASES = 100;

const FIX = 'write plain YAML: "key: value" lines, lists as [a, b] or "- item", and quote a value that contains ": " or starts with a symbol';

export interface YamlRead {
  data: unknown;
  problems: ContentProblem[];
}

/**
 * Reads `text`, the YAML of `file`; `firstLine` is the file line it starts on
 * (2 for frontmatter after its "---"), so every problem names the file's line.
 */
export function readYaml(text: string, file: string, firstLine = 1): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, merge: false, prettyErrors: false, strict: true });
  const line = (offset: number) => `line ${lineCounter.linePos(offset).line + firstLine - 1}`;
  const problems: ContentProblem[] = [
    ...doc.errors.map((error) => ({
      file,
      field: line(error.pos[0]),
      message: error.code === 'DUPLICATE_KEY' ? 'a key is written twice in one entry, and only one of the values would be read' : `the YAML cannot be read: ${error.message.split('\n')[0]}`,
      fix: error.code === 'DUPLICATE_KEY' ? 'keep one of the two lines' : FIX,
    })),
    ...doc.warnings.map((warning) => ({
      file,
      field: line(warning.pos[0]),
      message: warning.code === 'TAG_RESOLVE_FAILED' ? `${(warning.message.split('\n')[0] ?? '').replace('Unresolved tag', 'the tag')} is not read the same way everywhere, so it is not allowed` : `the YAML is ambiguous: ${warning.message.split('\n')[0]}`,
      fix: warning.code === 'TAG_RESOLVE_FAILED' ? 'remove the tag and write the value itself (quote it if it needs to stay text)' : FIX,
    })),
  ];
  let aliases = 0;
  visit(doc, {
    Alias(_, node) {
      aliases += 1;
      if (aliases === MAX_ALIASES + 1) problems.push({ file, field: line(node.range?.[0] ?? 0), message: `more than ${MAX_ALIASES} aliases (*name) in one file`, fix: 'write the values out in full' });
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && (isAlias(pair.value) || isMap(pair.value))) {
        problems.push({ file, field: line(pair.key.range?.[0] ?? 0), message: 'a merge key (<<) copies fields from elsewhere, which is read differently by different tools', fix: 'write the fields out in full in this entry' });
      }
    },
  });
  if (problems.length > 0) return { data: undefined, problems: problems.sort((a, b) => Number(a.field.slice(5)) - Number(b.field.slice(5))) };
  return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems };
}

/** The frontmatter's data and the body after it, or the problems that stop it being read. */
export function readFrontmatter<T = Record<string, unknown>>(text: string, file: string): { data: T; body: string; problems: ContentProblem[] } {
  const match = /^---\n([\s\S]*?)\n?---\n?([\s\S]*)$/.exec(text);
  if (!match) {
    const problem = {
      file,
      field: 'line 1',
      message: text.trim() === '' ? 'the file is empty' : 'the file has no frontmatter',
      fix: 'start the file with a line "---", the fields (title, summary, …), and another "---", as in the other articles of its folder',
    };
    return { data: {} as T, body: text, problems: [problem] };
  }
  // The YAML starts on the line after the opening "---".
  const { data, problems } = readYaml(match[1]!, file, 2);
  return { data: (data ?? {}) as T, body: match[2]!, problems };
}

/** The data of `text`, or a ContentError naming the file, each line and the fix: for Astro's loaders and astro.config.mjs. */
export function parseYamlOrThrow(text: string, file: string, firstLine = 1): unknown {
  const { data, problems } = readYaml(text, file, firstLine);
  throwIfAny(problems);
  return data;
}
