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
