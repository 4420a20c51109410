/**
 * The schemas of src/schemas/, checked against content/ before Astro runs, so
 * `npm run build` stops with one line per problem (file, field, what to
 * write) instead of Astro's error block with its stack trace. Astro parses
 * with the same schemas and messages, so `astro dev` and `astro check` say
 * the same words. .mdx bodies are held to the MDX policy here too
 * (src/lib/checks/mdx-policy.ts), since Astro runs them as code, and every
 * body to a nesting limit (src/lib/checks/nesting.ts), since Astro's renderer
 * recurses. YAML is read
 * by the one reader (src/lib/checks/yaml-read.ts), so a file it cannot read
 * stops the build here with its line, warm cache or cold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { z } from 'astro/zod';
import { ARTICLE_COLLECTIONS, collectionSchemas, TRANSLATIONS, YAML_COLLECTION_NAMES, YAML_COLLECTIONS } from '../../src/schemas/collections.ts';
import { TRANSLATED_LOCALES } from '../../src/lib/model/locales.ts';
import { idReference, type CollectionName } from '../../src/schemas/context.ts';
import { fieldName } from '../../src/schemas/messages.ts';
import { formatProblems, type ContentProblem, type SchemaProblem } from '../../src/lib/model/content-problems.ts';
import { mdxPolicyProblems } from '../../src/lib/checks/mdx-policy.ts';
import { articleTree, nestingProblems } from '../../src/lib/checks/nesting.ts';
import { readFrontmatter, readYaml } from '../../src/lib/checks/yaml-read.ts';
import { entryLines } from '../../src/lib/checks/yaml-entries.ts';
import { normaliseLineEndings } from '../../src/lib/checks/text.ts';


const SCHEMAS = collectionSchemas({ reference: idReference });

/** Each issue of one entry as a problem; `entry` names a YAML list entry in front of the field. */
export function entryProblems(file: string, schema: z.ZodType, data: unknown, entry?: string): SchemaProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    field: [entry, fieldName(issue.path)].filter(Boolean).join('.') || 'frontmatter',
    message: issue.message,
  }));
}

/** The problems of one entry of a collection, parsed as Astro will parse it (the benchmark's generator checks what it writes with this). */
export function collectionEntryProblems(file: string, collection: CollectionName, data: unknown, entry?: string): SchemaProblem[] {
  return entryProblems(file, SCHEMAS[collection], data, entry);
}

/** The problems of one article file's text; its frontmatter is read by the one YAML reader, each problem on its file line. */
export function articleTextProblems(file: string, kind: (typeof ARTICLE_COLLECTIONS)[number] | typeof TRANSLATIONS, text: string): (SchemaProblem | ContentProblem)[] {
  const { data, problems } = readFrontmatter(normaliseLineEndings(text), file);
  return problems.length > 0 ? problems : entryProblems(file, SCHEMAS[kind], data);
}

/** The problems of one YAML list's text, each entry named by its id (or its place when it has none) and the line it starts on. */
export function yamlTextProblems(file: string, name: keyof typeof YAML_COLLECTIONS, text: string): (SchemaProblem | ContentProblem)[] {
  const { data: list, problems } = readYaml(text, file);
  if (problems.length > 0) return problems;
  if (!Array.isArray(list)) return [];
  const lines = entryLines(file, text);
  return list.flatMap((item: unknown, i) => {
    const id = typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? item.id : `entry ${i + 1}`;
    return collectionEntryProblems(file, name, item, id).map((p) => (lines[i] ? { ...p, field: `${p.field} (line ${lines[i]})` } : p));
  });
}

function articleProblems(folder: string, kind: (typeof ARTICLE_COLLECTIONS)[number] | typeof TRANSLATIONS): (SchemaProblem | ContentProblem)[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .flatMap((name) => {
      const file = normalize(join(folder, name));
      const text = readFileSync(file, 'utf8');
      // An .mdx body is a program: held to its policy (nesting included) before Astro compiles and runs it.
      // A Markdown body is held to the nesting limit Astro's renderer needs.
      return [...articleTextProblems(file, kind, text), ...(name.endsWith('.mdx') ? mdxPolicyProblems(file, text) : nestingProblems(file, articleTree(text, false)))];
    });
}

function yamlListProblems(root: string, name: keyof typeof YAML_COLLECTIONS): SchemaProblem[] {
  const file = normalize(join(root, YAML_COLLECTIONS[name]));
  return existsSync(file) ? yamlTextProblems(file, name, readFileSync(file, 'utf8')) : [];
}

/** Every entry of the content folder that does not match its collection's schema, and every .mdx body outside the MDX policy. */
export function contentSchemaProblems(root: string): (SchemaProblem | ContentProblem)[] {
  return [
    ...ARTICLE_COLLECTIONS.flatMap((kind) => articleProblems(join(root, kind), kind)),
    ...TRANSLATED_LOCALES.flatMap((locale) => ARTICLE_COLLECTIONS.flatMap((kind) => articleProblems(join(root, locale, kind), TRANSLATIONS))),
    ...YAML_COLLECTION_NAMES.flatMap((name) => yamlListProblems(root, name)),
  ];
}

/** The report of those problems, naming what they stopped ("the build", "the dev server"), or undefined when there are none. */
export function schemaReport(root: string, stopped: string): string | undefined {
  const problems = contentSchemaProblems(root);
  return problems.length > 0 ? formatProblems(problems, stopped) : undefined;
}
