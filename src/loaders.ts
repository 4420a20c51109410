/**
 * Astro's glob() and file() loaders, with the checks they do not make run
 * first, so a problem stops the build (and `astro dev`) with its file, line
 * and fix before the loader could silently skip, drop or replace an entry:
 * file names that are not slugs or not articles, two files for one URL, bytes
 * that are not UTF-8, a malformed or empty YAML list, a missing or empty
 * folder, an id or glossary term used twice. Whatever a loader still only
 * logs and carries on from (a file it cannot read, a body it cannot render)
 * stops the build too, and an article collection is rendered afresh when
 * the glossary or the Markdown pipeline changes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleFileProblems } from './lib/checks/content-files.ts';
import { mdxPolicyProblems } from './lib/checks/mdx-policy.ts';
import { articleTree, nestingProblems } from './lib/checks/nesting.ts';
import { firstInvalidUtf8, lineOfOffset, normaliseLineEndings } from './lib/checks/text.ts';
import { glossaryTermProblems, yamlListProblems } from './lib/checks/yaml-entries.ts';
import { translatedListProblems } from './lib/checks/translations.ts';
import { listRevision, TRANSLATED_LISTS_FILES } from './lib/model/translations.ts';
import { ContentError, throwIfAny, type ContentProblem } from './lib/model/content-problems.ts';
import { renderInputsDigest } from './lib/build/render-inputs.ts';
import { parseYamlOrThrow, readFrontmatter, readYaml } from './lib/checks/yaml-read.ts';

const shown = (path: string) => normalize(path).replace(/\\/g, '/');

export function encodingProblems(path: string, bytes: Uint8Array): ContentProblem[] {
  const offset = firstInvalidUtf8(bytes);
  if (offset === undefined) return [];
  const { line, column } = lineOfOffset(bytes, offset);
  return [
    {
      file: shown(path),
      field: `byte ${offset} (line ${line}, column ${column})`,
      message: `the file is not UTF-8: byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')} is not a character, so readers would see "�"`,
      fix: 're-save the file as UTF-8 (most editors: "Save with encoding" → UTF-8)',
    },
  ];
}

/**
 * The cheap checks of every content folder and YAML file, registered as the
 * collections are defined: whichever loader runs first reports them all, so an
 * author sees every misnamed file and duplicate id at once.
 */
const everyFolder: (() => ContentProblem[])[] = [];

function withChecks(loader: Loader, source: string, cheap: () => ContentProblem[], own: () => ContentProblem[] = () => []): Loader {
  everyFolder.push(cheap);
  return {
    ...loader,
    load: async (context) => {
      throwIfAny([...everyFolder.flatMap((check) => check()), ...own()]);
      const strict = problemLogger(context.logger, source);
      try {
        await loader.load({ ...context, logger: strict.logger });
      } catch (error) {
        strict.loaded();
        // A body that cannot be rendered comes as a ContentError naming its file (src/markdown/sanitize.ts),
        // made by the config's copy of the class: its problems are the report, and the loader's log line only repeats them.
        const problems = (error as { problems?: unknown }).problems;
        throw Array.isArray(problems) ? new ContentError(problems as ContentProblem[]) : error;
      }
      throwIfAny(strict.loaded());
    },
  };
}

/**
 * Astro's loaders only log when they skip, drop or keep an entry (a file they
 * cannot read or parse, a list with no items) and go on, so the page is lost or
 * stale. Each warning or error they log while loading is a problem here, raised
 * where it is made; once loaded, what `astro dev` reloads on an edit is logged
 * as Astro logs it, since the dev server shows it and carries on.
 */
function problemLogger(logger: LoaderContext['logger'], source: string) {
  const problems: ContentProblem[] = [];
  let loading = true;
  const report = (level: 'warn' | 'error') => (message: string) => {
    if (!loading) return logger[level](message);
    problems.push({
      file: source,
      field: 'loading',
      message: `Astro's loader could not load every entry: ${message}`,
      fix: 'correct what the message names; the build stops on it, since the loader would have gone on without that entry or with its last copy',
    });
  };
  return {
    logger: Object.assign(Object.create(logger) as LoaderContext['logger'], { warn: report('warn'), error: report('error') }),
    /** The problems logged while loading; from now on the loader's messages go to Astro's log. */
    loaded: () => {
      loading = false;
      return problems;
    },
  };
}

