/** Facts about the site itself, used by the layouts, feeds and structured data. */
export const SITE_NAME = 'Massage Therapy Guide';
export const SITE_DESCRIPTION =
  'Plain-English, sourced articles on massage types, techniques and the conditions massage may help, with safety advice for each.';
/** Articles are due for review this many months after their last review. */
export const REVIEW_INTERVAL_MONTHS = 12;

export function nextReviewDue(lastReviewed: Date): Date {
  const due = new Date(lastReviewed);
  due.setUTCMonth(due.getUTCMonth() + REVIEW_INTERVAL_MONTHS);
  return due;
}

/** "23 November 2026", fixed to UTC so the build machine's zone never shifts a date. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
