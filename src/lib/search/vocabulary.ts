/**
 * What the search page knows beyond Pagefind's word index: the names readers
 * use for each article (titles, aliases, glossary terms), so it can correct a
 * misspelt query ("fibromialgia") and recognise comparisons ("deep tissue vs
 * swedish"). Built once at build time into /search-vocabulary.json.
 */
import type { Synonym } from './synonyms.ts';
import type { SafetyAnswer } from './safety.ts';
import { editDistance } from '../model/edit-distance.ts';
import { normalise } from './normalise.ts';

export interface Vocabulary {
  /** Every known name, lowercase, with the page it names. */
  terms: { term: string; url: string }[];
  /** Massage types by the names readers use for them, for "x vs y" queries. */
  types: { id: string; title?: string; names: string[] }[];
  /** Slugs of the type pairs with a page of their own; other pairs open in the /compare/ picker. */
  pairs: string[];
  /** Answers to safety questions, shown before the results (content/safety-answers.yaml). */
  safety: SafetyAnswer[];
  /** Readers' words mapped to ours (content/search-synonyms.yaml). */
  synonyms: Synonym[];
  /** The questions our FAQs answer, as their content words, with the page that answers each. */
  questions: { words: string; url: string }[];
  /** Words of our pages, questions and readers' phrases a typo away from a name ("tender", "fender"): real words, never corrected (wordsNearNames). */
  realWords: string[];
}

/** How many edits a word of this length may need and still count as a typo of another. */
const allowance = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/** The name a word is a typo of: the closest within the word's allowance, names listed first winning a tie. */
export function nameCloseTo(word: string, names: Iterable<string>): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const name of names) {
    if (Math.abs(name.length - word.length) > 2) continue;
    const distance = editDistance(word, name);
    if (distance <= allowance(word.length) && (!best || distance < best.distance)) best = { word: name, distance };
  }
  return best?.word;
}

/** The words of our names: what typo correction corrects towards, and all a synonym may lead to. */
export const nameWords = (terms: Vocabulary['terms']): Set<string> => new Set(terms.flatMap((t) => t.term.split(' ')));

/** Every string `word` becomes with exactly `count` of its letters deleted. */
export function deletions(word: string, count: number): Set<string> {
  let level = new Set([word]);
  for (let i = 0; i < count; i++) {
    const next = new Set<string>();
    for (const w of level) for (let j = 0; j < w.length; j++) next.add(w.slice(0, j) + w.slice(j + 1));
    level = next;
  }
  return level;
}

/** The most edits any word is allowed (allowance). */
const MOST_EDITS = 2;

/**
 * Two words within k edits (a swap of neighbours included) become one string
 * after at most k deletions from each. So each name is filed under its
 * deletions once, and a word is checked only against the names that share
 * one of its own (SymSpell's deletion index), not against every name: the
 * comparisons grow with the words, not with words × names.
 */
function deletionIndex(names: Set<string>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const name of names) {
    for (let count = 0; count <= MOST_EDITS; count++) {
      for (const variant of deletions(name, count)) {
        const key = `${count} ${variant}`;
        const filed = index.get(key);
        if (filed) filed.add(name);
        else index.set(key, new Set([name]));
      }
    }
  }
  return index;
}

/** Whether a name is within the word's allowance of it, through the deletion index. */
function nearAName(word: string, index: Map<string, Set<string>>): boolean {
  const edits = allowance(word.length);
  for (let fromWord = 0; fromWord <= edits; fromWord++) {
    for (const variant of deletions(word, fromWord)) {
      for (let fromName = 0; fromName <= edits; fromName++) {
        for (const name of index.get(`${fromName} ${variant}`) ?? []) {
          if (Math.abs(name.length - word.length) <= 2 && editDistance(word, name) <= edits) return true;
        }
      }
    }
  }
  return false;
}

/**
 * The words of our pages, questions and readers' phrases that a reader could
 * mean and correctQuery would take for a typo of a name ("tender knots" is
 * not "fender knots", nor "heal" "head"). Only these go to the search page,
 * not every word of the site.
 */
export function wordsNearNames(texts: string[], terms: Vocabulary['terms']): string[] {
  const names = nameWords(terms);
  const index = deletionIndex(names);
  const words = new Set(texts.flatMap((text) => normalise(text).split(' ')));
  return [...words].filter((w) => !names.has(w) && allowance(w.length) > 0 && nearAName(w, index)).sort();
}

/**
 * The query with each word that is neither a name nor a real word
 * (realWords) replaced by the closest name, or undefined when every word is
 * known or no name is close enough.
 */
export function correctQuery(query: string, vocabulary: Vocabulary): string | undefined {
  const names = nameWords(vocabulary.terms);
  const real = new Set(vocabulary.realWords);
  const words = normalise(query).split(' ').filter(Boolean);
  const corrected = words.map((word) => (names.has(word) || real.has(word) || allowance(word.length) === 0 ? word : (nameCloseTo(word, names) ?? word)));
  return corrected.some((word, i) => word !== words[i]) ? corrected.join(' ') : undefined;
}

// Words before a side ("which is gentler reflexology or shiatsu") are harmless: a side names a type when it contains one.
const COMPARISON = [/\bdifferences? between (.+?) and (.+)$/, /^(.+?) (?:vs|versus|or|compared to|compared with) (.+)$/];

/** The two types a query compares, e.g. "deep tissue vs swedish", or undefined. */
export function comparedTypes(query: string, vocabulary: Vocabulary): [string, string] | undefined {
  const text = normalise(query).replace(/\bv\b/g, 'vs');
  for (const pattern of COMPARISON) {
    const match = pattern.exec(text);
    if (!match) continue;
    const a = typeNamed(match[1]!, vocabulary);
    const b = typeNamed(match[2]!, vocabulary);
    if (a && b && a !== b) return [a, b];
  }
  return undefined;
}

function typeNamed(side: string, vocabulary: Vocabulary): string | undefined {
  const words = side.replace(/\b(massage|therapy)\b/g, ' ').replace(/\s+/g, ' ').trim();
  let best: { id: string; length: number } | undefined;
  for (const type of vocabulary.types) {
    for (const name of type.names) {
      const bare = name.replace(/\b(massage|therapy)\b/g, ' ').replace(/\s+/g, ' ').trim();
      if (bare && (words === bare || ` ${words} `.includes(` ${bare} `)) && (!best || bare.length > best.length)) {
        best = { id: type.id, length: bare.length };
      }
    }
  }
  return best?.id;
}
