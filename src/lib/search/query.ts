/**
 * Query understanding: what a reader's words ask for, before Pagefind sees
 * them. Readers type whole questions and symptoms ("28 weeks pregnant lower
 * back pain", "is shiatsu good for anxiety"); Pagefind requires every word and
 * loads an index chunk per word. So we map readers' words to ours (the synonym
 * table), drop filler words, numbers and units, and name the pages the query
 * is about (a title or alias it contains), which then come first.
 */
import { normalise } from './normalise.ts';
import { comparedTypes, type Vocabulary } from './vocabulary.ts';

/** Longer queries are refused with a message: nobody types more, and a huge one would hang the page. */
export const MAX_QUERY_LENGTH = 200;

/** Words that carry no subject: question words, pronouns, auxiliaries, prepositions, fillers. */
const FILLER = new Set(
  (
    'a an the i im ive id me my mine myself you your youre we our us it its this that these those there here ' +
    'is are am was were be been being do does did doing done have has had having can cant could should would will wont ' +
    'shall may might must what whats which who whom whose when where why how hows of in on at to for from by with about ' +
    'into onto over under after before during while and or but if so than then too very really just get gets got getting ' +
    'go going goes went help helps helped good best better any some much many more most ok okay also not no yes all every ' +
    'each other such only own same still up down out off again ever need needs want wants like feel feels felt keep make ' +
    'makes thing things lot bit kind sort please tell know anyone someone something way ways try trying use using ' +
    'always sometimes usually since because around through between'
  ).split(' '),
);
/** When a query is all filler ("which massage is best for me"), only these are dropped. */
const GRAMMAR = new Set('a an the i im me my you your we our it its is are am was were be to of in on at for with and or do does did can should would will this that'.split(' '));
/** Said in nearly every query and on every page: dropped when the query has other words. */
const GENERIC = new Set(['massage', 'massages', 'therapy', 'therapies', 'therapist', 'therapists', 'treatment', 'treatments']);
/** Units that go with a number ("28 weeks", "3 days ago"). */
const UNITS = new Set(['week', 'weeks', 'wk', 'wks', 'day', 'days', 'month', 'months', 'year', 'years', 'yr', 'yrs', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'ago', 'old', 'kg', 'lb', 'lbs', 'cm', 'km', 'mile', 'miles', 'times', 'st', 'nd', 'rd', 'th']);

export interface UnderstoodQuery {
  /** The query as the reader typed it, trimmed. */
  text: string;
  /** Content words to send to Pagefind, our words in place of readers' where the synonym table has them. */
  words: string[];
  /** Pages the query names (by title, alias or glossary term), best first. */
  named: string[];
  /** Two massage types the query compares ("x vs y", "difference between x and y", "x or y"). */
  pair?: [string, string];
}

const isNumber = (word: string) => /^\d+(st|nd|rd|th)?$/.test(word);

/** Replaces readers' phrases with ours, longest phrase first, on whole words. */
export function applySynonyms(text: string, vocabulary: Pick<Vocabulary, 'synonyms'>): string {
  const phrases = vocabulary.synonyms.flatMap((s) => s.readers.map((r) => ({ r, ours: s.ours }))).sort((a, b) => b.r.length - a.r.length);
  let result = ` ${text} `;
  for (const { r, ours } of phrases) result = result.split(` ${r} `).join(` ${ours} `);
  return result.trim().replace(/\s+/g, ' ');
}

/** The words of a text that say what it is about. */
export function contentWords(text: string): string[] {
  const words = text.split(' ').filter(Boolean);
  const kept = words.filter((w, i) => !FILLER.has(w) && !isNumber(w) && !(UNITS.has(w) && i > 0 && isNumber(words[i - 1]!)));
  const specific = kept.filter((w) => !GENERIC.has(w));
  if (specific.length) return [...new Set(specific)];
  return [...new Set(words.filter((w) => !GRAMMAR.has(w) && !isNumber(w)))];
}

/**
 * Pages the query names. A term counts when it appears whole in the query, or
 * when all of its (two or more) specific words do ("pregnancy … back pain"
 * names "pregnancy back pain"). Longer, contiguous matches rank first; a body
 * area ranks after the conditions and types named, since readers who name a
 * place mostly mean what hurts there.
 */
export function namedPages(text: string, vocabulary: Pick<Vocabulary, 'terms'>): string[] {
  const padded = ` ${text} `;
  const present = new Set(text.split(' '));
  const best = new Map<string, number>();
  for (const { term, url } of vocabulary.terms) {
    if (url.includes('#') || !term) continue;
    const specific = term.split(' ').filter((w) => !FILLER.has(w) && !GENERIC.has(w));
    let score = 0;
    if (padded.includes(` ${term} `) && (specific.length > 0 || term.split(' ').length >= 3)) score = specific.length + 1.5;
    else if (specific.length >= 2 && specific.every((w) => present.has(w))) score = specific.length;
    if (score === 0) continue;
    if (url.startsWith('/regions/')) score -= 10;
    if (score > (best.get(url) ?? -Infinity)) best.set(url, score);
  }
  return [...best.entries()].sort((a, b) => b[1] - a[1]).map(([url]) => url);
}

const stem = (word: string) => (word.length > 3 ? word.replace(/(?<!s)s$/, '') : word);

/**
 * Pages whose FAQ asks what the reader asks: the questions' content words
 * overlap the query's by at least half (Jaccard), best first, at most two.
 */
export function pagesAnswering(words: string[], vocabulary: Pick<Vocabulary, 'questions'>): string[] {
  const asked = new Set(words.map(stem));
  if (!asked.size) return [];
  const best = new Map<string, number>();
  for (const { words: question, url } of vocabulary.questions) {
    const answered = new Set(question.split(' ').filter(Boolean).map(stem));
    const shared = [...asked].filter((w) => answered.has(w)).length;
    const similarity = shared / new Set([...asked, ...answered]).size;
    if (shared > 0 && similarity >= 0.5 && similarity > (best.get(url) ?? 0)) best.set(url, similarity);
  }
  return [...best.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([url]) => url);
}

/** "is shiatsu good for anxiety", "can massage help sciatica", "does reflexology work for stress". */
const HELPS = /\b(?:is|are|can|could|does|do|will|would)\b (.+?) \b(?:good|helpful|safe|ok|okay|useful|work|help|helps|effective|recommended|best)\b (?:for|with|on|in|after)? ?(.+)$/;

export function understandQuery(query: string, vocabulary: Vocabulary): UnderstoodQuery {
  const text = query.trim();
  const plain = normalise(text);
  const ours = applySynonyms(plain, vocabulary);
  const pair = comparedTypes(ours, vocabulary) ?? comparedTypes(plain, vocabulary);
  let named = namedPages(ours, vocabulary);
  const helps = HELPS.exec(ours);
  if (helps) {
    // The condition first: its page grades each type for it, and answers "does it help".
    const subject = namedPages(helps[2]!, vocabulary).filter((u) => u.startsWith('/conditions/'));
    named = [...new Set([...subject, ...named])];
  }
  const words = contentWords(ours);
  // Pages a title or alias names first, then pages whose FAQ asks the same question.
  named = [...new Set([...named, ...pagesAnswering(words, vocabulary)])];
  return { text, words, named, ...(pair ? { pair } : {}) };
}
