/**
 * YAML reads 2026-13-45 as a date and silently rolls it over to 2027-02-14,
 * so the schema never sees the mistake. The raw text is checked here instead.
 */
export function isRealCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The raw value of each date field written in a frontmatter block. */
export function frontmatterDates(source: string, fields: string[]): { field: string; text: string }[] {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  return fields.flatMap((field) => {
    const match = new RegExp(`^\\s*${field}:\\s*['"]?([^'"\\s#]+)`, 'm').exec(frontmatter);
    return match ? [{ field, text: match[1]! }] : [];
  });
}

/** Articles are due for review this many months after their last review. */
export const REVIEW_INTERVAL_MONTHS = 12;

export function nextReviewDue(lastReviewed: Date): Date {
  const due = new Date(lastReviewed);
  due.setUTCMonth(due.getUTCMonth() + REVIEW_INTERVAL_MONTHS);
  return due;
}
