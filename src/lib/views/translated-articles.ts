/**
 * The translated articles, paired with their English entries: what the pages
 * of another language read, and the problems that stop the build when a
 * translation does not match its English entry (src/lib/checks/translations.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { translationProblems, translationState, type EnglishWords } from '../checks/translations.ts';
import { contentFile, type ContentProblem } from '../model/content-problems.ts';
import { ARTICLE_KINDS, type ArticleKind } from '../model/kinds.ts';
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
  rendered?: unknown;
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

/** The words of a translation laid over an English entry's data: every other field stays the English entry's. */
function overlaid(data: Record<string, unknown>, words: TranslationEntry['data']): Record<string, unknown> {
  const { translation: _revision, helps, focus, ...text } = words;
  const notes = new Map((helps ?? []).map((h) => [h.condition, h]));
  return {
    ...data,
    ...text,
    ...(focus && data['focus'] ? { focus: { ...(data['focus'] as object), description: focus.description } } : {}),
    ...(Array.isArray(data['helps'])
      ? {
          helps: (data['helps'] as { condition: { id: string }; note?: string; lower?: { grade: string; reason: string } }[]).map((h) => {
            const mine = notes.get(h.condition.id);
            return { ...h, ...(h.note ? { note: mine?.note } : {}), ...(h.lower ? { lower: { ...h.lower, reason: mine?.lowerReason } } : {}) };
          }),
        }
      : {}),
  };
}

/** What localizing reads and replaces: the lists of articles and comparisons, the claims by type and the translations. */
export type LocalizableContent = { [K in ArticleKind | 'comparisons']: EnglishEntry[] } & {
  translations: TranslatedArticle[];
  claimsByType: Map<string, { condition: string; note?: string | undefined; lowered?: string | undefined }[]>;
};

/**
 * The site's content in `locale`: each article and comparison with a
 * translation takes its words, its body and its rendered body from it, and its
 * claims' notes and lowered grades' reasons; every fact, grade, date, source
 * and relation stays the English entry's, so a translated page can never show
 * a different one. An entry with no translation keeps its English words
 * (`untranslated` lists it, so its page can say so and stay out of the
 * language's search).
 */
export function localizedContent<C extends LocalizableContent>(content: C, locale: Locale): C & { untranslated: Set<string> } {
  const mine = new Map(content.translations.filter((t) => t.locale === locale).map((t) => [`${t.kind}/${t.id}`, t.entry]));
  const untranslated = new Set<string>();
  const helpsOf = (typeId: string) => new Map((mine.get(`types/${typeId}`)?.data.helps ?? []).map((h) => [h.condition, h]));
  const localize = (kind: string) => (entry: EnglishEntry & { claims?: { condition: { id: string }; note?: string | undefined }[] }) => {
    const translation = mine.get(`${kind}/${entry.id}`);
    if (!translation) {
      untranslated.add(`${kind}/${entry.id}`);
      return entry;
    }
    const helps = helpsOf(entry.id);
    return {
      ...entry,
      data: overlaid(entry.data as Record<string, unknown>, translation.data),
      body: translation.body,
      rendered: translation.rendered,
      ...(entry.claims ? { claims: entry.claims.map((c) => (c.note ? { ...c, note: helps.get(c.condition.id)?.note } : c)) } : {}),
    };
  };
  const lists = Object.fromEntries([...ARTICLE_KINDS, 'comparisons' as const].map((kind) => [kind, content[kind].map(localize(kind))]));
  const claimsByType = new Map(
    [...content.claimsByType].map(([typeId, claims]) => {
      const helps = helpsOf(typeId);
      return [typeId, claims.map((c) => ({ ...c, ...(c.note ? { note: helps.get(c.condition)?.note ?? c.note } : {}), ...(c.lowered ? { lowered: helps.get(c.condition)?.lowerReason ?? c.lowered } : {}) }))];
    }),
  );
  return { ...content, ...lists, claimsByType, untranslated };
}
