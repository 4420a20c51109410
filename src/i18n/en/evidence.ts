import { plural } from '../plural.ts';

// One formatter each for the whole build: the statements join several lists each. Marked pure, so a
// browser script that imports the table for other words (the type picker) drops them.
const AND = /* @__PURE__ */ new Intl.ListFormat('en-US', { type: 'conjunction' });
const NUMBER = /* @__PURE__ */ new Intl.NumberFormat('en-US');

/** "one finding", "2 findings": a small count in words, as the line under a claim writes it. */
const counted = (n: number, one: string, other: string) => `${n === 1 ? 'one' : n} ${plural(n, { one, other }, 'en')}`;

/** A sentence's first letter in capitals: "Low certainty". */
const capital = (words: string) => `${words[0]!.toUpperCase()}${words.slice(1)}`;

/**
 * The words of the evidence grades: each grade's name, what it means and how a
 * claim at it is worded (the editorial policy's table), and certainty as a
 * one-line finding says it. Keyed by the model's grade and certainty ids.
 */
export const evidence = {
  /** Each grade's name (`label`), and as a sentence writes it mid-way (`inSentence`). */
  grades: {
    strong: {
      label: 'Strong evidence',
      /** Mid-sentence: "strong evidence for sciatica". */
      inSentence: 'strong evidence',
      meaning: 'The most certain research finds a benefit, with high certainty.',
      wording: '"is shown to help"',
    },
    moderate: {
      label: 'Moderate evidence',
      inSentence: 'moderate evidence',
      meaning: 'The most certain research finds a benefit, with moderate certainty: it probably helps, though the trials may be small or short.',
      wording: '"probably helps"',
    },
    limited: {
      label: 'Limited evidence',
      inSentence: 'limited evidence',
      meaning: 'The most certain research finds a benefit, with low certainty: it may help, and further research may change that.',
      wording: '"may help"',
    },
    insufficient: {
      label: 'Not enough evidence',
      inSentence: 'not enough evidence',
      meaning: 'No research we could find shows a benefit with more than very low certainty: there is none, it is unclear, or it studied massage in general and not this style.',
      wording: '"we are very uncertain whether it helps" or "we do not know whether it helps"',
    },
    traditional: {
      label: 'Traditional use only',
      inSentence: 'traditional use only',
      meaning: 'Used for this by practitioners or tradition, without research to test it.',
      wording: '"is traditionally used for"',
    },
    'no-benefit-shown': {
      label: 'No benefit shown',
      inSentence: 'no benefit shown',
      meaning:
        'The most certain research found that massage made little or no difference compared with a sham treatment, no treatment or usual care, and no equally certain research found a benefit.',
      wording: '"probably makes little or no difference" (moderate certainty) or "may make little or no difference" (low certainty)',
    },
  },
  /**
   * The rule that turns findings into a grade (src/lib/model/grade-rule.ts), step by step, as the editorial
   * policy shows it: a change to the rule changes these words too.
   */
  ruleSteps: [
    'We judge the research separately for each massage type, condition and comparison: against a sham (placebo) treatment, against no treatment or usual care, against a mix of controls, or against another real treatment.',
    'Each finding keeps the certainty its source states (high, moderate, low or very low). A study that states none, as most single trials do, starts at low.',
    'A study of massage in general, or of a protocol that is not the style by name, is lowered one level for every style it did not test by name, and the page says so ("studies of massage in general; this style was not tested by name").',
    'A review that updates an earlier one replaces it. An overview or evidence map does not count again beside the reviews it summarises. A benefit found only on a secondary outcome does not count when the same study found no difference on its primary outcome.',
    'The most certain evidence decides. If a benefit is found at that level, the grade follows its certainty: high is strong, moderate is moderate, low is limited, and very low is not enough evidence. If only "no difference" against a sham or control is found at that level, the grade is no benefit shown (or not enough evidence, if that level is very low). "No difference" against another real treatment means massage worked about as well, so it is shown but is not evidence against benefit.',
    'Harm found by any study caps the grade at limited and is always shown. Unclear results are shown and decide nothing. What health websites, professional bodies and providers say is shown beside the research and never changes a grade.',
    'An author may lower a grade and must say why; nobody can raise one.',
  ],
  /** Certainty in the words of a one-line finding: "low-certainty evidence". */
  certainty: {
    high: 'high-certainty evidence',
    moderate: 'moderate-certainty evidence',
    low: 'low-certainty evidence',
    'very-low': 'very low-certainty evidence',
    'not-graded': 'certainty not stated',
  },
  /**
   * A statement of what the research found, in the fixed words GRADE guidance
   * 26 uses for each level of certainty (src/lib/model/grade-statements.ts
   * picks the words; these are them).
   */
  statements: {
    /** "pain, function, and sleep": the statements' lists, as US readers write them. */
    and: (items: string[]) => AND.format(items),
    /** What massage was compared with when a finding names no comparator of its own. */
    against: {
      sham: 'a sham (placebo) treatment',
      control: 'no treatment or usual care',
      mixed: 'no treatment, usual care or other controls',
      active: 'other treatments',
    },
    /** The verb for each result and level; the very-low form is a question that follows "We are very uncertain whether". */
    verbs: {
      benefit: {
        pointing: { high: 'helps with', moderate: 'probably helps with', low: 'may help with', 'very-low': 'helps with' },
        active: { high: 'helps more with', moderate: 'probably helps more with', low: 'may help more with', 'very-low': 'helps more with' },
      },
      'no-difference': {
        pointing: {
          high: 'makes little or no difference to',
          moderate: 'probably makes little or no difference to',
          low: 'may make little or no difference to',
          'very-low': 'makes any difference to',
        },
        active: { high: 'works about as well for', moderate: 'probably works about as well for', low: 'may work about as well for', 'very-low': 'works as well for' },
      },
      harm: {
        pointing: { high: 'worsens', moderate: 'probably worsens', low: 'may worsen', 'very-low': 'worsens' },
        active: { high: 'worsens', moderate: 'probably worsens', low: 'may worsen', 'very-low': 'worsens' },
      },
    },
    levels: { high: 'high', moderate: 'moderate', low: 'low', 'very-low': 'very low' },
    /** Why a finding without a rating starts at low. */
    noRating: (oneSource: boolean) => `${oneSource ? 'the study gives' : 'the studies give'} no rating, so we start at low`,
    /** Why a finding about something else was lowered: after `noRating` ("then …"), or from the levels the research stated. */
    notByName: (stated: string | undefined) => `${stated === undefined ? 'then' : `${stated} in the research,`} one level lower because this style was not tested by name`,
    /** "Low certainty: moderate in the research, one level lower because …." */
    certainty: (level: string, reasons: string[]) => `${capital(level)} certainty${reasons.length ? `: ${reasons.join(', ')}` : ''}.`,
    opening: (condition: string, against: string) => `For ${condition}, compared with ${against}`,
    unclear: (opening: string, subject: string, what: string) => `${opening}, it is unclear whether ${subject} helps with ${what}.`,
    veryUncertain: (opening: string, subject: string, verb: string, what: string) => `${opening}, we are very uncertain whether ${subject} ${verb} ${what}.`,
    found: (opening: string, subject: string, verb: string, what: string) => `${opening}, ${subject} ${verb} ${what}.`,
    source: (who: string) => ` Source: ${who}.`,
  },
  /** Who found what: the research lines under a claim and a condition's list of studies. */
  research: {
    /** A source's kind at the head of its line ("Cochrane review (Furlan et al.), 2015"), and inside a statement's brackets. */
    kinds: {
      guideline: { named: 'Guideline', cited: 'guideline' },
      trial: { named: 'Trial', cited: 'trial' },
      cochrane: { named: 'Cochrane review', cited: 'Cochrane review' },
      review: { named: 'Systematic review', cited: 'review' },
    },
    /** "Cochrane review (Gross et al.)" */
    named: (kind: string, author: string) => `${kind} (${author} et al.)`,
    /** "Gross et al. 2024" */
    cited: (author: string, year: number | undefined) => `${author} et al. ${year ?? ''}`.trim(),
    studies: (n: number) => `${n} ${plural(n, { one: 'study', other: 'studies' }, 'en')}`,
    people: (n: number) => `${NUMBER.format(n)} people`,
    /** "Cochrane review (Furlan et al.), 2015, 25 studies (3,096 people): short-term pain relief compared with no treatment, at 4 weeks; low-certainty evidence" */
    finding: (f: { who: string; people?: string | undefined; found: string; comparedWith?: string | undefined; timeframe?: string | undefined; certainty: string; certaintyNote?: string | undefined }) =>
      `${f.who}${f.people ? ` (${f.people})` : ''}: ${f.found}${f.comparedWith ? ` compared with ${f.comparedWith}` : ''}${f.timeframe ? `, ${f.timeframe}` : ''}; ${f.certainty}${f.certaintyNote ? ` (${f.certaintyNote})` : ''}`,
    /** Why a finding shown under a claim does not count toward its grade. */
    notCounted: {
      superseded: (by: string) => `Not counted: replaced by the later ${by}.`,
      summarised: (by: string[]) => `Not counted again: it summarises ${by.join(' and ')}, shown here.`,
      secondary: 'Not counted: a secondary outcome, and the same study found no difference on its primary outcome.',
    },
    /** "Mayo Clinic lists anxiety among …": who says it, then what. */
    statement: (who: string, says: string) => `${who} ${says}`,
    providerArticle: "A massage provider's article",
    /** What a statement's subject is when no study tested the style by name. */
    massageInGeneral: 'massage in general',
    /** The subject of a condition's statements, where no style is judged. */
    massage: 'massage',
  },
  /** Why the evidence map (/api/v1/evidence.json) says a finding's certainty was lowered. */
  downgradedIndirect: 'indirect: not a study of this style by name',
  /** What a grade rests on besides the studies of the style by name, in one sentence under the claim. */
  restsOn: {
    general: (count: number, alsoByName: boolean, noDifference: number) =>
      `${alsoByName ? 'Also ' : ''}${counted(count, 'finding', 'findings')} on massage in general${noDifference ? ` (${noDifference} found no difference)` : ''}`,
    noResearch: 'No research found',
    statements: (count: number) => `${counted(count, 'statement', 'statements')} by websites or providers (not counted)`,
    sentence: (parts: string[]) => `${parts.join('; ')}.`,
  },
};
