/**
 * Every collection's schema and where its entries are written, in one table:
 * src/content.config.ts defines the collections from it with Astro's
 * reference(), and the build checks content/ against it before Astro runs
 * (scripts/lib/check-schemas.ts), so both read the same schemas.
 */
import type { z } from 'astro/zod';
import { ARTICLE_KINDS } from '../lib/model/urls.ts';
import { comparisonSchema, conditionSchema, guideSchema, regionSchema, techniqueSchema } from './articles.ts';
import type { CollectionName, SchemaContext } from './context.ts';
import { findingSchema, statementSchema } from './findings.ts';
import { glossarySchema } from './glossary.ts';
import { gradeChangeSchema } from './grade-history.ts';
import { sourceSchema } from './sources.ts';
import { translationSchema } from './translations.ts';
import { typeSchema } from './types.ts';

/** content/<kind>/<slug>.md(x): one entry per file. */
export const ARTICLE_COLLECTIONS = [...ARTICLE_KINDS, 'comparisons'] as const;
/** content/<file>.yaml: a list of entries with an `id` each. */
export const YAML_COLLECTIONS = { sources: 'sources.yaml', glossary: 'glossary.yaml', findings: 'findings.yaml', statements: 'statements.yaml', gradeHistory: 'grade-history.yaml' } as const;
export const YAML_COLLECTION_NAMES = Object.keys(YAML_COLLECTIONS) as (keyof typeof YAML_COLLECTIONS)[];
/** content/<locale>/<kind>/<slug>.md: the articles of every language but English, in one collection. */
export const TRANSLATIONS = 'translations';
/** Every collection the site reads. */
export const COLLECTION_NAMES = [...ARTICLE_COLLECTIONS, ...YAML_COLLECTION_NAMES, TRANSLATIONS] as const;

export function collectionSchemas(context: SchemaContext) {
  return {
    types: typeSchema(context),
    techniques: techniqueSchema(context),
    conditions: conditionSchema(context),
    regions: regionSchema(context),
    guides: guideSchema(context),
    comparisons: comparisonSchema(context),
    sources: sourceSchema,
    glossary: glossarySchema,
    findings: findingSchema(context),
    statements: statementSchema(context),
    gradeHistory: gradeChangeSchema,
    translations: translationSchema,
  } satisfies Record<CollectionName, z.ZodType>;
}
