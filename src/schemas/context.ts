/**
 * What a schema needs from Astro: `reference`, passed in rather than imported
 * from astro:content (as Starlight's docsSchema(context) does), so unit tests
 * and the build's own check before Astro runs parse entries with the very same
 * schemas. src/content.config.ts passes Astro's real reference().
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../lib/model/kinds.ts';

export type { CollectionName };

/** A relation to an entry of another collection: written as its id, parsed to { collection, id }. */
export type Reference = <C extends CollectionName>(collection: C) => z.ZodType<{ collection: C; id: string }>;

export interface SchemaContext {
  reference: Reference;
}

/**
 * reference() as Astro parses it, without Astro: an id becomes { collection, id }.
 * Whether the entry exists is checked once every entry has loaded
 * (src/lib/checks/references.ts), so this does not look.
 */
export const idReference: Reference = (collection) => z.string().transform((id) => ({ collection, id }));
