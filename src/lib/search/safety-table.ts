/**
 * Reads and checks the safety answers table (content/safety-answers.yaml) at
 * build time: every answer must quote its page word for word and link a
 * section that page has. Kept apart from safety.ts so the YAML parser never
 * reaches the search page's script.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { SafetyAnswer } from './safety.ts';
import { normalise } from './normalise.ts';

/** What the check needs to know of a page: its title, its text as readers see it, and its section ids. */
export interface AnsweringPage {
  title: string;
  text: string;
  sections: ReadonlySet<string>;
}

export interface SafetyProblem {
  line: number;
  message: string;
  fix: string;
}

export const SAFETY_FILE = 'content/safety-answers.yaml';
const FIELDS = ['urgent', 'answer', 'quote', 'href', 'readers'];

export function formatSafetyProblem(problem: SafetyProblem, file = SAFETY_FILE): string {
  return `${file}:${problem.line}: ${problem.message}\n  Fix: ${problem.fix}`;
}

/** Markdown as a reader sees it: no emphasis marks, link text without its address, no heading ids. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/\{\s*#[\w-]+\s*\}/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ');
}

/**
 * Parses and checks the table. `pageAt` finds the page an href names (without
 * its fragment): each answer must link a section that page has, and quote a
 * sentence the page says.
 */
export function parseSafetyAnswers(text: string, pageAt: (path: string) => AnsweringPage | undefined): { answers: SafetyAnswer[]; problems: SafetyProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const lineOf = (node: unknown) => ((node as Node | undefined)?.range ? lines.linePos((node as Node).range![0]).line : 1);
  const problems: SafetyProblem[] = doc.errors.map((e) => ({ line: e.linePos?.[0].line ?? 1, message: `is not valid YAML (${e.code})`, fix: 'write each entry as "- answer:", "  quote:", "  href:", "  readers: [phrase, phrase]"' }));
  const root = doc.contents;
  if (problems.length || !isSeq(root)) return { answers: [], problems: problems.length ? problems : [{ line: 1, message: 'must be a list of answers', fix: 'start each entry with "- answer:"' }] };

  const answers: SafetyAnswer[] = [];
  const seen = new Map<string, number>();
  for (const item of root.items) {
    const line = lineOf(item);
    const problem = (message: string, fix: string) => problems.push({ line, message, fix });
    if (!isMap(item)) {
      problem('an entry must be a map', 'write "- answer: …" with quote, href and readers');
      continue;
    }
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      if (!FIELDS.includes(key)) problem(`"${key}" is not a field of a safety answer`, `use only ${FIELDS.join(', ')}`);
    }
    const field = (key: string) => {
      const node: unknown = item.get(key, true);
      return isScalar(node) && typeof node.value === 'string' ? node.value.trim() : '';
    };
    const [answer, quote, href] = [field('answer'), field('quote'), field('href')];
    const urgentNode: unknown = item.get('urgent', true);
    const urgent = isScalar(urgentNode) && urgentNode.value === true;
    if (urgentNode !== undefined && !(isScalar(urgentNode) && typeof urgentNode.value === 'boolean')) problem('"urgent" must be true or false', 'write urgent: true for a warning sign that needs a doctor now');
    if (!answer) problem('"answer" is missing', 'write the answer in one line, from the words of the quote');
    const readersNode: unknown = item.get('readers', true);
    const readers = isSeq(readersNode) ? readersNode.items.map((p) => (isScalar(p) ? normalise(String(p.value ?? '')) : '')).filter(Boolean) : [];
    if (!readers.length) problem('"readers" must list at least one phrase', 'write readers: [blood clot, dvt, swollen calf]');
    for (const phrase of readers) {
      const earlier = seen.get(phrase);
      if (earlier !== undefined) problem(`"${phrase}" is already listed on line ${earlier}`, 'list a phrase under one answer only');
      else seen.set(phrase, line);
    }
    const [path, section] = href.split('#');
    const page = path ? pageAt(path) : undefined;
    if (!page) {
      problem(`"href: ${href}" is not a page of the site`, 'link the article that answers it, as /guides/safety/#red-flags');
      continue;
    }
    if (!section || !page.sections.has(section)) problem(`"${href}" names no section of ${path}`, `link one of its sections: ${[...page.sections].join(', ')}`);
    if (!quote || !page.text.includes(quote)) problem(`the quote is not on ${path}`, 'copy a sentence of that page word for word: answers never word medical advice of their own');
    answers.push({ urgent, answer, quote, href, title: page.title, readers });
  }
  return { answers, problems };
}
