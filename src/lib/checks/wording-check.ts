/**
 * Holds the words of a page to the grades of the claims it talks about: every
 * paragraph and list item of the body, the summary, each FAQ answer and each
 * claim's note may not use the wording of a stronger grade than its subject's
 * ("probably helps" beside a limited grade stops the build). Each sentence is
 * tied to the claims it names (a link to a condition or type, or its name)
 * and held to the weakest of them, so "may help you relax and sleep" on the
 * stress page answers to stress as well as sleep; a sentence that names none
 * answers to what its paragraph names, and a paragraph that names none to the
 * page's default (its strongest claim, or the site's for a page that makes none).
 */
import type { ContentProblem } from '../model/content-problems.ts';
import { strings } from '../../i18n/index.ts';
import { nameFinder } from '../model/name-finder.ts';
import { compareGrades, overstates, strongestWording, type EvidenceGrade } from '../model/evidence.ts';
import { bodyBlocks } from './mdx-body.ts';

/** What a block can be about: a condition (on a type page, its claim there; elsewhere its best grade) or a type claiming the page's condition. */
export interface ClaimSubject {
  /**
   * The page's own claims (a type page's conditions, a condition page's types) come first:
   * a sentence naming one of them is about it, even if a word of it is also another condition's name ("swelling").
   */
  own?: boolean;
  /** The path the body links to, e.g. /conditions/low-back-pain/. */
  href: string;
  /** Names that count as a mention, e.g. ["Low back pain", "lumbago"]. */
  names: string[];
  grade: EvidenceGrade;
}

export interface WordingInput {
  file: string;
  body: string;
  /** Lines of the file before the body (its frontmatter), so a problem names the file's own line. */
  bodyOffset?: number;
  /** The page's summary, shown on cards, in search and to search engines. */
  summary?: string;
  faq?: { answer: string }[];
  /** The subjects a block may be about, or what finds them in a text (mentionsOf), made once for many pages. */
  subjects: ClaimSubject[] | Mentions;
  /** A subject every sentence is about, whatever else it names: a condition page's own condition. */
  always?: ClaimSubject | undefined;
  /** The grade a block that names no subject is held to. */
  fallback: EvidenceGrade;
  notes: { field: string; text: string; grade: EvidenceGrade }[];
}

/** What a text says about a list of subjects: those it links to or names, in the list's order. */
export type Mentions = (text: string) => ClaimSubject[];

/**
 * Which of a list of subjects a text mentions, in time that grows with the text
 * rather than the list (nameFinder); links are looked up by the path after each "](".
 */
export function mentionsOf(subjects: ClaimSubject[]): Mentions {
  // A plural counts as a mention: "sprains" names "Sprain".
  const names = nameFinder(subjects.map((s) => s.names), 's?');
  const byHref = new Map<string, number[]>();
  subjects.forEach((subject, i) => byHref.set(subject.href, [...(byHref.get(subject.href) ?? []), i]));
  const hrefLengths = [...new Set(subjects.map((s) => s.href.length))];
  return (text) => {
    const found = names(text);
    for (let at = text.indexOf(']('); at !== -1; at = text.indexOf('](', at + 1)) {
      for (const length of hrefLengths) for (const subject of byHref.get(text.slice(at + 2, at + 2 + length)) ?? []) found.add(subject);
    }
    return [...found].sort((a, b) => a - b).map((i) => subjects[i]!);
  };
}

/** The strongest of some grades; "not enough evidence" when there are none. */
export function strongestGrade(grades: EvidenceGrade[]): EvidenceGrade {
  return [...grades].sort(compareGrades)[0] ?? 'insufficient';
}

const ownFirst = (named: ClaimSubject[]) => (named.some((s) => s.own) ? named.filter((s) => s.own) : named);
const weakestGrade = (grades: EvidenceGrade[]) => [...grades].sort(compareGrades).at(-1)!;

/** A block's sentences: a full stop, question or exclamation mark (then any closing bold, quote or bracket), a space and a capital or a link start the next. */
const sentences = (text: string) => text.split(/(?<=[.!?][)"'*_]{0,3})\s+(?=[A-Z"[*(])/);

// The articles checked are English, so the grades are named as the English table names them.
const GRADES = strings('en').evidence.grades;

function problem(file: string, field: string, used: { grade: EvidenceGrade; phrase: string }, allowed: EvidenceGrade, about: string): ContentProblem {
  return {
    file,
    field,
    message: `"${used.phrase}" is wording for ${GRADES[used.grade].inSentence}, but ${about} is graded ${GRADES[allowed].inSentence}`,
    fix: `word it as its grade allows (${GRADES[allowed].wording}; the wording is in src/i18n/en/evidence.ts, the phrases checked in src/lib/model/evidence.ts), or record in content/findings.yaml the research that supports more`,
  };
}

export function checkWording({ file, body, bodyOffset = 0, summary, faq = [], subjects, always, fallback, notes }: WordingInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const mentioned = typeof subjects === 'function' ? subjects : mentionsOf(subjects);
  for (const note of notes) {
    const used = strongestWording(note.text);
    if (used && overstates(used.grade, note.grade)) problems.push(problem(file, note.field, used, note.grade, 'the claim'));
  }
  const blocks = [
    ...(summary ? [{ field: 'summary', text: summary }] : []),
    ...faq.map((f, i) => ({ field: `faq[${i}] → answer`, text: f.answer })),
    ...bodyBlocks(body).map((b) => ({ field: `line ${b.line + bodyOffset}`, text: b.text })),
  ];
  for (const block of blocks) {
    let inBlock: ClaimSubject[] | undefined;
    for (const sentence of sentences(block.text)) {
      const used = strongestWording(sentence);
      if (!used) continue;
      const named = ownFirst(mentioned(sentence));
      const about = [...(named.length ? named : ownFirst((inBlock ??= mentioned(block.text)))), ...(always ? [always] : [])];
      const allowed = about.length ? weakestGrade(about.map((s) => s.grade)) : fallback;
      if (!overstates(used.grade, allowed)) continue;
      const weakest = about.filter((s) => s.grade === allowed).map((s) => s.names[0]);
      problems.push(problem(file, block.field, used, allowed, weakest.length ? weakest.join(', ') : 'the strongest claim this page can make'));
      break;
    }
  }
  return problems;
}
