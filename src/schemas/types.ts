import { z } from 'astro/zod';
import { PRESSURE_LEVELS, isValidRange } from '../lib/model/pressure.ts';
import { PRESCRIPTIONS } from '../lib/model/prescription.ts';
import type { SchemaContext } from './context.ts';
import { strictFields, withMessages } from './messages.ts';
import { articleFields, evidenceClaim, reviewDate, safetyFields } from './shared.ts';

/** A massage type: content/types/<slug>.md. Every comparison table is generated from these fields. */
export const typeSchema = (context: SchemaContext) =>
  withMessages(
    strictFields({
      ...articleFields(context),
      ...safetyFields,
      /** What it is for, in one short sentence (a comparison-table cell). */
      purpose: z.string().min(10).max(140),
      /** What a reader can hope to get from it, in one short sentence (a table cell). */
      goal: z.string().min(10).max(140),
      /** The pressure range on the scale very-light, light, medium, firm, deep. */
      pressure: strictFields({ min: z.enum(PRESSURE_LEVELS), max: z.enum(PRESSURE_LEVELS) }),
      /** Where it works: the whole body and/or specific regions (ids in content/regions). */
      focus: strictFields({
        fullBody: z.boolean(),
        regions: z.array(context.reference('regions')).default([]),
        /** One short sentence for the table, e.g. "Large muscle groups: back, shoulders, legs". */
        description: z.string().min(10).max(140),
      }),
      /** Whether a prescription or referral is needed: required, usual (often has one), or not-needed. */
      prescription: z.enum(PRESCRIPTIONS),
      /** How a healthcare provider is involved, one short sentence. */
      supervision: z.string().min(10).max(160),
      /** Ids in content/techniques, the main ones first. */
      techniques: z.array(context.reference('techniques')).min(1),
      /** The conditions it may help, each graded and sourced. Condition pages derive their lists from this. */
      helps: z.array(evidenceClaim(context)).default([]),
      /** Nearest types a reader might confuse it with (ids in content/types). */
      related: z.array(context.reference('types')).default([]),
      /** Usual session lengths in minutes, shortest first, each once. */
      sessionMinutes: z
        .array(z.number().int().min(5).max(240))
        .min(1)
        .refine((m) => m.every((minutes, i) => i === 0 || minutes > m[i - 1]!), 'list each session length once, shortest first, e.g. [60, 90]'),
      /** Typical after-effects, e.g. "Mild soreness for 1–2 days is common". */
      afterEffects: z.string().min(10).max(200),
      /** How often people usually book it. */
      frequency: z.string().min(10).max(200),
      /** What is known about insurance cover; never promise it. */
      insurance: z.string().min(10).max(240),
      /** Reasons to choose it. */
      chooseIf: z.array(z.string().min(5)).min(2),
      /** Reasons it is not the best choice. */
      notIdealIf: z.array(z.string().min(5)).min(1),
      /** Published prices with their source and date; only prices a source states. */
      prices: strictFields({
        source: context.reference('sources'),
        published: reviewDate,
        currency: z.enum(['USD', 'GBP', 'EUR', 'AUD', 'CAD']),
        rates: z
          .array(
            strictFields({
              minutes: z.number().int().min(5, 'a session is at least 5 minutes').max(240, 'a session is at most 240 minutes'),
              amount: z.number().positive('a price is more than 0').lt(10000, 'a price per session is under 10,000: write it in the currency units, not cents'),
            }),
          )
          .min(1),
      }).optional(),
    })
    .refine((t) => isValidRange(t.pressure), {
      message: 'pressure.min must not be firmer than pressure.max (scale: very-light, light, medium, firm, deep)',
      path: ['pressure'],
    })
    .refine((t) => t.focus.fullBody || t.focus.regions.length > 0, {
      message: 'focus needs fullBody: true or at least one region id',
      path: ['focus', 'regions'],
    }),
  );
