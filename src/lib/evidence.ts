/**
 * Evidence grades, strongest first. The wording an article may use for each
 * grade is defined once here and shown on the editorial policy page.
 */
export const EVIDENCE_GRADES = ['strong', 'moderate', 'limited', 'insufficient', 'traditional'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** One graded claim as an article shows it: the other side of the claim (a condition on a type's page, a type on a condition's). */
export interface EvidenceRow {
  href: string;
  title: string;
  grade: EvidenceGrade;
  note?: string | undefined;
  sources: { id: string; label: string }[];
}

export interface GradeDefinition {
  label: string;
  /** What the grade means, for the editorial policy page. */
  meaning: string;
  /** How a claim at this grade should be worded. */
  wording: string;
}

export const GRADE_DEFINITIONS: Record<EvidenceGrade, GradeDefinition> = {
  strong: {
    label: 'Strong evidence',
    meaning: 'Consistent results from several good-quality randomised trials or a high-quality systematic review.',
    wording: '"is shown to help"',
  },
  moderate: {
    label: 'Moderate evidence',
    meaning: 'Systematic reviews find a benefit, but the trials are small, short or of mixed quality.',
    wording: '"probably helps" or "can help, at least in the short term"',
  },
  limited: {
    label: 'Limited evidence',
    meaning: 'A few small or low-quality studies suggest a benefit; results are mixed or short-lived.',
    wording: '"may help"',
  },
  insufficient: {
    label: 'Not enough evidence',
    meaning: 'Too few studies to say whether it helps, or the studies disagree.',
    wording: '"we do not know whether it helps"',
  },
  traditional: {
    label: 'Traditional use only',
    meaning: 'Used for this by practitioners or tradition, without research to test it.',
    wording: '"is traditionally used for"',
  },
};

/** Orders grades strongest first, for tables and lists. */
export function compareGrades(a: EvidenceGrade, b: EvidenceGrade): number {
  return EVIDENCE_GRADES.indexOf(a) - EVIDENCE_GRADES.indexOf(b);
}

/** A shape beside each grade label, so the grade never depends on colour alone. */
export const GRADE_SYMBOLS: Record<EvidenceGrade, string> = {
  strong: '●●●●',
  moderate: '●●●○',
  limited: '●●○○',
  insufficient: '●○○○',
  traditional: '◇',
};
