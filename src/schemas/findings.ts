import { z } from 'astro/zod';
import { CERTAINTIES, COMPARISONS, RESULTS } from '../lib/model/evidence.ts';
import type { SchemaContext } from './context.ts';
import { strictFields, withMessages } from './messages.ts';
import { entryId, phrase } from './shared.ts';

/**
 * What one piece of research found: content/findings.yaml. One entry per
 * condition, comparison and outcome a review, guideline or trial reports, in
 * the source's own terms and with the certainty the source itself states.
 * Claims' grades are computed from these (src/lib/model/evidence.ts, GRADE_RULE),
 * so "no difference" results belong here as much as benefits do.
 */
export const findingSchema = ({ reference }: SchemaContext) =>
  withMessages(
    strictFields({
      id: entryId('finding', 'cochrane-2015-low-back-pain-vs-inactive'),
      /** The review, guideline or trial (an id in content/sources.yaml of kind systematic-review, guideline or trial). */
      source: reference('sources'),
      /** The condition studied (an id in content/conditions). */
      condition: reference('conditions'),
      /** What was studied, as the source names it: "massage, style not stated", "relaxation (Swedish) massage". */
      studied: z.string().min(3).max(120),
      /** Types the source tested by name (ids in content/types). Empty: massage in general, which applies to every type that claims the condition. */
      types: z.array(reference('types')).default([]),
      /**
       * Types closest to a protocol the source describes but does not name (a trial's "structural massage"):
       * the finding applies to these types only, as indirect evidence. Leave out for massage in general.
       */
      closestTypes: z.array(reference('types')).default([]),
      /** What massage was compared with, in plain words: "sham massage", "no treatment". Left out where the source names no one comparison, as a guideline's recommendation does. */
      comparedWith: z.string().min(3).max(120).optional(),
      /** The kind of comparison: sham, inactive (no treatment or waiting list), usual-care, mixed (several kinds of control, or not stated), or active (another real treatment). */
      comparison: z.enum(COMPARISONS),
      /** The outcome measured: "pain", "function", "arm swelling". */
      outcome: z.string().min(3).max(80),
      /** false for an outcome the source names as secondary (or additional): a benefit there does not outweigh a null primary outcome. */
      primary: z.boolean().default(true),
      /** When it was measured, as the source states it, worded to follow the outcome in a sentence: "at about 12 weeks", "in the short term". */
      timeframe: z
        .string()
        .min(3)
        .max(80)
        .regex(/^(at|after|over|up to|immediately|in|on|within|during|by|until) /, 'start `timeframe` with a word such as "at", "after", "over" or "in" ("at about 12 weeks", "in the short term"): it follows the outcome in a sentence')
        .optional(),
      /** benefit, no-difference, harm or unclear. */
      result: z.enum(RESULTS),
      /** The certainty the source itself states; not-graded when it gives none. */
      certainty: z.enum(CERTAINTIES),
      /** Where the source states a range ("low to moderate"), which level we record and why: shown beside the finding. */
      certaintyNote: phrase('certaintyNote', 10, 160, 'the page adds it in brackets').optional(),
      /** Number of studies and participants in this comparison and outcome, only where the source gives them (never the whole review's totals). */
      studies: z.number().int().min(1).max(1000).optional(),
      participants: z.number().int().min(1).max(1_000_000).optional(),
      /** What was found, as a phrase that completes "Cochrane review, 2015, 25 studies: …": "short-term pain relief". No final full stop. */
      found: phrase('found', 5, 200, 'the page adds the rest of the sentence'),
    }),
  );

/**
 * What a health website, professional body or provider says about massage for
 * a condition: content/statements.yaml. Shown on pages apart from the
 * research, labelled, and never used to grade a claim.
 */
export const statementSchema = ({ reference }: SchemaContext) =>
  withMessages(
    strictFields({
      id: entryId('statement'),
      /** An id in content/sources.yaml of kind health-information, professional-body or seed-article. */
      source: reference('sources'),
      condition: reference('conditions'),
      /** Types it names (ids in content/types); empty for massage in general. */
      types: z.array(reference('types')).default([]),
      /** What it says, as a phrase that follows the source's name: "lists anxiety among the problems massage may help". */
      says: phrase('says', 10, 240, 'the page adds it'),
    }),
  );
