/**
 * Evidence grades and the phrases each allows. Authors record what each piece
 * of research found (content/findings.yaml); a claim's grade follows from
 * those findings by the rule in grade-rule.ts, never from a grade an author
 * types. The build holds every page's wording to these phrases.
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

/** Orders grades strongest first, for tables and lists. */
export function compareGrades(a: EvidenceGrade, b: EvidenceGrade): number {
  return EVIDENCE_GRADES.indexOf(a) - EVIDENCE_GRADES.indexOf(b);
}

/** Grades at which a reader can expect some benefit, for recommendations. */
export function suggestsBenefit(grade: EvidenceGrade): boolean {
  return grade === 'strong' || grade === 'moderate' || grade === 'limited';
}

const phrase = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'gi');

/**
 * "not proven", "never say that massage cures", "is not well proven" and
 * "no good evidence that it cures" deny a claim rather than make it: a
 * negation earlier in the same clause, within a few words, cancels a phrase.
 */
const NEGATION = /\b(?:not|never|no|nor|neither|cannot|without|isn't|aren't|doesn't|don't|hasn't|haven't)\b(?:\W+\w+){0,5}\W*$/i;
/** A phrase in quotation marks is named, not used: "we say it \"may help\"". */
const quoted = (text: string, at: number) => /["“‘']$/.test(text.slice(0, at));
const negated = (text: string, at: number) => NEGATION.test(text.slice(0, at).split(/[.,;:!?]|\bbut\b|\bhowever\b/i).at(-1) ?? '');

/**
 * Phrases that claim each grade's benefit, in the words English articles use:
 * a sentence about a claim may use the phrases of its own grade and of weaker
 * ones, never a stronger grade's. What readers see of a grade (its name, what
 * it means, how a claim at it is worded) is in each language's table
 * (src/i18n/, `evidence.grades`).
 */
export const GRADE_PHRASES: Record<EvidenceGrade, RegExp[]> = {
  strong: [phrase('(?:is|are|has been|have been) (?:shown|proven) to'), phrase('proven'), phrase('cures?'), phrase('effective treatment')],
  moderate: [phrase('probably (?:helps?|eases?|relieves?|reduces?|improves?)'), phrase('probably(?=[,.])'), phrase('can help'), phrase('likely to help'), phrase('(?:is|are) effective')],
  limited: [phrase('may (?:help|ease|relieve|reduce|improve|lessen|calm)'), phrase('might help'), phrase('could help')],
  // Relief, even short-lived, is still a benefit: wrong where the most certain research found none.
  insufficient: [phrase('short-term relief'), phrase('relief in the short term')],
  traditional: [],
  'no-benefit-shown': [],
};

/** The strongest grade whose wording a text uses, with the phrase, or undefined if it makes no claim of benefit. */
export function strongestWording(text: string): { grade: EvidenceGrade; phrase: string } | undefined {
  for (const grade of EVIDENCE_GRADES) {
    for (const pattern of GRADE_PHRASES[grade]) {
      const match = [...text.matchAll(pattern)].find((m) => !negated(text, m.index) && !quoted(text, m.index));
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
  /** The grade rests on a study of this style by name; otherwise on indirect evidence, which the page says. */
  direct: boolean;
  /** The sentences of the evidence that decided the grade: what a short view shows. */
  headline: string[];
  /** What the claim's own page shows: every comparison when a study tested the style by name, else the deciding one unless it is of very low certainty. */
  shown: string[];
  /** The other side's title as a sentence writes it: "low back pain", "TMJ disorder". */
  inSentence?: string;
  /** When and why the grade changed, newest first (content/grade-history.yaml). */
  changes?: { date: string; from?: EvidenceGrade | undefined; to: EvidenceGrade; why: string }[];
  /** One line per research finding, the style's own first, then those about massage in general. */
  findings: FindingLine[];
  /** What health websites and providers say: shown apart, never graded. */
  statements: FindingLine[];
  /** What the grade rests on besides studies of the style by name, in one sentence ('' when nothing else). */
  restsOn: string;
}

export interface FindingLine {
  text: string;
  sourceId: string;
  result?: FindingResult;
  /** True when the study did not test this style by name. */
  general: boolean;
  /** What was studied, as the source names it. */
  studied?: string;
  /** Why the finding is shown but does not count toward the grade (replaced, summarised, or a secondary outcome). */
  notCounted?: string;
}
