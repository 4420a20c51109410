/**
 * When and why each claim's grade changed, from content/grade-history.yaml:
 * the entries are replayed in date order, and the result must equal the
 * grades the rule computes now, so a grade never changes without a dated
 * reason a reader can see. Pure: records in, a history and problems out.
 */
import type { ContentProblem } from './content-problems.ts';
import type { EvidenceGrade } from './evidence.ts';

export const GRADE_HISTORY_FILE = 'content/grade-history.yaml';

export interface GradeChangeRecord {
  id: string;
  date: Date;
  why: string;
  /** "type/condition" → the grade from this date. */
  grades: Record<string, EvidenceGrade>;
}

/** One change of one claim's grade, as pages and /api/v1/evidence-changes.json show it. */
export interface GradeChange {
  claim: string;
  date: string;
  /** Absent when the claim was first graded by this entry. */
  from?: EvidenceGrade | undefined;
  to: EvidenceGrade;
  why: string;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const byDate = (a: GradeChangeRecord, b: GradeChangeRecord) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id);

/**
 * Every change, oldest first, and what is wrong: an entry that restates a
 * grade, a claim graded now that the history never graded, or a final grade
 * that differs from the computed one (with the entry to add).
 */
export function gradeHistory(records: GradeChangeRecord[], current: Map<string, EvidenceGrade>, today: Date): { changes: GradeChange[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const state = new Map<string, EvidenceGrade>();
  const changes: GradeChange[] = [];
  for (const record of [...records].sort(byDate)) {
    for (const [claim, to] of Object.entries(record.grades)) {
      const from = state.get(claim);
      if (from === to) {
        problems.push({ file: GRADE_HISTORY_FILE, field: `${record.id} → grades → ${claim}`, message: `the grade is already ${to}, so this records no change`, fix: 'remove the line' });
      }
      if (!current.has(claim)) {
        problems.push({ file: GRADE_HISTORY_FILE, field: `${record.id} → grades → ${claim}`, message: `${claim} is not a claim any type makes`, fix: 'write the claim as "type-id/condition-id", exactly as a type lists the condition in helps' });
      }
      state.set(claim, to);
      changes.push({ claim, date: isoDate(record.date), ...(from ? { from } : {}), to, why: record.why });
    }
  }
  const missing = [...current].filter(([claim, grade]) => state.get(claim) !== grade);
  if (missing.length) {
    const lines = missing.map(([claim, grade]) => `    ${claim}: ${grade}`).join('\n');
    problems.push({
      file: GRADE_HISTORY_FILE,
      field: 'grades',
      message: `the grade of ${missing.length} claim${missing.length === 1 ? '' : 's'} changed (or is new) without a record: ${missing
        .map(([claim, grade]) => `${claim} is ${grade}${state.has(claim) ? ` (recorded: ${state.get(claim)!})` : ' (never recorded)'}`)
        .join('; ')}`,
      fix: `add an entry saying why:\n- id: ${isoDate(today)}-…\n  date: ${isoDate(today)}\n  why: "…"\n  grades:\n${lines}`,
    });
  }
  return { changes, problems };
}

/** A claim's changes after it was first graded, newest first: what its page shows. */
export function changesOf(changes: GradeChange[], claim: string): GradeChange[] {
  return changes.filter((c) => c.claim === claim && c.from).reverse();
}

/** The date a set of claims last changed grade, for "Evidence last changed" on a page, handout or card. */
export function lastChanged(changes: GradeChange[], claims: string[]): string | undefined {
  const wanted = new Set(claims);
  return changes
    .filter((c) => wanted.has(c.claim))
    .map((c) => c.date)
    .sort()
    .at(-1);
}

/** One reason a page's grades changed on one day, with the claims it changed: a page states each reason once. */
export interface PageGradeChange {
  date: string;
  why: string;
  /** What changed: each claim's title, as a sentence writes it, and its grade before. */
  claims: { title: string; from?: EvidenceGrade | undefined }[];
}

/** The changes of a page's claims, grouped by day and reason, newest first. */
export function pageGradeChanges(rows: { title: string; inSentence?: string | undefined; changes?: Pick<GradeChange, 'date' | 'from' | 'why'>[] | undefined }[]): PageGradeChange[] {
  const groups = new Map<string, PageGradeChange>();
  for (const row of rows) {
    for (const change of row.changes ?? []) {
      const key = `${change.date}\n${change.why}`;
      const group = groups.get(key) ?? { date: change.date, why: change.why, claims: [] };
      group.claims.push({ title: row.inSentence ?? row.title, from: change.from });
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.date.localeCompare(a.date));
}