/**
 * Astro reads an article's frontmatter with js-yaml, whose rules are not the
 * one reader's (it turns 2026-02-30 into 2 March, where the schema refuses
 * the date as written). Each entry's data is the one reader's instead
 * (src/lib/checks/yaml-read.ts), so the pre-check, the pages and an edit under
 * `astro dev` all see the same values; Astro's own reading still gives the body.
 */
export function readByTheOneReader(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      // Loaders get the entry types (Markdown, MDX) in their context, though Astro's type leaves them out.
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, ContentEntryType> };
      if (!entryTypes) return loader.load(context);
      const ours = (type: ContentEntryType): ContentEntryType => ({
        ...type,
        getEntryInfo: async (input) => {
          const { data, problems } = readFrontmatter(normaliseLineEndings(input.contents), shown(fileURLToPath(input.fileUrl)));
          throwIfAny(problems);
          return { ...(await type.getEntryInfo(input)), data };
        },
      });
      return loader.load({ ...context, entryTypes: new Map([...entryTypes].map(([extension, type]) => [extension, ours(type)])) } as LoaderContext);
    },
  };
}

const RENDERED_WITH = 'render-inputs';

/**
 * Astro keeps an entry's rendered body until the entry's own file changes;
 * this clears the collection first when anything else the renders read has
 * changed since (`inputs`: src/lib/build/render-inputs.ts), so every body is rendered again.
 */
export function renderedAfresh(loader: Loader, inputs: (context: LoaderContext) => string): Loader {
  return {
    ...loader,
    load: async (context) => {
      const digest = inputs(context);
      if (context.meta.get(RENDERED_WITH) !== digest) context.store.clear();
      await loader.load(context);
      context.meta.set(RENDERED_WITH, digest);
    },
  };
}

/**
 * content/<kind>/<slug>.md or .mdx: the file name is the slug. `renderInputs`
 * are the data files the Markdown plugins read (the glossary), besides the
 * config and its modules.
 */
export function articleLoader(root: string, kind: string, renderInputs: string[]): Loader {
  const folder = join(root, kind);
  return markdownLoader(folder, '*.{md,mdx}', [folder], renderInputs);
}

/**
 * content/<locale>/<kind>/<slug>.md: every translated article, its id
 * "<locale>/<kind>/<slug>". A language need not have translated every kind
 * yet, so a missing kind folder is no problem; anything else in the language's
 * folder that the loader would not read is.
 */
export function translationLoader(root: string, locales: readonly string[], kinds: readonly string[], renderInputs: string[]): Loader {
  const folders = locales.flatMap((locale) => kinds.map((kind) => join(root, locale, kind))).filter((folder) => existsSync(folder));
  // No language has begun yet (a new site, the test fixtures): nothing to read, where Astro's glob() would call that a problem.
  if (folders.length === 0) return { name: 'no-translations', load: async ({ store }) => store.clear() };
  return markdownLoader(root, `${anyOf(locales)}/${anyOf(kinds)}/*.{md,mdx}`, folders, renderInputs, () =>
    locales.flatMap((locale) => {
      const folder = join(root, locale);
      if (!existsSync(folder)) return [];
      return readdirSync(folder, { withFileTypes: true })
        .filter((d) => !d.name.startsWith('.') && !(d.isDirectory() && kinds.includes(d.name)) && !Object.hasOwn(TRANSLATED_LISTS_FILES, d.name))
        .map((d) => ({
          file: shown(join(folder, d.name)),
          field: 'file name',
          message: `${d.name} is not read: a language's folder holds its translations in folders named as the English ones (${kinds.join(', ')})`,
          fix: `move it into one of those folders, or out of ${shown(folder)}/`,
        }))
        .concat(translatedListsProblems(root, locale));
    }),
  );
}

