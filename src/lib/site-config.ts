/** Facts about the site itself, used by the layouts, feeds and structured data. */
export const SITE_NAME = 'Massage Therapy Guide';
export const SITE_DESCRIPTION =
  'Plain-English, sourced articles on massage types, techniques and the conditions massage may help, with safety advice for each.';
/**
 * The licence clinics and others may reuse our text under: attribution, and no
 * changes, because altered health advice under our name could mislead.
 */
export const CONTENT_LICENCE = { name: 'CC BY-ND 4.0', url: 'https://creativecommons.org/licenses/by-nd/4.0/' } as const;

/** Descriptions of the landing pages, shared by the pages and their share cards. */
export const PAGE_DESCRIPTIONS = {
  compare: 'Every massage type side by side: purpose, pressure, focus, prescription, evidence, session length and cost notes, generated from our articles.',
  decide: 'Answer a few short questions to find massage types that suit your situation, with the reasons and the safety points to check.',
  forClinics: 'How clinics can link to our pages and sections, embed summary cards, print patient handouts and look pages up by diagnosis code.',
} as const;

/** Articles are due for review this many months after their last review. */
export const REVIEW_INTERVAL_MONTHS = 12;

export function nextReviewDue(lastReviewed: Date): Date {
  const due = new Date(lastReviewed);
  due.setUTCMonth(due.getUTCMonth() + REVIEW_INTERVAL_MONTHS);
  return due;
}

// One formatter for the whole build: toLocaleDateString made a new one per call, 3 s of a 2,000-entry build.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23 November 2026", fixed to UTC so the build machine's zone never shifts a date. */
export function formatDate(date: Date): string {
  return DATE_FORMAT.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
