/**
 * Safety answers (content/safety-answers.yaml): the conditions, medicines,
 * situations and warning signs readers search for, each with the short answer
 * our pages already give and the section that gives it. A reader who types
 * "blood clot in leg" or "swollen red hot calf" needs that answer before any
 * list of massage styles, so the search page shows it first. Each answer
 * quotes its page word for word (checked at build time): search never words
 * medical advice of its own.
 */
import { normalise } from './normalise.ts';

export interface SafetyAnswer {
  /** A warning sign that needs a doctor now: shown before anything else, in the urgent style. */
  urgent: boolean;
  /** The answer in one line, the words of the quote shortened ("A suspected blood clot: don't have massage; …"). */
  answer: string;
  /** The sentence of the linked page the answer stands on, word for word. */
  quote: string;
  /** The page and section that answer it: /guides/safety/#red-flags. */
  href: string;
  /** Title of the linked page, for the link's text. */
  title: string;
  /** What readers type, normalised: conditions, medicines by generic and brand name, situations, symptoms. */
  readers: string[];
}

/** Plural and singular are one word to a reader ("clots", "clot"). */
const stem = (word: string) => (word.length > 3 ? word.replace(/(?<![su])s$/, '') : word);

/**
 * The answers a query asks for: those with a phrase all of whose words the
 * query has, in any order ("swollen red hot calf" has "swollen calf"). Urgent
 * answers come first, then the one matched by the longest phrase; at most two,
 * so the pages still show on a phone's first screen.
 */
export function safetyAnswersFor(query: string, answers: readonly SafetyAnswer[]): SafetyAnswer[] {
  const words = new Set(normalise(query).split(' ').filter(Boolean).map(stem));
  const matched = answers
    .map((answer) => ({ answer, length: Math.max(0, ...answer.readers.filter((r) => r.split(' ').every((w) => words.has(stem(w)))).map((r) => r.length)) }))
    .filter((m) => m.length > 0);
  return matched
    .sort((a, b) => Number(b.answer.urgent) - Number(a.answer.urgent) || b.length - a.length)
    .slice(0, 2)
    .map((m) => m.answer);
}
