/**
 * Every section an article page has, one registry per kind: the prose
 * sections its MDX body must contain (`## Heading { #id }`), and the data
 * sections its layout renders from frontmatter, each with when it is on the
 * page. The "On this page" list, the reserved-id check and the link check all
 * read these registries, so a section cannot be listed or linked to on a page
 * that does not show it. Ids never change, whatever the heading text becomes
 * (the words are each language's, in src/i18n/): clinics deep-link to them.
 */
import type { ArticleKind } from './urls.ts';

/** Sections each article's MDX body must contain, in this order. */
const REQUIRED_PROSE_SECTIONS: Record<ArticleKind, readonly string[]> = {
  types: ['what-it-is', 'what-to-expect', 'benefits', 'aftercare', 'differences'],
  conditions: ['what-it-is', 'symptoms', 'benefits', 'self-care'],
  techniques: ['what-it-is', 'how-it-is-done', 'benefits'],
  regions: ['what-it-is'],
  guides: [],
};

/** The ids the layouts' components render, by name, so markup and registries spell them once. */
export const SECTION = {
  atAGlance: 'at-a-glance',
  evidence: 'evidence',
  techniquesUsed: 'techniques-used',
  choose: 'choose',
  chooseSuits: 'choose-suits',
  chooseNotIdeal: 'choose-not-ideal',
  safety: 'safety',
  askFirst: 'safety-ask-first',
  redFlags: 'red-flags',
  cost: 'cost',
  faq: 'faq',
  sources: 'sources',
  related: 'related',
  usedIn: 'used-in',
  conditions: 'conditions',
  types: 'types',
  common: 'common-problems',
  differences: 'differences',
  sideBySide: 'side-by-side',
} as const;

/** Sections every pair page renders, whether or not it has hand-written prose; the link and anchor checks read the same list. */
export const PAIR_SECTIONS = [SECTION.differences, SECTION.sideBySide, SECTION.evidence, SECTION.choose, SECTION.sources] as const;

/** The sub-section of #choose on a pair page with one type's reasons to choose it. */
export const chooseSection = (typeId: string) => `${SECTION.choose}-${typeId}`;

/** The ids a pair page makes besides its prose headings: the FAQ only while its comparison file has questions (FaqList). */
export function pairSections(a: string, b: string, faq: number): string[] {
  return [...PAIR_SECTIONS, chooseSection(a), chooseSection(b), ...(faq > 0 ? [SECTION.faq] : [])];
}

/**
 * What decides whether a data section is on a page. Counted from ids alone,
 * so the link check can ask before any page renders (src/lib/views/section-facts.ts).
 */
export interface SectionFacts {
  faq: number;
  /** Related entries shown as cards (for types and conditions, both ways). */
  related: number;
  /** Graded claims on a type page; conditions with grades on a region page. */
  evidence: number;
  prices: boolean;
}

export interface DataSection {
  id: string;
  /**
   * Whether it has a line in the contents list (its words are the language's:
   * src/i18n/, by kind and id). Sub-sections (h3) and the related cards, a way
   * off the page, have none.
   */
  listed?: true;
  /** Rendered above the body (the type's at-a-glance box), so listed before the prose. */
  aboveBody?: true;
  shown(facts: SectionFacts): boolean;
}

const always = () => true;
const faq: DataSection = { id: SECTION.faq, listed: true, shown: (f) => f.faq > 0 };
const sources: DataSection = { id: SECTION.sources, listed: true, shown: always };
const related: DataSection = { id: SECTION.related, shown: (f) => f.related > 0 };
/** SafetyBox: the section, its ask-a-doctor list and its urgent warning signs. */
const safetyBox: DataSection[] = [
  { id: SECTION.safety, listed: true, shown: always },
  { id: SECTION.askFirst, shown: always },
  { id: SECTION.redFlags, shown: always },
];

