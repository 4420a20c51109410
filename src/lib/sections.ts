/**
 * Section ids that clinics may deep-link to. The prose sections are written in
 * MDX as `## Heading { #id }`; the data sections are rendered by the layouts.
 * Ids here never change, whatever the heading text becomes.
 */
import type { ArticleKind } from './urls.ts';

/** Sections each article's MDX body must contain, in this order. */
export const REQUIRED_PROSE_SECTIONS: Record<ArticleKind, readonly string[]> = {
  types: ['what-it-is', 'what-to-expect', 'benefits', 'aftercare', 'differences'],
  conditions: ['what-it-is', 'symptoms', 'benefits', 'self-care'],
  techniques: ['what-it-is', 'how-it-is-done', 'benefits'],
  regions: ['what-it-is'],
  guides: [],
};

/** Sections the layouts render from frontmatter data; MDX bodies must not reuse these ids. */
export const DATA_SECTIONS = {
  atAGlance: 'at-a-glance',
  evidence: 'evidence',
  techniquesUsed: 'techniques-used',
  choose: 'choose',
  chooseSuits: 'choose-suits',
  chooseNotIdeal: 'choose-not-ideal',
  safety: 'safety',
  askFirst: 'safety-ask-first',
  cost: 'cost',
  faq: 'faq',
  sources: 'sources',
  related: 'related',
  usedIn: 'used-in',
  conditions: 'conditions',
  types: 'types',
} as const;

/** The layouts' red-flags list; not reserved, because the safety guide's own MDX section has the same id. */
export const RED_FLAGS_SECTION = 'red-flags';

const RESERVED_IDS = new Set<string>(Object.values(DATA_SECTIONS));

export interface SectionProblem {
  id: string;
  problem: 'missing' | 'reserved' | 'duplicate';
}

/** What is wrong with the heading ids of one MDX body, given its kind. */
export function checkSections(kind: ArticleKind, headingIds: string[]): SectionProblem[] {
  const problems: SectionProblem[] = [];
  const present = new Set(headingIds);
  for (const id of REQUIRED_PROSE_SECTIONS[kind]) {
    if (!present.has(id)) problems.push({ id, problem: 'missing' });
  }
  const seen = new Set<string>();
  for (const id of headingIds) {
    if (RESERVED_IDS.has(id)) problems.push({ id, problem: 'reserved' });
    if (seen.has(id)) problems.push({ id, problem: 'duplicate' });
    seen.add(id);
  }
  return problems;
}

/** Data sections each kind's layout renders, so links to them can be checked before rendering. */
export const LAYOUT_SECTIONS: Record<ArticleKind, readonly string[]> = {
  types: ['at-a-glance', 'evidence', 'techniques-used', 'choose', 'choose-suits', 'choose-not-ideal', 'safety', 'safety-ask-first', 'red-flags', 'cost', 'faq', 'sources', 'related'],
  conditions: ['evidence', 'safety', 'safety-ask-first', 'red-flags', 'faq', 'sources', 'related'],
  techniques: ['used-in', 'safety', 'faq', 'sources', 'related'],
  regions: ['conditions', 'evidence', 'types', 'faq', 'sources'],
  guides: ['faq', 'sources'],
};
