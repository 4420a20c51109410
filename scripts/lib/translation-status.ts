/**
 * Which translated articles are behind their English text, and which English
 * articles have no translation yet, read from the files alone: the build
 * prints the first after its checks, and `npm run translations` reports both
 * with what changed in the English since.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_COLLECTIONS } from '../../src/schemas/collections.ts';
import { TRANSLATED_LOCALES, type Locale } from '../../src/lib/model/locales.ts';
import { listRevision, sourceRevision, TRANSLATED_LISTS_FILES } from '../../src/lib/model/translations.ts';
import { splitFrontmatter } from './frontmatter.ts';

export interface TranslationStatus {
  locale: Locale;
  /** content/<kind>/<slug>.md(x) */
  english: string;
  /** content/<locale>/<kind>/<slug>.md(x), or undefined when there is none yet. */
  translation: string | undefined;
  /** The English revision the translation records, and the English file's revision now. */
  recorded?: string;
  current: string;
  translated?: Date;
}

const articleFiles = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((name) => /\.mdx?$/.test(name)).sort() : []);

export function translationStatus(root: string): TranslationStatus[] {
  return TRANSLATED_LOCALES.flatMap((locale) => [
    ...ARTICLE_COLLECTIONS.flatMap((kind) => {
      const translated = new Map(articleFiles(join(root, locale, kind)).map((name) => [name.replace(/\.mdx?$/, ''), join(root, locale, kind, name)]));
      return articleFiles(join(root, kind)).map((name): TranslationStatus => {
        const english = join(root, kind, name);
        const current = sourceRevision(readFileSync(english));
        const translation = translated.get(name.replace(/\.mdx?$/, ''));
        if (!translation) return { locale, english, translation, current };
        const { data } = splitFrontmatter<{ translation?: { source?: string; translated?: Date } }>(readFileSync(translation, 'utf8'), translation);
        return { locale, english, translation, current, recorded: String(data.translation?.source), ...(data.translation?.translated ? { translated: new Date(data.translation.translated) } : {}) };
      });
    }),
    // The YAML lists it translates (glossary, findings, statements, safety answers), which name their revision in a header.
    ...Object.keys(TRANSLATED_LISTS_FILES).flatMap((name): TranslationStatus[] => {
      const english = join(root, name);
      if (!existsSync(english)) return [];
      const path = join(root, locale, name);
      const current = sourceRevision(readFileSync(english));
      if (!existsSync(path)) return [{ locale, english, translation: undefined, current }];
      const { source, translated } = listRevision(readFileSync(path, 'utf8'));
      return [{ locale, english, translation: path, current, recorded: String(source), ...(translated ? { translated: new Date(translated) } : {}) }];
    }),
  ]);
}

export const isBehind = (s: TranslationStatus) => s.translation !== undefined && s.recorded !== s.current;

/** The build's list of translations behind their English text, or undefined when none is. */
export function behindReport(root: string): string | undefined {
  const behind = translationStatus(root).filter(isBehind);
  if (behind.length === 0) return undefined;
  return [
    `${behind.length} translation(s) are behind their English text; their pages say so and link the English (npm run translations shows what changed):`,
    ...behind.map((s) => `- ${s.translation} (the English ${s.english} has changed since it was translated)`),
  ].join('\n');
}
