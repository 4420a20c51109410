/**
 * Comparing massage types: the table's rows and cells, the pair pages'
 * titles and the summary of how two types differ. Keyed by the attribute and
 * prescription ids of src/lib/views/comparisons.ts.
 */
export const compare = {
  attributes: {
    purpose: 'Purpose',
    pressure: 'Pressure',
    focus: 'Focus areas',
    techniques: 'Techniques',
    prescription: 'Prescription or referral',
    supervision: 'Supervision',
    goal: 'Goal',
    helps: 'May help with',
    sessions: 'Session length',
    afterEffects: 'After a session',
    frequency: 'How often',
    insurance: 'Insurance',
  },
  /** A type's prescription as a table cell. */
  prescription: {
    required: 'Required',
    usual: 'Usually prescribed or recommended by a provider',
    'not-needed': 'Not needed: book directly',
  },
  /** A type's prescription in a sentence that opens with its title. */
  prescriptionPhrases: {
    required: 'needs a prescription or referral',
    usual: 'is usually prescribed or recommended by a provider',
    'not-needed': 'can be booked directly',
  },
  /** Each row as the difference summary names it. */
  summaryNouns: {
    pressure: 'pressure',
    prescription: 'the need for a referral',
    purpose: 'purpose',
    helps: 'what the research supports',
    focus: 'focus areas',
    goal: 'goal',
    sessions: 'session length',
    insurance: 'insurance',
  },
  noneListed: 'None listed',
  noneShown: 'None shown with more than very low certainty',
  /** "Low back pain (moderate evidence)": a condition in the "May help with" cell. */
  helps: (condition: string, grade: string) => `${condition} (${grade})`,
  minutes: (list: string) => `${list} minutes`,
  /** A reason to choose a type, with the grade of the condition it names: "limited evidence for sciatica". */
  gradedFor: (grade: string, condition: string) => `${grade} for ${condition}`,
  /** Type names as their titles write them ("Swedish massage"), never lower-cased: some are proper names. */
  pairTitle: (a: string, b: string) => `${a} vs ${b}`,
  chooseHeading: (title: string) => `Choose ${title} if:`,
  /** A generated pair page's summary; `b` is written as a sentence writes it: "Deep tissue massage and medical massage". */
  pairSummary: (a: string, b: string) => `${a} and ${b} side by side: how they differ in purpose, pressure, focus, evidence and cost.`,
  pairCaption: (a: string, b: string) => `${a} and ${b} compared`,
  /**
   * What the compare page's type picker says. Its script runs in the browser,
   * so these travel as JSON in the page: templates with {named} places and
   * plural forms, never functions.
   */
  picker: {
    showing: { one: 'Showing {count} type in each table.', other: 'Showing {count} types in each table.' },
    tooFew: 'Choose at least {min} types to compare.',
    tooMany: 'Choose at most {max} types, so the table stays readable.',
  },
  summary: {
    alike: 'On paper they are much alike: the table below shows every detail',
    differMost: (nouns: string) => `They differ most in ${nouns}`,
    /** The pressures as the table's cells write them ("Firm to deep"), lower-cased mid-sentence. */
    firmer: (firmer: string, firmerPressure: string, lighterPressure: string) =>
      `${firmer} is the firmer of the two (${firmerPressure.toLowerCase()}, against ${lighterPressure.toLowerCase()})`,
    prescription: (title: string, phrase: string) => `${title} ${phrase}`,
    tableBelow: 'The table below shows every detail',
  },
};
