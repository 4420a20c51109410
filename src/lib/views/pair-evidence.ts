/**
 * The evidence of two types side by side, for a pair page: each condition
 * either claims, with both grades, and each finding once, saying which of the
 * two it applies to. Studies of massage in general apply to both, so a reader
 * sees when two grades rest on the same research.
 */
import type { EvidenceGrade, EvidenceRow, FindingLine } from '../model/evidence.ts';

export interface PairFinding extends FindingLine {
  /** Which of the two types it counts for: both, or one by name. */
  appliesTo: 'both' | 0 | 1;
}

export interface PairEvidenceRow {
  id: string;
  title: string;
  href: string;
  grades: [EvidenceGrade | undefined, EvidenceGrade | undefined];
  /** What decided each grade, in GRADE's words; one list when both grades rest on the same sentences. */
  headlines: { who: 'both' | 0 | 1; sentences: string[] }[];
  findings: PairFinding[];
}

export function pairEvidence(a: EvidenceRow[], b: EvidenceRow[]): PairEvidenceRow[] {
  const ids = [...new Set([...a.map((r) => r.id), ...b.map((r) => r.id)])];
  return ids
    .map((id) => {
      const rows = [a.find((r) => r.id === id), b.find((r) => r.id === id)] as const;
      const first = (rows[0] ?? rows[1])!;
      const findings = new Map<string, PairFinding>();
      rows.forEach((row, side) => {
        for (const f of row?.findings ?? []) {
          const key = `${f.general}|${f.text}`;
          const seen = findings.get(key);
          findings.set(key, seen && seen.appliesTo !== side ? { ...seen, appliesTo: 'both' } : { ...f, appliesTo: side as 0 | 1 });
        }
      });
      const [a0, b0] = rows.map((r) => r?.headline ?? []);
      const headlines: PairEvidenceRow['headlines'] =
        rows[0] && rows[1] && a0!.join() === b0!.join()
          ? [{ who: 'both', sentences: a0! }]
          : ([0, 1] as const).flatMap((side) => (rows[side] ? [{ who: side, sentences: rows[side]!.headline }] : []));
      return { id, title: first.title, href: first.href, grades: [rows[0]?.grade, rows[1]?.grade] as PairEvidenceRow['grades'], headlines, findings: [...findings.values()] };
    })
    .sort((x, y) => Number(y.grades.every(Boolean)) - Number(x.grades.every(Boolean)) || x.title.localeCompare(y.title));
}
