import { z } from 'astro/zod';
import { invisibleCharacter, invisibleCharacterMessage } from '../lib/model/visible-text.ts';
import { EVIDENCE_GRADES } from '../lib/model/evidence.ts';
import type { SchemaContext } from './context.ts';
import { strictFields } from './messages.ts';

/** A calendar date written YYYY-MM-DD; "2026-13-45" is an error, not a silently shifted date. */
export const reviewDate = z
  .union([z.date(), z.string()])
  .describe('a date YYYY-MM-DD, e.g. 2026-11-23')
  .transform((value, ctx) => {
    const date = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
    const roundTrip = value instanceof Date || (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value));
    if (!roundTrip) {
      ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not a real date: write it as YYYY-MM-DD, e.g. 2026-11-23` });
      return z.NEVER;
    }
    return date;
  });

/** An entry id in a YAML list: lowercase words joined by hyphens; `example` shows one. */
export const entryId = (what: string, example?: string) =>
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `a ${what} id is lowercase words joined by hyphens${example ? `, e.g. ${example}` : ''}`);

/** A phrase the page completes into a sentence, so it must not end with a full stop of its own. */
export const phrase = (field: string, min: number, max: number, why: string) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((s) => !/[.!?]\s*$/.test(s), `end \`${field}\` without a full stop: ${why}`);

/** Refuses a text holding an invisible character (src/lib/model/visible-text.ts), naming it. */
const visibleOnly = (where: string) => (text: string, context: z.RefinementCtx) => {
  const char = invisibleCharacter(text);
  if (char) context.addIssue({ code: 'custom', message: invisibleCharacterMessage(where, char) });
};

/**
 * Fields every article (type, technique, condition, region, guide) carries.
 * Objects are strict (strictFields): an unknown frontmatter key is an error, so a typo such as
 * `lastReveiwed` stops the build instead of being silently dropped.
 */
export const articleFields = ({ reference }: SchemaContext) => ({
  /** The reader-facing name, e.g. "Deep tissue massage" (3–90 characters: it must fit a heading and a share card). */
  title: z
    .string()
    .max(90, 'a title is at most 90 characters: keep the name short and put the detail in the summary')
    .refine((t) => t.trim().length >= 3, 'a title needs at least 3 characters of text, not only spaces: write the name readers know')
    .superRefine(visibleOnly('the title'))
    .describe('the name readers know, 3–90 characters'),
  /** One or two plain sentences (40–220 characters). Used in cards, meta descriptions and search. */
  summary: z
    .string()
    .max(220)
    .refine((t) => t.trim().length >= 40, 'a summary needs at least 40 characters of text, not only spaces: write one or two plain sentences')
    .superRefine(visibleOnly('the summary'))
    .describe('one or two plain sentences, 40–220 characters'),
  /** Other names, abbreviations and spellings readers type ("MLD", "lymphoedema"), shown as "Also called". Search indexes them, and each answers as a URL that redirects here (/types/mld/). */
  aliases: z.array(z.string().min(2)).default([]),
  /** Words readers search with that are not names of the subject ("car accident", "HSA"). Search indexes them and pages never show them; like aliases, each answers as a redirecting URL, so moving a name here keeps its address. */
  searchTerms: z.array(z.string().min(2)).default([]),
  /** The date a reviewer last checked the article against its sources (YYYY-MM-DD). */
  lastReviewed: reviewDate,
  /** Ids from content/sources.yaml that the article cites. */
  sources: z.array(reference('sources')).min(1).describe('a list of ids from content/sources.yaml, e.g. [nhs-sciatica]'),
  /** Reader questions answered on the page; rendered under #faq and as FAQPage data. */
  faq: z
    .array(strictFields({ question: z.string().min(8), answer: z.string().min(20) }))
    .default([]),
});

/**
 * A claim that a massage type may help a condition. Its grade is not written
 * here: it is computed from the research in content/findings.yaml that studied
 * this type by name or massage in general (src/lib/model/evidence.ts, GRADE_RULE).
 */
export const evidenceClaim = ({ reference }: SchemaContext) =>
  strictFields({
    /** Id of an entry in content/conditions. */
    condition: reference('conditions'),
    /** Typed grades are gone: this key exists only to say so. */
    grade: z
      .never({ error: 'grades are computed from content/findings.yaml, not typed: delete `grade` (to lower a computed grade, write `lower: { grade, reason }`)' })
      .optional(),
    sources: z
      .never({ error: 'a claim\'s sources are those of its findings and statements: delete `sources` and record what each source found in content/findings.yaml or content/statements.yaml' })
      .optional(),
    /** An author may lower the computed grade, never raise it; the reason is shown beside the grade. */
    lower: strictFields({ grade: z.enum(EVIDENCE_GRADES), reason: z.string().min(20).max(240) }).optional(),
    /** Optional one-sentence qualification shown beside the grade. */
    note: z.string().min(10).max(240).optional(),
  });

/** Safety facts every type and condition page must state. */
export const safetyFields = {
  /** Who should not have it, or should ask a doctor first. */
  cautions: z.array(z.string().min(10)).min(2),
  /** Signs that need urgent medical care rather than massage. */
  redFlags: z.array(z.string().min(10)).min(1),
};
