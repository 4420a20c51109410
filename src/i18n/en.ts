import { components } from './en/components.ts';
import { pages } from './en/pages.ts';

/**
 * Every word the site says in English: the frame (header, footer, search box,
 * the kinds' names) here, the components' and the routes' words in en/. A
 * second language's table must have the same keys (its type is `Strings`), so
 * a missing one fails the type check instead of showing English.
 */
export const en = {
  /** The language's own name, as the language switch offers it to readers of the other. */
  languageName: 'English',
  siteName: 'Massage Therapy Guide',
  skipToMain: 'Skip to main content',
  nav: {
    mainLabel: 'Main',
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
  /** What a translated page says about its translation; English pages are the originals and never show these. */
  translation: {
    switchLabel: 'Language',
    byline: (date: string) => `Translated by the editorial team, ${date}. Grades, prices and warnings are those of the English page.`,
    behind: (date: string) => `The English page has changed since this translation was made (${date}); the translation may not reflect those changes.`,
    readOriginal: 'Read the English page',
    untranslated: 'This page has not been translated yet, so it is shown in English.',
  },
  /** The words of the components and layouts pages are built from. */
  components,
  /** The words the routes write around their views' data. */
  pages,
};

/** What every language's table holds: the same keys, with words or word-making functions. */
export type Strings = typeof en;
