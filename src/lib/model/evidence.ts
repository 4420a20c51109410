/**
 * Evidence grades and the rule that computes them. Authors record what each
 * piece of research found (content/findings.yaml); a claim's grade follows
 * from those findings by gradeFromFindings, never from a grade an author types.
 * The wording each grade allows is defined here too, and the build checks it.
 */

/**
 * Grades, from most to least support for "this helps". "No benefit shown" sits
 * last: a review that found massage no better than a sham or control tells a
 * reader more than silence does, and all of it is against the claim.
 */
export const EVIDENCE_GRADES = ['strong', 'moderate', 'limited', 'insufficient', 'traditional', 'no-benefit-shown'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** Where a source stands: only research can carry a finding. */
export const RESEARCH_KINDS = ['systematic-review', 'guideline', 'trial'] as const;
export type ResearchKind = (typeof RESEARCH_KINDS)[number];
/** Consumer health pages, professional bodies and provider articles: what they say is shown, never graded. */
export const NON_RESEARCH_KINDS = ['health-information', 'professional-body', 'seed-article'] as const;
export const SOURCE_KINDS = [...RESEARCH_KINDS, ...NON_RESEARCH_KINDS] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export function isResearch(kind: SourceKind): kind is ResearchKind {
  return (RESEARCH_KINDS as readonly string[]).includes(kind);
}

/** What a finding reports, in the source's own terms. */
export const RESULTS = ['benefit', 'no-difference', 'harm', 'unclear'] as const;
export type FindingResult = (typeof RESULTS)[number];

/** The certainty the source itself states (GRADE wording); not-graded when it states none, as a single trial usually does. */
export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low', 'not-graded'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/**
 * What massage was compared with: a null result against sham, nothing, usual
 * care or a mix of such controls is evidence against benefit; against another
 * real treatment it is not (the two may work equally well).
 */
export const COMPARISONS = ['sham', 'inactive', 'usual-care', 'mixed', 'active'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** The parts of a finding the rule reads. */
export interface GradableFinding {
  sourceKind: ResearchKind;
  result: FindingResult;
  certainty: Certainty;
  comparison: Comparison;
}

const isReview = (f: GradableFinding) => f.sourceKind === 'systematic-review' || f.sourceKind === 'guideline';
const isBenefit = (f: GradableFinding) => f.result === 'benefit';
/** A review or guideline that found no difference against sham, no treatment or usual care. */
const isNullReview = (f: GradableFinding) => isReview(f) && f.result === 'no-difference' && f.comparison !== 'active';

/**
 * The rule, step by step, in the words the editorial policy page shows. Each
 * step is tried in order; `applies` says whether it decides the grade.
 */
export const GRADE_RULE: { grade: EvidenceGrade; when: string; applies: (findings: GradableFinding[]) => boolean }[] = [
  {
    grade: 'no-benefit-shown',
    when: 'A review or guideline found massage no better than a sham treatment, no treatment or usual care, and no research found a benefit.',
    applies: (fs) => fs.some(isNullReview) && !fs.some(isBenefit),
  },
  {
    grade: 'strong',
    when: 'A review or guideline found a benefit with high certainty, and no review found massage no better than a sham or control.',
    applies: (fs) => !fs.some(isNullReview) && fs.some((f) => isReview(f) && isBenefit(f) && f.certainty === 'high'),
  },
  {
    grade: 'moderate',
    when: 'A review or guideline found a benefit with moderate or high certainty, and no review found massage no better than a sham or control.',
    applies: (fs) => !fs.some(isNullReview) && fs.some((f) => isReview(f) && isBenefit(f) && (f.certainty === 'moderate' || f.certainty === 'high')),
  },
  {
    grade: 'limited',
    when: 'At least one review, guideline or trial found a benefit, at any certainty. A review that found no difference against a sham or control holds the grade here, however certain the benefit.',
    applies: (fs) => fs.some(isBenefit),
  },
  {
    grade: 'insufficient',
    when: 'No research found a benefit: there is none, or it found harm or no clear answer. What health websites, professional bodies or providers say is shown beside the research but never raises the grade.',
    applies: () => true,
  },
];

/** The grade a set of research findings supports, by GRADE_RULE. The same findings always give the same grade. */
export function gradeFromFindings(findings: GradableFinding[]): EvidenceGrade {
  return GRADE_RULE.find((step) => step.applies(findings))!.grade;
}

/** Orders grades strongest first, for tables and lists. */
export function compareGrades(a: EvidenceGrade, b: EvidenceGrade): number {
  return EVIDENCE_GRADES.indexOf(a) - EVIDENCE_GRADES.indexOf(b);
}

/** Grades at which a reader can expect some benefit, for recommendations. */
export function suggestsBenefit(grade: EvidenceGrade): boolean {
  return grade === 'strong' || grade === 'moderate' || grade === 'limited';
}

export interface GradeDefinition {
  label: string;
  /** What the grade means, for the editorial policy page. */
  meaning: string;
  /** How a claim at this grade should be worded. */
  wording: string;
  /**
   * Phrases that claim this much benefit. A sentence about a claim may use the
   * phrases of its own grade and of weaker ones, never a stronger grade's.
   */
  phrases: RegExp[];
}

// "not proven", "may not help" and "has not been shown to help" are negations, not claims.
const NOT_BEFORE = String.raw`(?<!\bnot )(?<!\bnever )(?<!\bno )`;
const phrase = (source: string) => new RegExp(`${NOT_BEFORE}\\b(?:${source})\\b`, 'i');

export const GRADE_DEFINITIONS: Record<EvidenceGrade, GradeDefinition> = {
  strong: {
    label: 'Strong evidence',
    meaning: 'A systematic review or guideline finds a benefit with high certainty.',
    wording: '"is shown to help"',
    phrases: [phrase('(?:is|are|has been|have been) (?:shown|proven) to'), phrase('proven'), phrase('cures?')],
  },
  moderate: {
    label: 'Moderate evidence',
    meaning: 'A systematic review or guideline finds a benefit with moderate certainty: it probably helps, though the trials may be small or short.',
    wording: '"probably helps" or "can help, at least in the short term"',
    phrases: [phrase('probably (?:helps?|eases?|relieves?|reduces?|improves?)'), phrase('can help'), phrase('likely to help'), phrase('(?:is|are) effective')],
  },
  limited: {
    label: 'Limited evidence',
    meaning: 'At least one study finds a benefit, but the evidence is of low or very low certainty, or a review found no difference against a sham or control.',
    wording: '"may help"',
    phrases: [phrase('may (?:help|ease|relieve|reduce|improve|lessen|calm)'), phrase('might help'), phrase('could help')],
  },
  insufficient: {
    label: 'Not enough evidence',
    meaning: 'No research we could find shows a benefit: there are too few studies, or they disagree.',
    wording: '"we do not know whether it helps"',
    phrases: [],
  },
  traditional: {
    label: 'Traditional use only',
    meaning: 'Used for this by practitioners or tradition, without research to test it.',
    wording: '"is traditionally used for"',
    phrases: [],
  },
  'no-benefit-shown': {
    label: 'No benefit shown',
    meaning: 'A review found massage worked no better than a sham treatment, no treatment or usual care, and no study found a benefit.',
    wording: '"studies found it works no better than a sham treatment"',
    phrases: [],
  },
};

/** The strongest grade whose wording a text uses, with the phrase, or undefined if it makes no claim of benefit. */
export function strongestWording(text: string): { grade: EvidenceGrade; phrase: string } | undefined {
  for (const grade of EVIDENCE_GRADES) {
    for (const pattern of GRADE_DEFINITIONS[grade].phrases) {
      const match = pattern.exec(text);
      if (match) return { grade, phrase: match[0] };
    }
  }
  return undefined;
}

/** Whether text worded for grade `used` claims more than grade `allowed` supports. */
export function overstates(used: EvidenceGrade, allowed: EvidenceGrade): boolean {
  return compareGrades(used, allowed) < 0;
}

/** A shape beside each grade label, so the grade never depends on colour alone. */
export const GRADE_SYMBOLS: Record<EvidenceGrade, string> = {
  strong: '●●●●',
  moderate: '●●●○',
  limited: '●●○○',
  insufficient: '●○○○',
  traditional: '◇',
  'no-benefit-shown': '○○○○',
};

/** Certainty in the words of a one-line finding: "low-certainty evidence". */
export const CERTAINTY_WORDS: Record<Certainty, string> = {
  high: 'high-certainty evidence',
  moderate: 'moderate-certainty evidence',
  low: 'low-certainty evidence',
  'very-low': 'very low-certainty evidence',
  'not-graded': 'certainty not stated',
};

/** One graded claim as an article shows it: the other side of the claim (a condition on a type's page, a type on a condition's). */
export interface EvidenceRow {
  /** The id of the other side: a condition on a type's page, a type on a condition's. */
  id: string;
  href: string;
  title: string;
  grade: EvidenceGrade;
  /** The grade the findings give, before any lowering. */
  computed: EvidenceGrade;
  /** Why an author lowered the computed grade, when they did. */
  lowered?: string | undefined;
  note?: string | undefined;
  /** One line per research finding, the style's own first, then those about massage in general. */
  findings: FindingLine[];
  /** What health websites and providers say: shown apart, never graded. */
  statements: FindingLine[];
}

export interface FindingLine {
  text: string;
  sourceId: string;
  result?: FindingResult;
  /** True when the study did not test this style by name. */
  general: boolean;
  /** What was studied, as the source names it. */
  studied?: string;
}
