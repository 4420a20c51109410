/**
 * Finds the first use of a glossary term in a run of text, so articles can
 * link each term to its definition the first time it appears.
 */
export interface GlossaryTerm {
  id: string;
  /** The term and its other forms, as they appear in prose. */
  forms: string[];
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

export function glossaryUrl(id: string): string {
  return `/guides/glossary/#term-${id}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One matcher for all terms: longest forms first so "trigger points" wins over "trigger point". */
export function termMatcher(terms: GlossaryTerm[]): (text: string, skip: ReadonlySet<string>) => TermMatch | undefined {
  const owner = new Map<string, string>();
  for (const t of terms) for (const form of t.forms) if (!owner.has(form.toLowerCase())) owner.set(form.toLowerCase(), t.id);
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return () => undefined;
  const pattern = new RegExp(`\\b(${forms.map(escape).join('|')})\\b`, 'gi');
  return (text, skip) => {
    for (const m of text.matchAll(pattern)) {
      const id = owner.get(m[0].toLowerCase())!;
      if (!skip.has(id)) return { id, start: m.index, end: m.index + m[0].length };
    }
    return undefined;
  };
}
