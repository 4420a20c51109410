/**
 * Honest results: Pagefind matches a word by its stem and by its beginning,
 * so "kids" finds "kidneys", "xyzzy" a citation ("Chen X."), and a reader who
 * asked about something we have no page on got 14 confident results. A word
 * of the query counts only when our pages use it, or a form of it ("section"
 * for "sections"); otherwise it is dropped, and a query left with nothing says
 * so and suggests the nearest topics we do cover.
 */
import { editDistance } from '../model/edit-distance.ts';
import { correctQuery, nameCloseTo, nameWords, type Vocabulary } from './vocabulary.ts';

const ENDINGS = ['', 's', 'es', 'ed', 'd', 'ing', 'er'];
const bare = (word: string) => word.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/(?<=...)s$/, '');

/** Whether two words are one word in two forms: "sections" and "section", "rolling" and "roll"; never "kids" and "kidneys". */
export function sameWord(a: string, b: string): boolean {
  const [x, y] = [bare(a), bare(b)];
  if (!x || !y) return false;
  // "injury" becomes "injurie" once its plural loses the s, and "injuried" never occurs: y turns to ie before an ending.
  const iy = (w: string) => (w.endsWith('y') ? w.slice(0, -1) + 'ie' : w);
  return ENDINGS.some((e) => x + e === y || y + e === x || iy(x) + e === y || iy(y) + e === x);
}

/**
 * Words of the query that need checking against the index: not a word of our
 * names, FAQ questions or readers' phrases, which are on our pages for sure.
 */
export function wordsToCheck(words: string[], vocabulary: Pick<Vocabulary, 'terms' | 'realWords' | 'questions'>): string[] {
  const known = new Set([...nameWords(vocabulary.terms), ...vocabulary.realWords, ...vocabulary.questions.flatMap((q) => q.words.split(' '))]);
  return words.filter((w) => !known.has(w));
}

/** Whether the words Pagefind highlighted for a query word include the word itself, or a form of it. */
export const foundAsWritten = (word: string, highlighted: string[]): boolean => highlighted.some((h) => sameWord(h.split(/[^A-Za-z0-9]+/).find(Boolean) ?? '', word));

/**
 * The word a reader surely meant, for a word no page of ours uses: a name, or
 * else a word readers type that the synonym table knows ("pregant" is
 * "pregnant", three edits from "pregnancy"). Words under five letters have too
 * many neighbours to be sure: "kids" is not a typo of "kinds".
 */
export function sureTypoFix(word: string, vocabulary: Vocabulary): string | undefined {
  if (word.length < 5) return undefined;
  const readersWords = vocabulary.synonyms.flatMap((s) => s.readers.filter((r) => !r.includes(' ')));
  return correctQuery(word, vocabulary) ?? nameCloseTo(word, readersWords);
}

export interface Topic {
  title: string;
  url: string;
}

/**
 * Pages to suggest when nothing answers: names that share a word's first four
 * letters or are an edit or two from it, articles only, at most three; then always
 * the guide to finding a therapist, who can answer what we cannot.
 */
export function nearestTopics(words: string[], vocabulary: Pick<Vocabulary, 'terms'>, titleOf: (url: string) => string | undefined, therapistGuide: Topic): Topic[] {
  const near = (n: string, w: string) => (n.length >= 4 && n.slice(0, 4) === w.slice(0, 4)) || editDistance(n, w) <= (w.length >= 7 ? 2 : 1);
  const close = (name: string) => words.some((w) => w.length >= 4 && name.split(' ').some((n) => near(n, w)));
  const urls = [...new Set(vocabulary.terms.filter((t) => !t.url.includes('#') && close(t.term)).map((t) => t.url))];
  const topics = urls.flatMap((url) => {
    const title = titleOf(url);
    return title ? [{ title, url }] : [];
  });
  return [...topics.filter((t) => t.url !== therapistGuide.url).slice(0, 3), therapistGuide];
}
