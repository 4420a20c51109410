/**
 * What a translated article holds in place of its English entry's words, and
 * how it names the English text it translates: the first 12 hex digits of the
 * SHA-256 of the English file (`sha256sum content/types/x.md`), so anyone can
 * compute it and the build can tell, from the files alone, that the English
 * has changed since.
 */
import { createHash } from 'node:crypto';

/** Sentences a translation gives when, and only when, its English entry has them. */
export const TRANSLATED_TEXT = ['purpose', 'goal', 'supervision', 'afterEffects', 'frequency', 'insurance'] as const;
/** Lists whose items a translation gives one for one, in the English order (the pages pair them by position). */
export const TRANSLATED_LISTS = ['chooseIf', 'notIdealIf', 'cautions', 'redFlags'] as const;

/** The revision of an English file a translation records: the first 12 hex digits of its SHA-256. */
export function sourceRevision(englishFileText: string | Uint8Array): string {
  return createHash('sha256').update(englishFileText).digest('hex').slice(0, 12);
}

/**
 * The YAML lists a language translates beside its articles
 * (content/<locale>/<file>), each entry for entry in the English order: the
 * fields it gives in the English entry's place (every other field stays the
 * English entry's), and whether its entries carry the English `id`.
 */
export const TRANSLATED_LISTS_FILES = {
  'glossary.yaml': { ids: true, fields: ['term', 'definition', 'aliases'] },
  'findings.yaml': { ids: true, fields: ['studied', 'comparedWith', 'timeframe', 'found', 'certaintyNote'] },
  'statements.yaml': { ids: true, fields: ['says'] },
  // Safety answers have no id: each is paired by position, and keeps its English entry's `urgent`.
  'safety-answers.yaml': { ids: false, fields: ['answer', 'quote', 'href', 'readers', 'urgent'] },
} as const satisfies Record<string, { ids: boolean; fields: readonly string[] }>;

/** The English revision and date a translated YAML list records in its header: `# source: <12 hex>` and `# translated: YYYY-MM-DD`. */
export function listRevision(text: string): { source?: string; translated?: string } {
  const source = /^# source: ([0-9a-f]{12})\s*$/m.exec(text)?.[1];
  const translated = /^# translated: (\d{4}-\d{2}-\d{2})\s*$/m.exec(text)?.[1];
  return { ...(source ? { source } : {}), ...(translated ? { translated } : {}) };
}
