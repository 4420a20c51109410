/**
 * What the site says about itself: its description, the landing pages'
 * descriptions (the pages and their share cards), who publishes it, and the
 * words of the "report a problem" link and the preview build's note.
 */
export const site = {
  description: 'Plain-English, sourced articles on massage types, techniques and the conditions massage may help, with safety advice for each.',
  /** Descriptions of the landing pages, shared by the pages and their share cards. */
  pages: {
    compare: 'Every massage type side by side: purpose, pressure, focus, prescription, evidence, session length and cost notes, generated from our articles.',
    decide: 'Answer a few short questions to find massage types that suit your situation, with the reasons and the safety points to check.',
    about: 'Who publishes this site, how its articles are reviewed and funded, and how to report a problem.',
    forClinics: 'How clinics can link to our pages and sections, embed summary cards, print patient handouts and look pages up by diagnosis code.',
  },
  /**
   * Who publishes the site. No person, credential or organisation is named,
   * because none has been given: the about page says what is true of every copy.
   */
  publisher: 'the Massage Therapy Guide editorial team',
  /** The subject and body of a report about one page (an email, or a new issue's title and body). */
  report: {
    subject: (title: string) => `Problem with the page "${title}"`,
    body: (url: string) => `Page: ${url}\n\nWhat is wrong, and a source that shows it if you have one:\n`,
  },
  previewAddressNote:
    'Preview copy: the addresses on this page are paths on this copy, not full public addresses, so a printed QR code or a pasted snippet will not open the site. Build with SITE_URL set to the public address before printing or sharing.',
};
