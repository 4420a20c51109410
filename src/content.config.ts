import { defineCollection } from 'astro:content';
import { comparisonSchema, conditionSchema, guideSchema, regionSchema, techniqueSchema } from './schemas/articles.ts';
import { findingSchema, statementSchema } from './schemas/findings.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { sourceSchema } from './schemas/sources.ts';
import { typeSchema } from './schemas/types.ts';
import { CONTENT_ROOT as CONTENT } from './lib/build-dirs.ts';
import { articleLoader, yamlListLoader } from './loaders.ts';

/**
 * Articles live in content/<kind>/<slug>.md, or .mdx when they use a content
 * component; the file name is the slug and the public URL. Markdown is
 * rendered once while content syncs, MDX becomes a module the bundler must
 * compile, so prose stays .md (bundling at 2,000 entries: 11 s as MDX, 2.8 s
 * as Markdown). The loaders check file names, encodings and duplicate ids first (src/loaders.ts).
 */
const articles = (kind: string) => articleLoader(CONTENT, kind);

export const collections = {
  types: defineCollection({ loader: articles('types'), schema: typeSchema }),
  techniques: defineCollection({ loader: articles('techniques'), schema: techniqueSchema }),
  conditions: defineCollection({ loader: articles('conditions'), schema: conditionSchema }),
  regions: defineCollection({ loader: articles('regions'), schema: regionSchema }),
  guides: defineCollection({ loader: articles('guides'), schema: guideSchema }),
  comparisons: defineCollection({ loader: articles('comparisons'), schema: comparisonSchema }),
  sources: defineCollection({ loader: yamlListLoader(`${CONTENT}/sources.yaml`, 'source'), schema: sourceSchema }),
  glossary: defineCollection({ loader: yamlListLoader(`${CONTENT}/glossary.yaml`, 'glossary', { termsUnique: true }), schema: glossarySchema }),
  findings: defineCollection({ loader: yamlListLoader(`${CONTENT}/findings.yaml`, 'finding'), schema: findingSchema }),
  statements: defineCollection({ loader: yamlListLoader(`${CONTENT}/statements.yaml`, 'statement'), schema: statementSchema }),
};
