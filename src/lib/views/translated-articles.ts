/**
 * The translated articles, paired with their English entries: what the pages
 * of another language read, and the problems that stop the build when a
 * translation does not match its English entry (src/lib/checks/translations.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { translationProblems, translationState, type EnglishWords } from '../checks/translations.ts';
import { contentFile, type ContentProblem } from '../model/content-problems.ts';
import type { Locale } from '../model/locales.ts';

export type TranslationEntry = CollectionEntry<'translations'>;

/** One translated article: its language, the kind and slug it shares with its English entry, and whether it is behind. */
export interface TranslatedArticle {
  locale: Locale;
  kind: string;
  id: string;
  entry: TranslationEntry;
  file: string;
  /** The English text has changed since this translation was made: the page says so, and the build lists it. */
  behind: boolean;
}

/** An English entry as the pairing reads it. */
export interface EnglishEntry {
  id: string;
  body?: string | undefined;
  filePath?: string | undefined;
  data: unknown;
}

export function pairTranslations(
  translations: TranslationEntry[],
  english: (kind: string, id: string) => EnglishEntry | undefined,
  fileText: (path: string) => string,
): { articles: TranslatedArticle[]; problems: ContentProblem[] } {
  const articles: TranslatedArticle[] = [];
  const problems: ContentProblem[] = [];
  for (const entry of translations) {
    // Ids are "<locale>/<kind>/<slug>" (src/loaders.ts: translationLoader).
    const [locale, kind, id] = entry.id.split('/') as [Locale, string, string];
    const file = contentFile(entry, `${locale}/${kind}`);
    const theirs = english(kind, id);
    const words: EnglishWords | undefined = theirs && {
      file: contentFile(theirs, kind),
      text: fileText(contentFile(theirs, kind)),
      body: theirs.body ?? '',
      data: theirs.data as EnglishWords['data'],
    };
    const own = { file, body: entry.body ?? '', data: entry.data };
    problems.push(...translationProblems(own, words, `content/${kind}/${id}.md`));
    if (words) articles.push({ locale, kind, id, entry, file, behind: translationState(own, words).behind });
  }
  return { articles, problems };
}
