/**
 * Whether a massage type needs a prescription or referral: the values a type's
 * frontmatter may write (`prescription:`), listed once for the schema, the
 * comparison table's labels and sentences, and the decision guide.
 */
export const PRESCRIPTIONS = ['required', 'usual', 'not-needed'] as const;
export type Prescription = (typeof PRESCRIPTIONS)[number];
