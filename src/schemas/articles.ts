import { z } from 'astro/zod';
import { GOAL_IDS } from '../lib/model/decision-goals.ts';
import type { SchemaContext } from './context.ts';
import { strictFields, withMessages } from './messages.ts';
import { articleFields, safetyFields } from './shared.ts';

/** A condition or symptom: content/conditions/<slug>.md. The types that help it are derived from types' `helps`. */
export const conditionSchema = (context: SchemaContext) =>
  withMessages(
    strictFields({
      ...articleFields(context),
      ...safetyFields,
      /** Body regions it affects (ids in content/regions). */
      regions: z.array(context.reference('regions')).min(1),
      /** Diagnosis codes, only where the mapping is well established. */
      codes: strictFields({
        /** ICD-10-CM codes such as "M54.50". */
        icd10cm: z.array(z.string().regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, 'an ICD-10-CM code looks like M54.50')).default([]),
      }).optional(),
      /** Related conditions (ids in content/conditions). */
      related: z.array(context.reference('conditions')).default([]),
      /** The answer to the decision guide's "What do you most want from it?" that leads here, if any. */
      decisionGoal: z.enum(GOAL_IDS).optional(),
      /**
       * When the research recorded for this condition (content/findings.yaml) was last checked, and what that check was,
       * as the condition page shows it ("Evidence last checked: …"). Leave out until someone has checked it.
       */
      evidenceChecked: strictFields({
        date: z.coerce.date(),
        /** What was checked and against what, as a phrase: "each review and trial checked against its PubMed or Cochrane record". */
        note: z.string().min(10).max(200),
      }).optional(),
    }),
  );

/** A hands-on technique: content/techniques/<slug>.md. The types that use it are derived from types' `techniques`. */
export const techniqueSchema = (context: SchemaContext) =>
  withMessages(
    strictFields({
      ...articleFields(context),
      /** Who should be careful with it, or where it should not be used. */
      cautions: z.array(z.string().min(10)).min(1),
      /** Related techniques (ids in content/techniques). */
      related: z.array(context.reference('techniques')).default([]),
    }),
  );

/** A body region: content/regions/<slug>.md. Its conditions and types are derived. */
export const regionSchema = (context: SchemaContext) =>
  withMessages(
    strictFields({
      ...articleFields(context),
      /** Position in the head-to-toe order used by lists and the body map. */
      order: z.number().int().min(1),
    }),
  );

/** A free-standing guide: content/guides/<slug>.md (.mdx if it uses a component). */
export const guideSchema = (context: SchemaContext) =>
  withMessages(
    strictFields({
      ...articleFields(context),
      /** Position in the guides list. */
      order: z.number().int().min(1),
    }),
  );

/**
 * Hand-written prose for a pair of types: content/comparisons/<a>-vs-<b>.md, slugs in
 * alphabetical order. The side-by-side table on the same page is generated from the types.
 */
export const comparisonSchema = (context: SchemaContext) => withMessages(strictFields({ ...articleFields(context) }));