/** The data sections of each kind, in page order; ArticleLayout renders the FAQ and sources last. */
export const DATA_SECTIONS: Record<ArticleKind, readonly DataSection[]> = {
  types: [
    { id: SECTION.atAGlance, listed: true, aboveBody: true, shown: always },
    { id: SECTION.evidence, listed: true, shown: (f) => f.evidence > 0 },
    { id: SECTION.techniquesUsed, listed: true, shown: always },
    { id: SECTION.choose, listed: true, shown: always },
    { id: SECTION.chooseSuits, shown: always },
    { id: SECTION.chooseNotIdeal, shown: always },
    ...safetyBox,
    { id: SECTION.cost, listed: true, shown: (f) => f.prices },
    related,
    faq,
    sources,
  ],
  conditions: [
    // A condition's page says so even when no style has been graded for it yet.
    { id: SECTION.evidence, listed: true, shown: always },
    ...safetyBox,
    related,
    faq,
    sources,
  ],
  techniques: [
    { id: SECTION.usedIn, listed: true, shown: always },
    { id: SECTION.safety, listed: true, shown: always },
    related,
    faq,
    sources,
  ],
  regions: [
    { id: SECTION.common, listed: true, aboveBody: true, shown: always },
    { id: SECTION.conditions, listed: true, shown: always },
    { id: SECTION.evidence, listed: true, shown: (f) => f.evidence > 0 },
    { id: SECTION.types, listed: true, shown: always },
    faq,
    sources,
  ],
  guides: [faq, sources],
};

/** The data sections one page shows, in page order: what a link may target besides the body's own headings. */
export function shownSections(kind: ArticleKind, facts: SectionFacts): DataSection[] {
  return DATA_SECTIONS[kind].filter((s) => s.shown(facts));
}

/** What one page shows of its kind's data sections, as its route renders them. */
export interface PageSections {
  /** Whether the section is on the page: the same rule as its line in the contents list and the links the link check allows. */
  shows(id: string): boolean;
  /** Whether the section has a line in the contents list, which its heading repeats (the words are the language's: src/lib/views/outline.ts). */
  listed(id: string): boolean;
}

/** The data sections of one page, read by its view and route so they render what the contents list and the link check expect. */
export function pageSections(kind: ArticleKind, facts: SectionFacts): PageSections {
  const shown = new Set(shownSections(kind, facts).map((s) => s.id));
  const listed = new Set(DATA_SECTIONS[kind].filter((s) => s.listed).map((s) => s.id));
  return { shows: (id) => shown.has(id), listed: (id) => listed.has(id) };
}

/** A page with nothing optional: no questions, related entries, grades or prices. */
const BARE: SectionFacts = { faq: 0, related: 0, evidence: 0, prices: false };

/** Ids every page of a kind has, whatever its frontmatter holds: safe targets for a link written without looking. */
export function alwaysLinkable(kind: ArticleKind): string[] {
  return [...REQUIRED_PROSE_SECTIONS[kind], ...shownSections(kind, BARE).map((s) => s.id)];
}

/**
 * The ids the For clinics page promises, in page order: the required prose
 * sections, each data section in the contents list, and the urgent warning
 * signs, the sub-section clinics most often point a patient to.
 */
export function deepLinkSections(kind: ArticleKind): string[] {
  return [...REQUIRED_PROSE_SECTIONS[kind], ...DATA_SECTIONS[kind].filter((s) => s.listed || s.id === SECTION.redFlags).map((s) => s.id)];
}

export interface SectionProblem {
  id: string;
  problem: 'missing' | 'reserved' | 'duplicate';
}

/**
 * What is wrong with the heading ids of one MDX body, given its kind. An id
 * the layout may render is reserved even on a page that does not show it
 * today: adding prices or a related type must not make two sections share it.
 */
export function checkSections(kind: ArticleKind, headingIds: string[]): SectionProblem[] {
  const problems: SectionProblem[] = [];
  const present = new Set(headingIds);
  for (const id of REQUIRED_PROSE_SECTIONS[kind]) {
    if (!present.has(id)) problems.push({ id, problem: 'missing' });
  }
  const reserved = new Set(DATA_SECTIONS[kind].map((s) => s.id));
  const seen = new Set<string>();
  for (const id of headingIds) {
    if (reserved.has(id)) problems.push({ id, problem: 'reserved' });
    if (seen.has(id)) problems.push({ id, problem: 'duplicate' });
    seen.add(id);
  }
  return problems;
}
