/**
 * The decision guide ("Find a massage that may suit you"): its questions, the
 * words of each answer, and the reasons it gives. Keyed by the answer ids the
 * guide's addresses are made of, so a translation changes no URL.
 */
export const decision = {
  title: 'Find a massage that may suit you',
  resultsTitle: 'Massage types that may suit you',
  questions: {
    pregnant: { text: 'Are you pregnant?', hint: 'Pregnancy changes which massage is safe and how you lie during it.' },
    diagnosis: {
      text: 'Do you have an injury or a diagnosed condition you want help with?',
      hint: 'For example, recovery after a car accident or surgery, sciatica, or lymphedema.',
    },
    prescribed: {
      text: 'Has a doctor, physical therapist or chiropractor recommended massage?',
      hint: 'A referral or prescription can matter for insurance and for the kind of therapist you need.',
    },
    goal: { text: 'What do you most want from it?', hint: 'Choose the one that matters most today.' },
    pressure: { text: 'What pressure do you prefer?', hint: 'You can always ask the therapist to change it during the session.' },
    region: { text: 'Where does it hurt most?', hint: 'Choose the area that bothers you most.' },
    started: { text: 'When did it start?', hint: 'A new injury and pain that has lasted for months call for different care.' },
  },
  yesNo: { yes: 'Yes', no: 'No' },
  goals: {
    relaxation: 'Relax and ease stress',
    recovery: 'Recover from sport or exercise',
    pain: 'Ease pain or stiffness',
    swelling: 'Reduce swelling',
  },
  pressure: { light: 'Light', medium: 'Medium', firm: 'Firm' },
  started: {
    new: 'In the last few days (a new injury)',
    weeks: 'A few weeks ago',
    months: 'Three months ago or longer',
  },
  /** What the answer to "When did it start?" adds to the results. */
  startedAdvice: {
    // The safety guide's advice on a new injury, in its words: the first days call for rest, not massage on it.
    new: 'If it started with a fall, an accident or a collision, or the pain is severe, see a doctor before any massage. In the first 48 to 72 hours, a fresh injury is often swollen and warm, and massage directly on it can make things worse. Rest and protect it first.',
    weeks: 'Pain that is not easing after a few weeks is worth checking with a doctor or physical therapist. They can tell you whether massage fits alongside other care.',
    months:
      'Pain that has lasted three months or longer is called chronic pain. A doctor or physical therapist can help you plan care that combines several approaches, such as exercise, with massage as one part.',
  },
  reasons: {
    pregnancy: 'Adapted for pregnancy, with safe positions and pressure; check with your pregnancy care provider first.',
    /** "Limited evidence for low back pain." */
    grade: (grade: string, condition: string) => `${grade} for ${condition}.`,
    /** The pressure as a sentence names it: the answer's id in English. */
    pressureFits: (pressure: 'light' | 'medium' | 'firm') => `Offers the ${pressure} pressure you prefer.`,
    pressureOff: 'Usually firmer or lighter than you prefer: ask the therapist to adjust.',
    clinical: 'Often part of a treatment plan for an injury or diagnosis.',
  },
  compare: (a: string, b: string) => `Compare ${a} and ${b} side by side`,
};
