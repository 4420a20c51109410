/**
 * URL aliases: every alias of an entry (and every old slug) also answers at
 * /<kind>/<alias-slug>/ and redirects to the canonical page, so short forms
 * such as /types/mld/ and other spellings such as /conditions/lymphoedema/
 * work for clinics. Two entries of a kind may not claim the same URL.
 */
import type { ContentProblem } from './content-problems.ts';
import { slugify } from './slug.ts';
import { articleUrl, type ArticleKind } from './urls.ts';

export interface AliasedEntry {
  kind: ArticleKind;
  id: string;
  aliases: string[];
  /** The entry's file, for error messages. */
  file: string;
}

export interface Redirect {
  from: string;
  to: string;
}

export interface AliasPlan {
  redirects: Redirect[];
  problems: ContentProblem[];
}

export function planAliasRedirects(entries: AliasedEntry[]): AliasPlan {
  const owners = new Map<string, AliasedEntry>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) owners.set(articleUrl(entry.kind, entry.id), entry);

  const redirects: Redirect[] = [];
  for (const entry of entries) {
    const seenHere = new Set<string>();
    for (const alias of entry.aliases) {
      const slug = slugify(alias);
      if (!slug || slug === entry.id || seenHere.has(slug)) continue;
      seenHere.add(slug);
      const from = articleUrl(entry.kind, slug);
      const owner = owners.get(from);
      if (owner && owner !== entry) {
        const clash = `${owner.aliases.some((a) => slugify(a) === slug) ? 'is also an alias' : 'is the slug'} of "${owner.id}" (${owner.file})`;
        problems.push({
          file: entry.file,
          field: 'aliases',
          message: `the alias "${alias}" (URL ${from}) ${clash}`,
          fix: `remove "${alias}" from one of the two entries, or make it more specific`,
        });
        continue;
      }
      owners.set(from, entry);
      redirects.push({ from, to: articleUrl(entry.kind, entry.id) });
    }
  }
  return { redirects, problems };
}
