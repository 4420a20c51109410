/**
 * The dates written in a frontmatter, checked as written: YAML silently rolls
 * 2026-13-45 over to a real date, and a date in the future would top the feed
 * and promise a review that never happened. Windows line endings are
 * normalised first, so a CRLF file is checked like any other.
 */
import type { ContentProblem } from '../model/content-problems.ts';
import { frontmatterDates, isRealCalendarDate } from '../model/dates.ts';
import { normaliseLineEndings } from './text.ts';

export const DATE_FIELDS = ['lastReviewed', 'published'];

/**
 * The latest date that is not in the future anywhere: the calendar date at
 * UTC+14, so an author ahead of the build machine's clock may write today.
 */
export function latestAllowedDate(now: Date): string {
  return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

export function frontmatterDateProblems(file: string, source: string, now: Date): ContentProblem[] {
  const latest = latestAllowedDate(now);
  return frontmatterDates(normaliseLineEndings(source), DATE_FIELDS).flatMap((date): ContentProblem[] => {
    if (!isRealCalendarDate(date.text)) {
      return [{ file, field: date.field, message: `"${date.text}" is not a real date`, fix: 'write the date as YYYY-MM-DD, e.g. 2026-11-23' }];
    }
    if (date.text > latest) {
      return [{ file, field: date.field, message: `${date.text} is after the build date (${now.toISOString().slice(0, 10)})`, fix: `write the date the ${date.field === 'published' ? 'prices were published' : 'review was done'}, which cannot be in the future` }];
    }
    return [];
  });
}
