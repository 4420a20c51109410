import { z } from 'astro/zod';
import { EVIDENCE_GRADES } from '../lib/model/evidence.ts';
import { strictFields, withMessages } from './messages.ts';
import { entryId } from './shared.ts';

/**
 * One dated change of grades: content/grade-history.yaml. The first entry
 * records every claim's grade as it was first published under this history;
 * each later entry lists only the claims whose grade changed, their new grade
 * and why. The build replays the entries and stops when the result differs
 * from the grades the rule computes, so no grade can change silently.
 */
export const gradeChangeSchema = withMessages(
  strictFields({
    id: entryId('grade change', '2026-12-rule-2'),
    /** When the change was published. */
    date: z.coerce.date(),
    /** Why the grades changed, in a sentence a reader understands: "the 2024 Cochrane review found little or no difference against sham massage". */
    why: z.string().min(10).max(400),
    /** Each claim as "type/condition", with its new grade. */
    grades: z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a claim is written "type-id/condition-id"'), z.enum(EVIDENCE_GRADES)),
  }),
);
