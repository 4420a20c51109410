/**
 * Plain-language statements of what the research found, one per comparison,
 * in the fixed words GRADE guidance 26 uses for each level of certainty:
 * "probably" for moderate, "may" for low, "we are very uncertain" for very
 * low, and "little or no difference" for a null result. Generated from the
 * assessed findings, never typed, so a page cannot word a result above its
 * certainty. The words themselves are the page's language's (src/i18n/).
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

/**
 * The words a statement is made of, in the page's language: src/i18n/ holds
 * them (its `evidence.statements`), and the model, which imports no language,
 * is handed them. The very-low verb is a question that follows "we are very
 * uncertain whether".
 */
export interface StatementWords {
  and(items: string[]): string;
  against: Record<ComparisonClass, string>;
  verbs: Record<'benefit' | 'no-difference' | 'harm', Record<'pointing' | 'active', Record<Level, string>>>;
  levels: Record<Level, string>;
  noRating(oneSource: boolean): string;
  notByName(stated: string | undefined): string;
  certainty(level: string, reasons: string[]): string;
  opening(condition: string, against: string): string;
  unclear(opening: string, subject: string, what: string): string;
  veryUncertain(opening: string, subject: string, verb: string, what: string): string;
  found(opening: string, subject: string, verb: string, what: string): string;
  source(who: string): string;
}

/** "Low certainty: moderate in the research, one level lower because this style was not tested by name." */
function certaintySentence(group: AssessedFinding<StatedFinding>[], level: Level, words: StatementWords): string {
  const indirect = group.some((a) => a.downgraded === 'indirect');
  const unstated = group.every((a) => a.finding.certainty === 'not-graded');
  const stated = [...new Set(group.map((a) => words.levels[startingLevel(a.finding.certainty)]))];
  const one = new Set(group.map((a) => a.finding.source)).size === 1;
  const reasons = [...(unstated ? [words.noRating(one)] : []), ...(indirect ? [words.notByName(unstated ? undefined : words.and(stated))] : [])];
  return words.certainty(words.levels[level], reasons);
}

function sentence(
  subject: string,
  condition: string,
  result: FindingResult,
  cls: ComparisonClass,
  group: AssessedFinding<StatedFinding>[],
  level: Level | undefined,
  who: string,
  words: StatementWords,
): string {
  const against = [...new Set(group.map((a) => a.finding.comparedWith ?? words.against[cls]))];
  const outcomes = [...new Set(group.map((a) => a.finding.outcome))];
  const times = [...new Set(group.flatMap((a) => (a.finding.timeframe ? [a.finding.timeframe] : [])))];
  const what = `${words.and(outcomes)}${times.length === 1 && group.length === 1 ? ` ${times[0]}` : ''}`;
  const opening = words.opening(condition, words.and(against));
  const tail = `${level ? ` ${certaintySentence(group, level, words)}` : ''}${words.source(who)}`;
  if (result === 'unclear' || !level) return `${words.unclear(opening, subject, what)}${tail}`;
  const verb = words.verbs[result][cls === 'active' ? 'active' : 'pointing'][level];
  return `${(level === 'very-low' ? words.veryUncertain : words.found)(opening, subject, verb, what)}${tail}`;
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
  words: StatementWords,
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
      return [{ comparison: cls, result, level: at, findings: findings.map((f) => f.id), sentence: sentence(subject(findings), condition, result, cls, group, at, who(findings), words) }];
    });
  });
}
