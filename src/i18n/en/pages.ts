/**
 * The English words the routes themselves write (src/pages/): headings,
 * titles, descriptions and the sentences between the views' data. Sentences
 * with links use the `[words](name)` form of src/i18n/rich.ts.
 */
import { countWords } from '../plural.ts';
import { lang, number } from './numbers.ts';
import { forClinics } from './clinics-pages.ts';

export const pages = {
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for is not here. Search the site or browse the A to Z lists.',
    heading: 'We cannot find that page',
    intro: 'The link may be mistyped, or the page may have moved. Try a search, or browse one of the lists below.',
    browse: 'Browse',
  },
  about: {
    title: 'About this site',
    contactHeading: 'How do I contact you?',
    /** The report link's own words, quoted so the reader can find it on an article. */
    contact: (reportLink: string) => `To report a mistake or ask a question, [contact us](contact). Every article also has a "${reportLink}" link that says which page you mean.`,
    noContact:
      'This copy of the site has no contact address set up yet. Whoever publishes it sets one when building it (CONTACT_URL in docs/deploying.md), and then this page and every article link to it.',
    publisherHeading: 'Who publishes it?',
    publisher: (site: string, publisher: string) =>
      `${site} is published by ${publisher}. The site names no individual author or qualification, so judge each article by the sources it cites, which are listed at its foot.`,
    reviewHeading: 'How are articles reviewed?',
    review: (months: number) =>
      `Each article is checked against its sources and shows the date it was last reviewed. It is due for review within ${number(months)} months of that date, and sooner when we correct an error. Evidence grades are computed from the research findings we record, by a fixed rule. The [editorial policy](policy) explains how we write, grade and review.`,
    fundingHeading: 'How is it funded?',
    funding: 'We do not accept advertising or payment for what we write, and we do not promote any brand, clinic or product. The site has no tracking and no advertising.',
    address: (url: string) => `Address of this page: ${url}`,
  },
  home: {
    title: (site: string) => `${site}: massage types, techniques and conditions explained`,
    heading: 'Find the right massage, safely',
    searchLabel: 'Search by symptom, question or massage type',
    examples: 'Try “knots in my shoulder”, “sciatica” or “deep tissue vs Swedish”.',
    where: 'Where does it hurt?',
    notSure: 'Not sure what you need?',
    notSureHelp:
      'Answer a few short questions in [our massage chooser](chooser), read [which massage is right for me](choosing), or read [is massage safe for me](safety) first if you have a health condition, are pregnant or take blood thinners.',
  },
  search: {
    description: 'Search the massage therapy guide by symptom, question, massage type or technique.',
    kind: 'Kind',
    allKinds: 'All kinds',
    region: 'Body area',
    allRegions: 'All body areas',
    more: 'Show more results',
    noScript: 'Search needs JavaScript. You can still browse every article from the A to Z lists below.',
    browse: 'Browse instead',
  },
  kindIndex: { letters: 'Letters' },
  codes: {
    title: (code: string) => `ICD-10-CM ${code}`,
    description: (code: string) => `Conditions on this site under the ICD-10-CM code ${code}.`,
    heading: (code: string) => `Conditions under ICD-10-CM ${code}`,
    intro: 'This code covers more than one of our articles. Choose the one that fits best.',
  },
  type: {
    related: 'Compare with related types',
  },
  condition: {
    affects: 'Affects',
    readAboutAreas: 'Read about each area:',
    related: 'Related conditions',
  },
  region: {
    common: (area: string) => `Common problems in the ${area}`,
    urgentHelp: 'when to get urgent help',
    urgentHelpWith: (condition: string) => ` with ${condition}`,
    commonNote: 'Each page says what may cause it and which warning signs need a doctor, not a massage.',
    conditions: (area: string) => `Conditions that affect the ${area}`,
    evidence: (area: string) => `What the research says for the ${area}`,
    evidenceNote:
      "Grades for each condition here, best first. Most rest on studies of massage in general, not the style by name; each condition's page lists what every study found.",
    types: (area: string) => `Massage types that work on the ${area}`,
    typesNote: 'Therapists of these types often work here. Those with research for a problem in this area come first; being listed is not a recommendation.',
  },
  technique: {
    usedInNone: 'No massage type on this site lists it as a main technique.',
    related: 'Related techniques',
  },
  compare: {
    title: 'Compare massage types',
    summary: countWords(lang, {
      one: (n) => `${n} massage type. Every cell comes from the same data as the articles. Choose the types you want to see side by side; each type page links to full comparisons with its related types.`,
      other: (n) =>
        `All ${n} massage types side by side. Every cell comes from the same data as the articles. Choose the types you want to see side by side; each type page links to full comparisons with its related types.`,
    }),
    popular: 'Popular comparisons',
    allAttributes: 'All types by all attributes',
    pickerLegend: 'Show only these types (choose 2 to 4)',
    pickerHint: 'Your choice is kept in the address, so you can share or bookmark it.',
    pickerSubmit: 'Show side by side',
    attributesCaption: 'Massage types compared',
    evidenceHeading: 'Evidence: which types may help which conditions',
    evidenceNote:
      'Each cell shows the grade of the evidence that a type helps a condition, computed from what the research found; an empty cell means the type makes no claim for it. A grade marked "by name" rests on a study of that style; the others rest on studies of massage in general, which count with one level less certainty for a style they did not test. Follow a grade for what the research found, in one sentence per comparison, null results included.',
    evidenceCaption: 'Evidence grades by condition and massage type',
    byName: ' by name',
    techniquesHeading: 'Techniques each type uses',
    techniquesCaption: 'Techniques by massage type',
    uses: 'Yes',
  },
  pair: {
    kind: 'Comparison',
    evidence: 'What the research says',
    differences: 'The main differences',
    sideBySide: 'Side by side',
    evidenceNote:
      'Grades follow from the research on [a fixed rule](rule). Studies of massage in general count for both types, so the grades often rest on the same studies.',
    choose: 'Which should I choose?',
    chooseNote: "What each type's providers say it suits: their view, not graded. Where they name a condition we grade, the research's grade is beside it.",
    research: (grades: string[]) => ` Research: ${grades.join('; ')}.`,
    readMore: 'Read more:',
    readMoreGuides: '[which massage is right for me](choosing) · [safety](safety).',
  },
  decide: {
    crumb: 'Find a massage that may suit you',
    mayBe: 'What it may be',
    mayBeNote: 'Read about each, with when to get help:',
    best: 'Massage types with the best evidence',
    safety: 'Safety:',
    whoShouldAvoid: (type: string) => `Who should avoid ${type}, and when`,
    withDiagnosis: 'With an injury or diagnosis, agree the plan with your doctor or physical therapist, and tell the massage therapist about it before you start.',
    disclaimer:
      'These suggestions come from the evidence grades and details on each article. They are not a diagnosis. If you have a health condition or take blood thinners, read [Is massage safe for me?](safety) first. For more on choosing, see the guide [Which massage is right for me?](choosing)',
  },
  handout: {
    title: (title: string) => `${title}: patient handout`,
    intro: "A one-page summary to print and give to patients: use your browser's Print command. The [full article](article) has more detail and the sources.",
    kind: (kind: string) => `${kind} · patient handout`,
    scan: 'Scan for the full article',
    disclaimer: 'Massage does not replace medical care. Ask your doctor or therapist about your own situation.',
    fullArticle: 'Full article:',
    lastReviewed: 'last reviewed',
    evidenceAsOf: 'evidence as of',
  },
  embed: {
    title: (title: string) => `${title}: summary card`,
    from: 'From',
    reviewed: 'reviewed',
    evidenceAsOf: 'evidence as of',
  },
  forClinics,
};
