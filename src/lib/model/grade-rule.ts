/**
 * The rule that turns research findings into a claim's grade, modelled on
 * GRADE: each finding keeps the certainty its source states (an ungraded one
 * starts at low), evidence about massage in general is one level less certain
 * for a style it did not test by name (indirectness), and the most certain
 * evidence decides, so a null result at moderate certainty outweighs a benefit
 * at low certainty. A review that updates an earlier one replaces it, an
 * overview does not count again beside the reviews it summarises, and a
 * benefit on a secondary outcome does not outweigh a null primary outcome.
 * Pure: the same findings always give the same grade. Each language's table
 * says all of this as the editorial policy page shows it (src/i18n/,
 * `evidence.ruleSteps`).
 */
import type { Certainty, Comparison, EvidenceGrade, FindingResult } from './evidence.ts';
import { compareGrades } from './evidence.ts';

/** Bumped whenever the rule changes what grade any set of findings gets; published in the evidence map. */
export const RULE_VERSION = 2;

/** GRADE's four levels of certainty, most certain first. */
export const LEVELS = ['high', 'moderate', 'low', 'very-low'] as const;
export type Level = (typeof LEVELS)[number];

/** A source that states no certainty (most trials, many older reviews) starts at low, as GRADE would not rate it higher unassessed. */
export function startingLevel(stated: Certainty): Level {
  return stated === 'not-graded' ? 'low' : stated;
}

function lowerOneLevel(level: Level): Level {
  return LEVELS[Math.min(LEVELS.indexOf(level) + 1, LEVELS.length - 1)]!;
}

const moreCertain = (a: Level, b: Level) => LEVELS.indexOf(a) < LEVELS.indexOf(b);

/**
 * What massage was compared with, grouped as GRADE judges a body of evidence:
 * against a sham, against no treatment or usual care, against a mix of
 * controls, or against another real treatment.
 */
export const COMPARISON_CLASSES = ['sham', 'control', 'mixed', 'active'] as const;
export type ComparisonClass = (typeof COMPARISON_CLASSES)[number];
export const COMPARISON_CLASS: Record<Comparison, ComparisonClass> = { sham: 'sham', inactive: 'control', 'usual-care': 'control', mixed: 'mixed', active: 'active' };

/** The parts of a finding the rule reads. */
export interface RatedFinding {
  id: string;
  source: string;
  result: FindingResult;
  certainty: Certainty;
  comparison: Comparison;
  /** False for an outcome its source names as secondary. */
  primary: boolean;
  /** The study tested this style by name; false for massage in general or a protocol close to the style. */
  direct: boolean;
}

/** Why a finding is shown but does not count toward the grade. */
export type NotCounted =
  | { because: 'superseded'; by: string }
  | { because: 'summarised'; by: string[] }
  | { because: 'secondary'; primary: string };

export interface AssessedFinding<F extends RatedFinding = RatedFinding> {
  finding: F;
  /** The certainty the rule uses: the stated one, lowered one level when indirect. */
  used: Level;
  /** Set when the rule lowered the certainty, with why. */
  downgraded?: 'indirect' | undefined;
  notCounted?: NotCounted | undefined;
}

/** How sources relate: which later review replaces which, and which reviews an overview or evidence map summarises. */
export interface SourceRelations {
  /** Source id → the id of the review that updates it. */
  supersededBy: ReadonlyMap<string, string>;
  /** Overview id → the source ids it summarises. */
  summarises: ReadonlyMap<string, readonly string[]>;
}

/** A null result is evidence against benefit only when massage was compared with something that should not help. */
const isNull = (f: RatedFinding) => f.result === 'no-difference' && COMPARISON_CLASS[f.comparison] !== 'active';

/** Each finding with the certainty the rule uses, and why it does not count where it does not. */
export function assessFindings<F extends RatedFinding>(findings: F[], relations: SourceRelations): AssessedFinding<F>[] {
  const sources = new Set(findings.map((f) => f.source));
  const nullPrimary = new Map(findings.filter((f) => f.primary && isNull(f)).map((f) => [f.source, f.id]));
  return findings.map((finding): AssessedFinding<F> => {
    const stated = startingLevel(finding.certainty);
    const used = finding.direct ? stated : lowerOneLevel(stated);
    const supersededBy = relations.supersededBy.get(finding.source);
    const summarised = (relations.summarises.get(finding.source) ?? []).filter((id) => sources.has(id));
    const primary = nullPrimary.get(finding.source);
    const notCounted: NotCounted | undefined = supersededBy
      ? { because: 'superseded', by: supersededBy }
      : summarised.length
        ? { because: 'summarised', by: summarised }
        : !finding.primary && finding.result === 'benefit' && primary
          ? { because: 'secondary', primary }
          : undefined;
    return { finding, used, ...(used === stated ? {} : { downgraded: 'indirect' as const }), ...(notCounted ? { notCounted } : {}) };
  });
}

/** The grade a verdict gets at each level of certainty. */
export const GRADE_FOR: Record<'benefit' | 'no-difference', Record<Level, EvidenceGrade>> = {
  benefit: { high: 'strong', moderate: 'moderate', low: 'limited', 'very-low': 'insufficient' },
  'no-difference': { high: 'no-benefit-shown', moderate: 'no-benefit-shown', low: 'no-benefit-shown', 'very-low': 'insufficient' },
};

/** Harm found by any counted study: the grade is never above this. */
const HARM_CAP: EvidenceGrade = 'limited';

export interface Decision {
  grade: EvidenceGrade;
  /** What the deciding evidence found, and how certain it is; absent when no counted finding points either way. */
  verdict?: 'benefit' | 'no-difference' | undefined;
  level?: Level | undefined;
  /** The findings at the deciding level: those the grade rests on. */
  deciding: string[];
  harm: boolean;
}

/**
 * The grade: among counted findings that point one way or the other (a
 * benefit, or no difference against a sham or control), the most certain
 * decide. A benefit among them gives the grade for its level; otherwise the
 * null result does. Harm caps the grade; unclear results are shown and
 * decide nothing.
 */
export function decideGrade(assessed: AssessedFinding[]): Decision {
  const counted = assessed.filter((a) => !a.notCounted);
  const harm = counted.some((a) => a.finding.result === 'harm');
  const pointing = counted.filter((a) => a.finding.result === 'benefit' || isNull(a.finding));
  if (pointing.length === 0) return { grade: 'insufficient', deciding: [], harm };
  const level = pointing.map((a) => a.used).reduce((best, l) => (moreCertain(l, best) ? l : best));
  const atLevel = pointing.filter((a) => a.used === level);
  const verdict = atLevel.some((a) => a.finding.result === 'benefit') ? 'benefit' : 'no-difference';
  const deciding = atLevel.filter((a) => (verdict === 'benefit' ? a.finding.result === 'benefit' : isNull(a.finding))).map((a) => a.finding.id);
  const grade = GRADE_FOR[verdict][level];
  return { grade: harm && compareGrades(grade, HARM_CAP) < 0 ? HARM_CAP : grade, verdict, level, deciding, harm };
}
