/**
 * A translated article against its English entry, once both have loaded: it
 * must translate an entry that exists, give every sentence and list item the
 * English gives (and no other), keep every heading's id so links to a section
 * work in both languages, and name the English text it translates. A
 * translation whose English text has changed since is not an error: it is
 * listed as behind, and its page says so (`behind`).
 */
import type { ContentProblem } from '../model/content-problems.ts';
import { sourceRevision, TRANSLATED_LISTS, TRANSLATED_TEXT } from '../model/translations.ts';
import { bodyHeadings } from './mdx-body.ts';

/** The English entry's words, as its schema parsed them. */
export interface EnglishWords {
  file: string;
  /** The English file as written: its revision is what a translation records. */
  text: string;
  body: string;
  data: {
    faq: unknown[];
    focus?: unknown;
    helps?: { condition: { id: string } | string; note?: string | undefined; lower?: { reason: string } | undefined }[];
  } & { [F in (typeof TRANSLATED_TEXT)[number]]?: unknown } & { [F in (typeof TRANSLATED_LISTS)[number]]?: unknown[] | undefined };
}

export interface TranslationWords {
  file: string;
  body: string;
  data: {
    translation: { source: string; translated: Date };
    faq: unknown[];
    focus?: unknown;
    helps?: { condition: string; note?: string | undefined; lowerReason?: string | undefined }[] | undefined;
  } & { [F in (typeof TRANSLATED_TEXT)[number]]?: unknown } & { [F in (typeof TRANSLATED_LISTS)[number]]?: unknown[] | undefined };
}

export interface TranslationState {
  /** The English text changed after the translation was made. */
  behind: boolean;
}

const idOf = (condition: { id: string } | string) => (typeof condition === 'string' ? condition : condition.id);

export function translationProblems(translation: TranslationWords, english: EnglishWords | undefined, englishFile: string): ContentProblem[] {
  const file = translation.file;
  if (!english) {
    return [{ file, field: 'file name', message: `it translates ${englishFile}, which does not exist`, fix: 'name the file as its English article is named (the same folder and slug), or delete it' }];
  }
  const problems: ContentProblem[] = [];
  const said = (field: string, message: string, fix: string) => problems.push({ file, field, message, fix });
  for (const field of TRANSLATED_TEXT) {
    if (english.data[field] !== undefined && translation.data[field] === undefined) said(field, `the English article has \`${field}\`, and the translation does not`, `translate it from ${english.file}`);
    if (english.data[field] === undefined && translation.data[field] !== undefined) said(field, `the English article has no \`${field}\``, 'delete it: a translation says only what the English says');
  }
  if (english.data.focus !== undefined && translation.data.focus === undefined) said('focus.description', 'the English article describes its focus, and the translation does not', `translate focus.description from ${english.file}`);
  for (const field of [...TRANSLATED_LISTS, 'faq'] as const) {
    const theirs = english.data[field]?.length ?? 0;
    const ours = translation.data[field]?.length ?? 0;
    if (theirs !== ours) {
      said(field, `${ours} item(s) where the English has ${theirs}: items are paired by position, so a missing one would drop a sentence the English page shows`, `give one item per English item, in the English order (${english.file})`);
    }
  }
  const notes = new Map((english.data.helps ?? []).map((h) => [idOf(h.condition), h]));
  for (const [i, help] of (translation.data.helps ?? []).entries()) {
    const theirs = notes.get(help.condition);
    if (!theirs) said(`helps[${i}].condition`, `"${help.condition}" is not a condition the English article's \`helps\` names`, `use an id from the English \`helps\` (${english.file})`);
    else if (Boolean(theirs.note) !== Boolean(help.note) || Boolean(theirs.lower) !== Boolean(help.lowerReason))
      said(`helps[${i}] (${help.condition})`, 'its note or lowerReason does not match what the English item has', 'translate the English `note` as `note` and `lower.reason` as `lowerReason`, nothing else');
  }
  const translated = new Set((translation.data.helps ?? []).map((h) => h.condition));
  for (const [id, help] of notes) {
    if ((help.note || help.lower) && !translated.has(id)) said('helps', `the English note on ${id} is not translated`, `add { condition: ${id}, note: … }`);
  }
  const theirIds = bodyHeadings(english.body).map((h) => h.id);
  const ours = bodyHeadings(translation.body);
  const ourIds = ours.map((h) => h.id);
  if (theirIds.join() !== ourIds.join()) {
    const missing = theirIds.filter((id) => !ourIds.includes(id));
    const extra = ours.filter((h) => !theirIds.includes(h.id));
    said(
      extra[0] ? `body line ${extra[0].line}` : 'headings',
      missing.length || extra.length
        ? `its headings' ids differ from the English: ${[...missing.map((id) => `#${id} is missing`), ...extra.map((h) => `#${h.id} is not an English heading`)].join('; ')}`
        : 'its headings are in another order than the English',
      'end each heading with the id of the English heading it translates, `## … { #id }`, in the English order: clinics link to sections in both languages',
    );
  }
  return problems;
}

export function translationState(translation: TranslationWords, english: EnglishWords): TranslationState {
  return { behind: sourceRevision(english.text) !== translation.data.translation.source };
}

/**
 * A translated YAML list (content/<locale>/glossary.yaml, findings.yaml, …)
 * against its English list: the same entries in the same order, with the
 * same ids where the list has them, each giving the translated fields its
 * English entry has and no other; an answer that is urgent in English is
 * urgent in translation. It must record the English revision it translates.
 */
export function translatedListProblems(
  file: string,
  englishFile: string,
  english: Record<string, unknown>[],
  translated: unknown,
  header: { source?: string; translated?: string },
  spec: { ids: boolean; fields: readonly string[] },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const said = (field: string, message: string, fix: string) => problems.push({ file, field, message, fix });
  if (!header.source || !header.translated) said('header', 'it does not say which English revision it translates', `write "# source: <first 12 hex digits of sha256sum ${englishFile}>" and "# translated: YYYY-MM-DD" at its top`);
  if (!Array.isArray(translated)) {
    said('file', 'it is not a YAML list', `write one entry per entry of ${englishFile}, in its order`);
    return problems;
  }
  if (translated.length !== english.length) said('entries', `${translated.length} entries where ${englishFile} has ${english.length}`, 'give one entry per English entry, in the English order');
  translated.forEach((raw, i) => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const theirs = english[i];
    if (!theirs) return;
    const name = spec.ids ? String(entry['id'] ?? `entry ${i + 1}`) : `entry ${i + 1}`;
    if (spec.ids && entry['id'] !== theirs['id']) said(name, `entry ${i + 1} is "${String(entry['id'])}" where the English entry is "${String(theirs['id'])}"`, 'keep the English ids, in the English order');
    for (const key of Object.keys(entry)) {
      if (key === 'id' && spec.ids) continue;
      if (!spec.fields.includes(key)) said(`${name}.${key}`, `\`${key}\` is not translated: it is a fact the English entry holds`, 'delete it');
      else if (theirs[key] === undefined) said(`${name}.${key}`, `the English entry has no \`${key}\``, 'delete it');
    }
    for (const key of spec.fields) if (theirs[key] !== undefined && entry[key] === undefined) said(`${name}.${key}`, `the English entry has \`${key}\`, and the translation does not`, `translate it from ${englishFile}`);
    if (theirs['urgent'] !== undefined && entry['urgent'] !== theirs['urgent']) said(`${name}.urgent`, 'an answer urgent in one language is urgent in both', `write urgent: ${String(theirs['urgent'])}`);
  });
  return problems;
}
