import { z } from 'astro/zod';
import { strictFields, withMessages } from './messages.ts';
import { reviewDate } from './shared.ts';
import { TRANSLATED_LISTS, TRANSLATED_TEXT } from '../lib/model/translations.ts';

const text = z.string().min(2);
const list = z.array(z.string().min(2));

/**
 * An article in another language: content/<locale>/<kind>/<slug>.md, the
 * same slug as the English article it translates. It holds only the words:
 * every fact that is not a sentence (dates reviewed, sources, relations,
 * pressure, prices, codes, grades) is the English entry's, so a translated
 * page can never show a different fact. Which words it must hold, list for
 * list and heading for heading, is checked against its English entry once
 * both have loaded (src/lib/checks/translations.ts).
 */
export const translationSchema = withMessages(
  strictFields({
    /** Which English text this translates, and when: `source` is the first 12 hex digits of the SHA-256 of the English file. */
    translation: strictFields({
      source: z.string().regex(/^[0-9a-f]{12}$/, 'write the first 12 hex digits of `sha256sum` of the English file, e.g. 3f9a0c21b7de'),
      translated: reviewDate,
    }),
    title: z.string().min(3).max(90),
    // Spanish runs about a quarter longer than English, whose summaries stop at 220 characters.
    summary: z.string().min(40).max(280),
    /** Names and phrases readers of this language type; search reads them. They make no address. */
    aliases: list.default([]),
    searchTerms: list.default([]),
    faq: z.array(strictFields({ question: text, answer: text })).default([]),
    // The sentences and lists the check pairs with the English entry's, named once (src/lib/model/translations.ts).
    ...(Object.fromEntries(TRANSLATED_TEXT.map((field) => [field, text.optional()])) as Record<(typeof TRANSLATED_TEXT)[number], z.ZodOptional<typeof text>>),
    ...(Object.fromEntries(TRANSLATED_LISTS.map((field) => [field, list.optional()])) as Record<(typeof TRANSLATED_LISTS)[number], z.ZodOptional<typeof list>>),
    focus: strictFields({ description: text }).optional(),
    /** The notes of the English `helps`, by condition id; a lowered grade's reason as `lowerReason`. */
    helps: z.array(strictFields({ condition: z.string(), note: text.optional(), lowerReason: text.optional() })).optional(),
  }),
);
