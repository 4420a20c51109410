/**
 * The real content/ as raw material for synthetic sets: its entries, and
 * pools of paragraphs, list items, FAQs and field values drawn from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_COLLECTIONS } from '../../src/schemas/collections.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { strongestWording } from '../../src/lib/model/evidence.ts';

export type Kind = (typeof ARTICLE_COLLECTIONS)[number];
export const KINDS: readonly Kind[] = ARTICLE_COLLECTIONS;

export interface RealEntry {
  kind: Kind;
  id: string;
  /** md, or mdx for the few that use a content component. */
  ext: string;
  data: Record<string, unknown>;
  body: string;
}

export function readReal(content: string): RealEntry[] {
  return KINDS.flatMap((kind) =>
    readdirSync(join(content, kind))
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => {
        const file = join(content, kind, f);
        return { kind, id: f.replace(/\.mdx?$/, ''), ext: f.slice(f.lastIndexOf('.') + 1), ...splitFrontmatter(readFileSync(file, 'utf8'), file) };
      }),
  );
}

export interface Pools {
  /**
   * Paragraphs (and below, list items, answers and notes) that word no benefit: every block of a page is held to the
   * grades of the claims it names (src/lib/checks/wording-check.ts), and a real "may help" outruns most generated grades.
   */
  paragraphs: string[];
  listItems: string[];
  cautions: string[];
  redFlags: string[];
  techniqueCautions: string[];
  faq: { question: string; answer: string }[];
  chooseIf: string[];
  notIdealIf: string[];
  typeFields: Record<'purpose' | 'goal' | 'supervision' | 'afterEffects' | 'frequency' | 'insurance' | 'focusDescription', string[]>;
  notes: string[];
  sessionMinutes: number[][];
  prices: Record<string, unknown>[];
  sources: string[];
}

export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

const claimFree = (text: string) => strongestWording(text) === undefined;

function plainText(line: string): string {
  return line.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*/g, '').trim();
}

export function pools(real: RealEntry[], sourceIds: string[]): Pools {
  const p: Pools = {
    paragraphs: [],
    listItems: [],
    cautions: [],
    redFlags: [],
    techniqueCautions: [],
    faq: [],
    chooseIf: [],
    notIdealIf: [],
    typeFields: { purpose: [], goal: [], supervision: [], afterEffects: [], frequency: [], insurance: [], focusDescription: [] },
    notes: [],
    sessionMinutes: [],
    prices: [],
    sources: sourceIds,
  };
  for (const entry of real) {
    for (const block of entry.body.split(/\n\s*\n/)) {
      const text = block.trim();
      if (!text || /^(#|\||<|import |export |```|>|\d+\.)/.test(text) || /[{}<>]/.test(text)) continue;
      if (text.startsWith('- ')) {
        for (const line of text.split('\n')) if (line.startsWith('- ') && claimFree(line)) p.listItems.push(plainText(line.slice(2)));
      } else if (text.split(/\s+/).length >= 25) {
        const paragraph = plainText(text.replace(/\n/g, ' '));
        if (claimFree(paragraph)) p.paragraphs.push(paragraph);
      }
    }
    const d = entry.data;
    if (entry.kind === 'techniques') p.techniqueCautions.push(...strings(d['cautions']));
    else p.cautions.push(...strings(d['cautions']));
    p.redFlags.push(...strings(d['redFlags']));
    p.chooseIf.push(...strings(d['chooseIf']));
    p.notIdealIf.push(...strings(d['notIdealIf']));
    if (Array.isArray(d['faq'])) p.faq.push(...(d['faq'] as { question: string; answer: string }[]).filter((f) => claimFree(f.answer)));
    if (entry.kind === 'types') {
      for (const key of ['purpose', 'goal', 'supervision', 'afterEffects', 'frequency', 'insurance'] as const) {
        const value = d[key];
        if (typeof value === 'string') p.typeFields[key].push(value);
      }
      const focus = d['focus'] as { description?: string } | undefined;
      if (focus?.description) p.typeFields.focusDescription.push(focus.description);
      if (Array.isArray(d['sessionMinutes'])) p.sessionMinutes.push(d['sessionMinutes'] as number[]);
      if (d['prices']) p.prices.push(d['prices'] as Record<string, unknown>);
      for (const claim of (d['helps'] as { note?: string }[] | undefined) ?? []) if (claim.note && claimFree(claim.note)) p.notes.push(claim.note);
    }
  }
  return p;
}
