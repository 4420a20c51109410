import { clinics } from './en/clinics.ts';
import { compare } from './en/compare.ts';
import { decision } from './en/decision.ts';
import { evidence } from './en/evidence.ts';
import { listings } from './en/listings.ts';
import { pressure } from './en/pressure.ts';
import { searchPage } from './en/search.ts';
import { sections } from './en/sections.ts';
import { site } from './en/site.ts';
import { components } from './en/components.ts';
import { pages } from './en/pages.ts';

/**
 * Every word the site says in English: here the frame's (header, footer,
 * search box, the kinds' names), and from en/ each part's own table, nested
 * under its name (the decision guide, the evidence and GRADE statements,
 * comparisons, clinics' formats, the search page's script, …). A second
 * language's table must have the same keys (its type is `Strings`), so a
 * missing one fails the type check instead of showing English. Words that
 * take a value are functions; words a browser script needs are strings with
 * {named} places (src/i18n/template.ts), as they travel as JSON.
 */
export const en = {
  siteName: 'Massage Therapy Guide',
  skipToMain: 'Skip to main content',
  /** What a click on a heading's "#" link says once it has copied the section's address. */
  sectionLinkCopied: 'Link to this section copied',
  nav: {
    mainLabel: 'Main',
    /** The first step of every breadcrumb trail. */
    home: 'Home',
    footerLabel: 'Footer',
    compare: 'Compare',
    chooser: 'Massage chooser',
    about: 'About',
    safety: 'Safety',
    editorialPolicy: 'How we write and review',
    glossary: 'Glossary',
    search: 'Search',
    forClinics: 'For clinics',
  },
  footer: {
    disclaimer: (siteName: string) =>
      `${siteName} gives general information, not a diagnosis or medical advice. Talk to a doctor about new, severe or unexplained pain. In an emergency, call your local emergency number.`,
  },
  search: {
    label: 'Search the site',
    placeholder: 'Search symptoms, massage types…',
    submit: 'Search',
  },
  kinds: {
    types: { singular: 'Massage type', plural: 'Massage types' },
    techniques: { singular: 'Technique', plural: 'Techniques' },
    conditions: { singular: 'Condition', plural: 'Conditions' },
    regions: { singular: 'Body area', plural: 'Body areas' },
    guides: { singular: 'Guide', plural: 'Guides' },
  },
  /** The words of the components and layouts pages are built from. */
  components,
  /** The words the routes write around their views' data. */
  pages,
  clinics,
  compare,
  decision,
  evidence,
  listings,
  pressure,
  searchPage,
  sections,
  site,
};

/** What every language's table holds: the same keys, with words or word-making functions. */
export type Strings = typeof en;
