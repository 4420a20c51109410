import { z } from 'astro/zod';
import { strictFields, withMessages } from './messages.ts';
import { entryId } from './shared.ts';

/** One term of content/glossary.yaml. Articles link the first use of each term to its definition. */
export const glossarySchema = withMessages(
  strictFields({
    id: entryId('glossary'),
    /** The term as readers write it. */
    term: z.string().min(2),
    /** One to three plain sentences. */
    definition: z.string().min(20),
    /** Other forms of the term found in article text, e.g. plurals. */
    aliases: z.array(z.string().min(2)).default([]),
    /** The fullest article on the term, e.g. /techniques/effleurage/. */
    article: z.string().regex(/^\/[a-z0-9/-]+\/$/, 'article is a site path such as /techniques/effleurage/').optional(),
  }),
);
