/**
 * The English words of the parts pages are built from (src/components/,
 * src/layouts/, src/content-components/). Sentences with links use the
 * `[words](name)` form of src/i18n/rich.ts; counts go through `countWords`.
 */
import { countWords } from '../plural.ts';
import { lang, number } from './numbers.ts';

const generalFindings = countWords(lang, { one: () => 'One finding', other: (n) => `${n} findings` });

export const components = {
  breadcrumbs: { label: 'Breadcrumb', home: 'Home' },
  tableOfContents: { heading: 'On this page' },
  articleHeader: {
    alsoCalled: (names: string[]) => `Also called: ${names.join(', ')}`,
    lastReviewed: 'Last reviewed:',
  },
  articleLayout: {
    printHandout: 'Print a one-page patient handout',
    qrAlt: 'QR code that opens this page',
    online: (url: string) => `This article online: ${url}`,
  },
  baseLayout: {
    /** A page's <title>: its own, then the site's (the home page has the site's name in its own). */
    pageTitle: (title: string, site: string) => `${title} | ${site}`,
    feedTitle: 'New and updated articles',
    /** Read before each heading's name by the "link to this section" controls. */
    sectionLinkPrefix: 'Link to section:',
  },
  redirect: {
    title: 'This page has moved',
    /** Around the new address, which is the link's text. */
    movedTo: { before: 'This page has moved to ', after: '.' },
  },
  reviewDates: { lastReviewed: 'Page last reviewed:', nextDue: 'Next review due:' },
  reportProblem: { link: 'Report a problem with this page' },
  sources: { heading: 'Sources', link: 'source' },
  faq: { heading: 'Questions people ask' },
  urgentHelp: {
    lead: 'When to get urgent help:',
    signs: countWords(lang, {
      one: (n) => `${n} warning sign that needs a doctor, not a massage`,
      other: (n) => `${n} warning signs that need a doctor, not a massage`,
    }),
  },
  atAGlance: {
    heading: 'At a glance',
    purpose: 'Purpose',
    safety: 'Safety',
    moreCautions: countWords(lang, {
      one: (n) => `${n} more caution or warning sign`,
      other: (n) => `${n} more cautions and warning signs`,
    }),
    pressure: 'Pressure',
    focus: 'Focus',
    prescription: 'Prescription or referral',
    sessionLength: 'Session length',
    /** The session lengths, already listed in words ("60, 75 or 90"). */
    minutes: (list: string) => `${list} minutes`,
    afterwards: 'Afterwards',
    howOften: 'How often',
    worksOn: 'Works on',
  },
  bodyMap: {
    wholeBody: 'the whole body',
    label: (names: string) => `Body map highlighting ${names}`,
    caption: (caption: string, names: string) => `${caption}: ${names}.`,
  },
  choose: {
    heading: (type: string) => `Is ${type} right for me?`,
    suits: 'It may suit you if:',
    notIdeal: 'It may not be the best choice if:',
    stillUnsure: 'Still unsure? Answer a few short questions in [our massage chooser](chooser), or read [which massage is right for me](choosing).',
  },
  safetyBox: {
    heading: 'Is it safe for me?',
    askFirst: 'Do not have it, or ask a doctor first, if:',
    redFlags: 'Get urgent medical help if:',
    emergency: 'Call 911 or your local emergency number for chest pain, sudden breathlessness or sudden weakness. These need a doctor, not a massage.',
    more: 'More in our [safety guide](safety).',
  },
  comparisonTable: {
    swipe: 'Swipe the table sideways to see every column.',
    attribute: 'Attribute',
    differs: ' (differs)',
  },
  priceTable: {
    heading: 'How long is a session and what does it cost?',
    sessionsLast: (list: string) => `Sessions usually last ${list} minutes.`,
    label: 'Published prices',
    caption: (date: string, currency: string) => `Prices published by one provider on ${date} (${currency})`,
    session: 'Session',
    price: 'Price',
    minutes: countWords(lang, { one: (n) => `${n} minute`, other: (n) => `${n} minutes` }),
    source: 'Source:',
    caveat: ". These are one provider's prices, not a guide to what you will pay: prices vary widely by country, region, provider and setting.",
    seeCosts: 'See [how much massage costs](costs).',
  },
  evidence: {
    howWeGrade: 'how we grade evidence',
    whatEachStudyFound: 'What each study found',
    /** What every research finding line says after its text. */
    studied: 'Studied:',
  },
  evidenceClaims: {
    lastChanged: 'Evidence last changed:',
    changedOn: 'Changed on',
    /** "for low back pain (was limited evidence)": the claims whose grade changed, and what it was. */
    changedFor: (claims: string) => ` for ${claims}: `,
    /** A former grade the changed claims share, said once; "both" is English's own word for two. */
    sharedFormer: (count: number, grade: string) => `(${count === 1 ? 'was' : count === 2 ? 'both were' : 'all were'} ${grade})`,
    former: (grade: string) => ` (was ${grade})`,
    indirect: ' Indirect: studies of massage in general; this style was not tested by name.',
    lowered: (from: string, why: string) => `Lowered from ${from}: ${why}`,
    byName: 'Studies of this style by name:',
  },
  conditionEvidence: {
    checked: 'Evidence last checked:',
    notSearched: 'We have not yet searched for research on this condition ourselves.',
    gradesChanged: 'Grades last changed:',
    statementsLead: 'What research on massage in general found, by what it was compared with:',
    rowsLead: (condition: string) =>
      `Massage types for ${condition}, by grade. Unless marked, a grade rests on studies of massage in general, which count with one level less certainty for a style they did not test by name.`,
    testedByName: ' (tested by name)',
    lowered: (why: string) => ` (lowered: ${why})`,
    researchLead: (condition: string) => `What the research found about massage for ${condition}, the most certain first:`,
    noResearch: (condition: string) => `We found no research on massage for ${condition}, so no type has more than "not enough evidence" here.`,
    howGradesFollow: 'How grades follow from the research: [how we grade evidence](grading) and [our methods](methods).',
  },
  pairEvidence: {
    noClaim: 'makes no claim',
    forBoth: 'For both: ',
    /** Before what research found for one of the two types. */
    forOne: (type: string) => `${type}: `,
    byName: (name: string) => `(${name} by name)`,
    /** "3 findings on massage in general (1 found no difference) count for both:" */
    general: (count: number, nulls: number, who: string) =>
      `${generalFindings(count)} on massage in general${nulls > 0 ? ` (${number(nulls)} found no difference)` : ''} count for ${who}: `,
    both: 'both',
    whatEachStudyFound: 'what each study found',
    untested: 'No research we could find has tested this.',
  },
  regionEvidence: {
    whatResearchFound: 'what the research found',
    /** A type's link, named in full for a screen reader: "Swedish massage: limited evidence for neck pain". */
    claimLabel: (type: string, grade: string, condition: string) => `${type}: ${grade} for ${condition}`,
  },
  yourAnswers: {
    heading: 'Your answers',
    change: 'change',
    changeWhich: (question: string) => ` answer to “${question}”`,
  },
  gradeTable: {
    label: 'Evidence grades',
    caption: 'Our evidence grades, strongest first',
    grade: 'Grade',
    meaning: 'What it means',
    wording: 'How we word a claim',
  },
  gradeRule: {
    levels: { high: 'High', moderate: 'Moderate', low: 'Low', 'very-low': 'Very low' },
    label: 'The grade each level of certainty gives',
    caption: (version: number) => `The grade the deciding evidence gives (rule version ${number(version)})`,
    certainty: 'Certainty of the deciding evidence',
    benefit: 'It found a benefit',
    noDifference: 'It found little or no difference',
  },
  glossary: {
    readMore: (term: string) => `Read more about ${term.toLowerCase()}`,
  },
};
