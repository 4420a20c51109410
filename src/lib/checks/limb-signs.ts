/**
 * Warning signs name every limb they apply to. Swelling after lymph node
 * surgery is as often in an arm as in a leg, so a clot sign on the
 * lymphatic drainage page that says "one leg" tells a reader with a swollen
 * arm that their arm is not a warning sign. The limbs a page covers come from
 * the swelling conditions it is about (those whose title or aliases say
 * swelling): the condition itself, or those a type helps.
 */
import type { ContentProblem } from '../model/content-problems.ts';

export type Limb = 'arm' | 'leg';

const LIMB_WORDS: Record<Limb, RegExp> = { arm: /\barms?\b/i, leg: /\b(?:legs?|calf|calves|thighs?)\b/i };
const LIMB_REGIONS: Record<string, Limb> = { arms: 'arm', legs: 'leg' };

export interface LimbPage {
  file: string;
  id: string;
  title: string;
  aliases: string[];
  /** Body areas: a condition's regions. */
  regions: string[];
  /** For a type, the conditions it helps. */
  helps: string[];
  redFlags: string[];
}

export const limbsNamed = (text: string): Limb[] => (Object.keys(LIMB_WORDS) as Limb[]).filter((limb) => LIMB_WORDS[limb].test(text));

const isSwelling = (page: LimbPage) => [page.title, ...page.aliases].some((name) => /\bswell/i.test(name));

export function limbSignProblems(pages: LimbPage[]): ContentProblem[] {
  const limbsOf = new Map(pages.filter(isSwelling).map((p) => [p.id, p.regions.flatMap((r) => LIMB_REGIONS[r] ?? [])]));
  return pages.flatMap((page) => {
    const limbs = new Set([...(limbsOf.get(page.id) ?? []), ...page.helps.flatMap((c) => limbsOf.get(c) ?? [])]);
    return page.redFlags.flatMap((sign, i) => {
      const named = limbsNamed(sign);
      const missing = [...limbs].filter((l) => !named.includes(l));
      if (!named.length || !missing.length) return [];
      return [{ file: page.file, field: `redFlags[${i}]`, message: `names ${named.join(' and ')} but not ${missing.join(' or ')}, where the swelling this page covers also happens`, fix: `name every limb the sign applies to, for example "one ${[...limbs].join(' or ')}"` }];
    });
  });
}
