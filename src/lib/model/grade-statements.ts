/**
 * Plain-language statements of what the research found, one per comparison,
 * in the fixed words GRADE guidance 26 uses for each level of certainty:
 * "probably" for moderate, "may" for low, "we are very uncertain" for very
 * low, and "little or no difference" for a null result. Generated from the
 * assessed findings, never typed, so a page cannot word a result above its
 * certainty.
 */
import type { FindingResult } from './evidence.ts';
import { COMPARISON_CLASS, COMPARISON_CLASSES, LEVELS, startingLevel, type AssessedFinding, type ComparisonClass, type Level, type RatedFinding } from './grade-rule.ts';

/** A finding with what a sentence names: what it was compared with, the outcome, when, and who found it. */
export interface StatedFinding extends RatedFinding {
  /** What was studied, as the source names it: the subject of a statement about a protocol close to a style. */
  studied: string;
  /** Set for a protocol close to these styles but not named as one of them. */
  closestTypes: string[];
  comparedWith?: string | undefined;
  studies?: number | undefined;
  participants?: number | undefined;
  outcome: string;
  timeframe?: string | undefined;
}

export interface ComparisonStatement {
  comparison: ComparisonClass;
  result: FindingResult;
  level?: Level | undefined;
  /** The findings the sentence rests on. */
  findings: string[];
  sentence: string;
}

/** What massage was compared with when a finding names no comparator of its own. */
const AGAINST: Record<ComparisonClass, string> = {
  sham: 'a sham (placebo) treatment',
  control: 'no treatment or usual care',
  mixed: 'no treatment, usual care or other controls',
  active: 'other treatments',
};

/** The verb for each result and level; the very-low form is a question that follows "We are very uncertain whether". */
const VERBS: Record<'benefit' | 'no-difference' | 'harm', Record<'pointing' | 'active', Record<Level, string>>> = {
  benefit: {
    pointing: { high: 'helps with', moderate: 'probably helps with', low: 'may help with', 'very-low': 'helps with' },
    active: { high: 'helps more with', moderate: 'probably helps more with', low: 'may help more with', 'very-low': 'helps more with' },
  },
  'no-difference': {
    pointing: { high: 'makes little or no difference to', moderate: 'probably makes little or no difference to', low: 'may make little or no difference to', 'very-low': 'makes any difference to' },
    active: { high: 'works about as well for', moderate: 'probably works about as well for', low: 'may work about as well for', 'very-low': 'works as well for' },
  },
  harm: {
    pointing: { high: 'worsens', moderate: 'probably worsens', low: 'may worsen', 'very-low': 'worsens' },
    active: { high: 'worsens', moderate: 'probably worsens', low: 'may worsen', 'very-low': 'worsens' },
  },
};

const LEVEL_WORDS: Record<Level, string> = { high: 'high', moderate: 'moderate', low: 'low', 'very-low': 'very low' };

/** "pain, function and sleep", as the page's language joins a list. */
export const andList = (items: string[]) => new Intl.ListFormat('en-US', { type: 'conjunction' }).format(items);

/** "Low certainty: moderate in the research, one level lower because this style was not tested by name." */
function certaintySentence(group: AssessedFinding<StatedFinding>[], level: Level): string {
  const indirect = group.some((a) => a.downgraded === 'indirect');
  const unstated = group.every((a) => a.finding.certainty === 'not-graded');
  const stated = [...new Set(group.map((a) => LEVEL_WORDS[startingLevel(a.finding.certainty)]))];
  const one = new Set(group.map((a) => a.finding.source)).size === 1;
  const reasons = [
    ...(unstated ? [`${one ? 'the study gives' : 'the studies give'} no rating, so we start at low`] : []),
    ...(indirect ? [`${unstated ? 'then' : `${andList(stated)} in the research,`} one level lower because this style was not tested by name`] : []),
  ];
  const words = LEVEL_WORDS[level];
  return `${words[0]!.toUpperCase()}${words.slice(1)} certainty${reasons.length ? `: ${reasons.join(', ')}` : ''}.`;
}

function sentence(subject: string, condition: string, result: FindingResult, cls: ComparisonClass, group: AssessedFinding<StatedFinding>[], level: Level | undefined, who: string): string {
  const against = [...new Set(group.map((a) => a.finding.comparedWith ?? AGAINST[cls]))];
  const outcomes = [...new Set(group.map((a) => a.finding.outcome))];
  const times = [...new Set(group.flatMap((a) => (a.finding.timeframe ? [a.finding.timeframe] : [])))];
  const what = `${andList(outcomes)}${times.length === 1 && group.length === 1 ? ` ${times[0]}` : ''}`;
  const opening = `For ${condition}, compared with ${andList(against)}`;
  const tail = `${level ? ` ${certaintySentence(group, level)}` : ''} Source: ${who}.`;
  if (result === 'unclear' || !level) return `${opening}, it is unclear whether ${subject} helps with ${what}.${tail}`;
  const verb = VERBS[result][cls === 'active' ? 'active' : 'pointing'][level];
  if (level === 'very-low') return `${opening}, we are very uncertain whether ${subject} ${verb} ${what}.${tail}`;
  return `${opening}, ${subject} ${verb} ${what}.${tail}`;
}

/**
 * One statement per comparison and result among the counted findings: the
 * most certain findings of each comparison speak for it. `subject` names what
 * the findings tested (the style, or "massage in general"); `who` names the
 * sources a statement rests on.
 */
export function comparisonStatements(
  subject: (findings: StatedFinding[]) => string,
  condition: string,
  assessed: AssessedFinding<StatedFinding>[],
  who: (findings: StatedFinding[]) => string,
): ComparisonStatement[] {
  const counted = assessed.filter((a) => !a.notCounted);
  return COMPARISON_CLASSES.flatMap((cls) => {
    const inClass = counted.filter((a) => COMPARISON_CLASS[a.finding.comparison] === cls);
    const graded = inClass.filter((a) => a.finding.result !== 'unclear');
    const level = LEVELS.find((l) => graded.some((a) => a.used === l));
    const top = graded.filter((a) => a.used === level);
    const unclear = graded.length ? [] : inClass;
    return (['benefit', 'no-difference', 'harm', 'unclear'] as const).flatMap((result) => {
      const group = (result === 'unclear' ? unclear : top).filter((a) => a.finding.result === result);
      if (!group.length) return [];
      const findings = group.map((a) => a.finding);
      const at = result === 'unclear' ? undefined : level;
      return [{ comparison: cls, result, level: at, findings: findings.map((f) => f.id), sentence: sentence(subject(findings), condition, result, cls, group, at, who(findings)) }];
    });
  });
}
