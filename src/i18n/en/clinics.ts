/**
 * What clinics print, embed, paste and subscribe to: the handouts' sections,
 * the embeddable cards, the share cards, the examples of the page for clinics
 * and the feed. Keyed by kind and section id where the code has one.
 */
export const clinics = {
  handouts: {
    /** The last line of a shortened list. */
    more: (n: number) => `And ${n} more on the full page.`,
    /** "Sciatica: limited evidence (tested by name)" */
    evidence: (title: string, grade: string, byName: boolean) => `${title}: ${grade}${byName ? ' (tested by name)' : ''}`,
    types: {
      suits: 'It may suit you if',
      evidence: 'What the research says',
      askFirst: 'Do not have it, or ask a doctor first, if',
      redFlags: 'Get urgent medical help if',
    },
    conditions: {
      evidence: 'Massage types and what the research says',
      askFirst: 'Ask a doctor before massage if',
      redFlags: 'Get urgent medical help if',
    },
  },
  embeds: {
    /** The iframe's title, which names the card for screen readers. */
    frameTitle: (title: string) => `${title}: summary card`,
    /** The card's safety line, by kind. */
    safety: {
      types: 'Not for everyone: check who should avoid it or ask a doctor first.',
      techniques: 'Some people should avoid it: read the safety notes.',
      conditions: 'Some symptoms need a doctor before any massage: see the warning signs.',
    },
  },
  /** The share cards of the landing pages and the A to Z indexes. */
  share: {
    home: 'Find the right massage for what hurts',
    compareLabel: 'Compare',
    compare: 'Compare massage types',
    decideLabel: 'Decision guide',
    forClinics: (siteName: string) => `Linking to the ${siteName}`,
    indexLabel: 'A to Z',
    /** `kind` is the kind's singular name ("Massage type"), lower-cased mid-sentence. */
    index: (kind: string) => `Every ${kind.toLowerCase()} in the guide, from A to Z.`,
  },
  /** The page for clinics: what each example address is, and the words of the example links. */
  guide: {
    patterns: {
      type: 'A massage type',
      condition: 'A condition',
      technique: 'A technique',
      region: 'A body area',
      section: 'A section of a page',
      search: 'A search',
      code: 'An ICD-10-CM code',
      handout: 'A patient handout',
      embed: 'An embeddable card',
    },
    /** The example search, as a reader would type it. */
    exampleSearch: 'knots in my shoulder',
    exampleTitle: 'Medical massage',
    linkText: (title: string) => `${title}: what it is and who it suits`,
    sectionLinkText: 'Is massage safe with sciatica?',
  },
  snippets: {
    searchLabel: (siteName: string) => `Search the ${siteName}`,
    searchButton: 'Search',
    /** The credit line; the links are HTML the snippet has made. */
    attribution: (page: string, siteName: string, licence: string) => `From ${page}, ${siteName}, licensed under ${licence}.`,
  },
  feed: {
    title: (siteName: string) => `${siteName}: new and updated articles`,
  },
};
