/**
 * Which of many lists of names a text names, as whole words and case-insensitively,
 * in time that grows with the text rather than with the names: a page is checked
 * against every condition, and testing each condition's names on each text grew
 * with pages × conditions. All names are found in one pass (Aho-Corasick, from
 * @monyone/aho-corasick, over the text folded as the patterns fold it), then each
 * place found is confirmed with the name's own pattern where it starts, so the
 * answer is exactly the one testing every pattern, `\bname<suffix>\b` with the i
 * flag, would give.
 */
import { AhoCorasick } from '@monyone/aho-corasick';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What one code unit is to a case-insensitive regular expression without the u flag (the
 * specification's Canonicalize): its upper case when that is one code unit, and never a
 * non-ASCII letter made ASCII ("ſ" stays "ſ"). Two texts equal under this fold are
 * exactly the texts a name's /i pattern matches letter for letter.
 */
const folded = new Map<string, string>();
function foldUnit(unit: string): string {
  let upper = folded.get(unit);
  if (upper === undefined) {
    upper = unit.toUpperCase();
    if (upper.length !== 1 || (unit.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128)) upper = unit;
    folded.set(unit, upper);
  }
  return upper;
}
// ASCII runs fold as toUpperCase folds them; without the u flag a class matches one code unit, as Canonicalize takes them.
const fold = (text: string) => text.replace(/[\u0000-\u007f]+|[^\u0000-\u007f]/g, (run) => (run.charCodeAt(0) < 128 ? run.toUpperCase() : foldUnit(run)));

/**
 * A finder for `lists` (one list of names per thing): given a text, the indices of the
 * lists one of whose names it contains as `\bname<suffix>\b` (suffix "s?" lets a plural
 * count), in no particular order.
 */
export function nameFinder(lists: string[][], suffix = ''): (text: string) => Set<number> {
  const byName = new Map<string, { pattern: RegExp; list: number }[]>();
  // An empty name has no letters to find; its pattern is tested on every text.
  const unfindable: { pattern: RegExp; list: number }[] = [];
  lists.forEach((names, list) => {
    for (const name of names) {
      const key = fold(name);
      // Sticky: a place found is confirmed where it starts, and nowhere else.
      const entry = { pattern: new RegExp(`\\b${escape(name)}${suffix}\\b`, key ? 'iy' : 'i'), list };
      if (key) byName.set(key, [...(byName.get(key) ?? []), entry]);
      else unfindable.push(entry);
    }
  });
  const automaton = new AhoCorasick([...byName.keys()]);
  return (text) => {
    const found = new Set<number>();
    for (const { begin, keyword } of automaton.matchInText(fold(text))) {
      for (const { pattern, list } of byName.get(keyword)!) {
        pattern.lastIndex = begin;
        if (!found.has(list) && pattern.test(text)) found.add(list);
      }
    }
    for (const { pattern, list } of unfindable) if (pattern.test(text)) found.add(list);
    return found;
  };
}
