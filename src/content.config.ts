import { defineCollection, reference } from 'astro:content';
import { ARTICLE_COLLECTIONS, collectionSchemas, YAML_COLLECTIONS } from './schemas/collections.ts';
import { CONTENT_ROOT as CONTENT } from './lib/build/build-dirs.ts';
import { articleLoader, translationLoader, yamlListLoader } from './loaders.ts';
import { TRANSLATED_LOCALES } from './lib/model/locales.ts';

/**
 * Articles live in content/<kind>/<slug>.md, or .mdx when they use a content
 * component; the file name is the slug and the public URL. Markdown is
 * rendered once while content syncs, MDX becomes a module the bundler must
 * compile, so prose stays .md (bundling at 2,000 entries: 11 s as MDX, 2.8 s
 * as Markdown). The loaders check file names, encodings and duplicate ids first, and render
 * again when the glossary or the Markdown pipeline changes (src/loaders.ts).
 */
const yaml = (name: keyof typeof YAML_COLLECTIONS) => `${CONTENT}/${YAML_COLLECTIONS[name]}`;
// Bodies are rendered with the glossary's terms as links (astro.config.mjs), so a changed glossary renders them again.
const articles = (kind: string) => articleLoader(CONTENT, kind, [yaml('glossary')]);
// The schemas take Astro's reference() as a context, so the build's own check and the unit tests parse with them too (src/schemas/context.ts).
const schema = collectionSchemas({ reference });

type ArticleCollection = (typeof ARTICLE_COLLECTIONS)[number];
/** One collection per kind of article (src/lib/model/kinds.ts) and the comparisons, each with its schema from the table. */
const articleCollections = Object.fromEntries(
  ARTICLE_COLLECTIONS.map((kind) => [kind, defineCollection({ loader: articles(kind), schema: schema[kind] })]),
) as { [K in ArticleCollection]: { loader: ReturnType<typeof articles>; schema: (typeof schema)[K] } };

export const collections = {
  ...articleCollections,
  sources: defineCollection({ loader: yamlListLoader(yaml('sources'), 'source'), schema: schema.sources }),
  glossary: defineCollection({ loader: yamlListLoader(yaml('glossary'), 'glossary', { termsUnique: true }), schema: schema.glossary }),
  findings: defineCollection({ loader: yamlListLoader(yaml('findings'), 'finding'), schema: schema.findings }),
  statements: defineCollection({ loader: yamlListLoader(yaml('statements'), 'statement'), schema: schema.statements }),
  gradeHistory: defineCollection({ loader: yamlListLoader(yaml('gradeHistory'), 'grade change'), schema: schema.gradeHistory }),
  // Every other language's articles, content/<locale>/<kind>/<slug>.md, as ids "<locale>/<kind>/<slug>".
  translations: defineCollection({ loader: translationLoader(CONTENT, TRANSLATED_LOCALES, ARTICLE_COLLECTIONS, [yaml('glossary')]), schema: schema.translations }),
};
