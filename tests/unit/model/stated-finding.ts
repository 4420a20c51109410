import type { StatedFinding } from '../../../src/lib/model/grade-statements.ts';

/** A direct, low-certainty finding of a benefit against an inactive control, with what a test changes. */
export const statedFinding = (over: Partial<StatedFinding>): StatedFinding => ({
  id: 'f',
  source: 'review',
  result: 'benefit',
  certainty: 'low',
  comparison: 'inactive',
  primary: true,
  direct: true,
  studied: 'massage',
  closestTypes: [],
  outcome: 'pain',
  ...over,
});