/** Each translated YAML list of a language against its English list (src/lib/checks/translations.ts). */
function translatedListsProblems(root: string, locale: string): ContentProblem[] {
  return Object.entries(TRANSLATED_LISTS_FILES).flatMap(([name, spec]) => {
    const path = join(root, locale, name);
    if (!existsSync(path)) return [];
    const englishPath = join(root, name);
    const text = readFileSync(path, 'utf8');
    const mine = readYaml(text, shown(path));
    const theirs = readYaml(readFileSync(englishPath, 'utf8'), shown(englishPath));
    if (mine.problems.length || theirs.problems.length) return [...mine.problems, ...theirs.problems];
    return translatedListProblems(shown(path), shown(englishPath), theirs.data as Record<string, unknown>[], mine.data, listRevision(text), spec);
  });
}

/** A glob part matching any of `names`: a brace of one name would match only the name in braces. */
const anyOf = (names: readonly string[]) => (names.length === 1 ? names[0]! : `{${names.join(',')}}`);

function markdownLoader(base: string, pattern: string, folders: string[], renderInputs: string[], moreChecks: () => ContentProblem[] = () => []): Loader {
  const items = (folder: string) => (existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).map((d) => ({ name: d.name, isDirectory: d.isDirectory() })) : undefined);
  const inputs = ({ config }: LoaderContext) => renderInputsDigest(fileURLToPath(new URL('astro.config.mjs', config.root)), [...renderInputs, fileURLToPath(new URL('package-lock.json', config.root))]);
  return withChecks(
    renderedAfresh(readByTheOneReader(glob({ pattern, base })), inputs),
    shown(base),
    () => [...folders.flatMap((folder) => articleFileProblems(shown(folder), items(folder))), ...moreChecks()],
    // Reading every file is the costly part, so each collection reads only its own.
    () =>
      folders.flatMap((folder) =>
        (items(folder) ?? [])
          .filter((i) => !i.isDirectory && /\.mdx?$/.test(i.name))
          .flatMap((i) => {
            const bytes = readFileSync(join(folder, i.name));
            const file = shown(join(folder, i.name));
            const encoding = encodingProblems(join(folder, i.name), bytes);
            if (encoding.length > 0) return encoding;
            const text = normaliseLineEndings(bytes.toString('utf8'));
            // Astro's own frontmatter parser has other rules: the entries are read by ours (readByTheOneReader), and a file it refuses stops the load here.
            const frontmatter = readFrontmatter(text, file).problems;
            if (frontmatter.length > 0) return frontmatter;
            // As the pre-check holds them (scripts/lib/check-schemas.ts), so a plain `astro build` never compiles an .mdx
            // body outside the MDX policy, nor renders one nested deeper than the renderer can take.
            return i.name.endsWith('.mdx') ? mdxPolicyProblems(file, text) : nestingProblems(file, articleTree(text, false));
          }),
      ),
  );
}

/** A YAML list of entries with an `id` each (content/sources.yaml, content/glossary.yaml). */
export function yamlListLoader(path: string, what: string, options: { termsUnique?: boolean } = {}): Loader {
  // The pre-check's reader and rules, so a file it accepts is read the same here, and one it rejects
  // stops the build with its line instead of a loader error that keeps the last good entries.
  const parser = (text: string) => parseYamlOrThrow(text, shown(path)) as Record<string, unknown>[];
  return withChecks(file(path, { parser }), shown(path), () => {
    if (!existsSync(path)) return [{ file: shown(path), field: 'file', message: `the file is missing, and pages read every ${what} from it`, fix: 'restore it (git restores it if it was moved or deleted by mistake)' }];
    const bytes = readFileSync(path);
    const encoding = encodingProblems(path, bytes);
    if (encoding.length > 0) return encoding;
    const text = bytes.toString('utf8');
    // Astro's file() loader logs a parse error and keeps the entries of the last build, so the reader's problems stop the build here.
    const unreadable = readYaml(text, shown(path)).problems;
    if (unreadable.length > 0) return unreadable;
    return [...yamlListProblems(shown(path), text, what), ...(options.termsUnique ? glossaryTermProblems(shown(path), text) : [])];
  });
}
