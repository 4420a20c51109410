/**
 * Holds the words of a page to the grades of its claims: a claim's note, and
 * each paragraph or list item of a page's #benefits section, may not use the
 * wording of a stronger grade than the claims it is about ("probably helps"
 * beside a limited grade stops the build). A paragraph is about the claims
 * whose subject it links to or names; one that names none is held to the
 * page's strongest claim.
 */
import type { ContentProblem } from './content-problems.ts';
import { GRADE_DEFINITIONS, compareGrades, overstates, strongestWording, type EvidenceGrade } from '../model/evidence.ts';

/** The other side of a page's claims: conditions on a type page, types on a condition page. */
export interface ClaimSubject {
  /** The path the body links to, e.g. /conditions/low-back-pain/. */
  href: string;
  /** Names that count as a mention, e.g. ["Low back pain"]. */
  names: string[];
  grade: EvidenceGrade;
}

export interface WordingInput {
  file: string;
  body: string;
  /** The page's summary, shown on cards, in search and to search engines: held to the grades like any paragraph. */
  summary?: string;
  subjects: ClaimSubject[];
  notes: { field: string; text: string; grade: EvidenceGrade }[];
}

export interface TextBlock {
  line: number;
  text: string;
}

/** The paragraphs and list items of the section whose heading carries `{ #id }`, up to the next heading of its level or higher. */
export function sectionBlocks(body: string, id: string): TextBlock[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => /^#{2,6}\s/.test(l) && l.includes(`{ #${id} }`));
  if (start < 0) return [];
  const level = /^#+/.exec(lines[start]!)![0].length;
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#+)\s/.exec(line);
    if (heading && heading[1]!.length <= level) break;
    if (line.trim() === '' || heading) {
      current = undefined;
      continue;
    }
    if (/^\s*([-*+]|\d+\.)\s/.test(line) || !current) {
      current = { line: i + 1, text: line.trim() };
      blocks.push(current);
    } else {
      current.text += ` ${line.trim()}`;
    }
  }
  return blocks;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mentions(text: string, subject: ClaimSubject): boolean {
  if (text.includes(`](${subject.href}`)) return true;
  return subject.names.some((name) => new RegExp(`\\b${escape(name)}s?\\b`, 'i').test(text));
}

function strongest(grades: EvidenceGrade[]): EvidenceGrade {
  return [...grades].sort(compareGrades)[0] ?? 'insufficient';
}

function problem(file: string, field: string, used: { grade: EvidenceGrade; phrase: string }, allowed: EvidenceGrade, about: string): ContentProblem {
  return {
    file,
    field,
    message: `"${used.phrase}" is wording for ${GRADE_DEFINITIONS[used.grade].label.toLowerCase()}, but ${about} is graded ${GRADE_DEFINITIONS[allowed].label.toLowerCase()}`,
    fix: `word it as its grade allows (${GRADE_DEFINITIONS[allowed].wording}; the table is in src/lib/model/evidence.ts), or record in content/findings.yaml the research that supports more`,
  };
}

export function checkWording({ file, body, summary, subjects, notes }: WordingInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const note of notes) {
    const used = strongestWording(note.text);
    if (used && overstates(used.grade, note.grade)) problems.push(problem(file, note.field, used, note.grade, 'the claim'));
  }
  const pageBest = strongest(subjects.map((s) => s.grade));
  const blocks = [...(summary ? [{ field: 'summary', text: summary }] : []), ...sectionBlocks(body, 'benefits').map((b) => ({ field: `body line ${b.line} (#benefits)`, text: b.text }))];
  for (const block of blocks) {
    const used = strongestWording(block.text);
    if (!used) continue;
    const about = subjects.filter((s) => mentions(block.text, s));
    const allowed = about.length ? strongest(about.map((s) => s.grade)) : pageBest;
    if (!overstates(used.grade, allowed)) continue;
    const what = about.length ? about.map((s) => s.names[0]).join(', ') : 'the strongest claim on this page';
    problems.push(problem(file, block.field, used, allowed, what));
  }
  return problems;
}
