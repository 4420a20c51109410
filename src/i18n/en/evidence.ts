/**
 * The words of the evidence grades: each grade's name, what it means and how a
 * claim at it is worded (the editorial policy's table), and certainty as a
 * one-line finding says it. Keyed by the model's grade and certainty ids.
 */
export const evidence = {
  grades: {
    strong: {
      label: 'Strong evidence',
      meaning: 'The most certain research finds a benefit, with high certainty.',
      wording: '"is shown to help"',
    },
    moderate: {
      label: 'Moderate evidence',
      meaning: 'The most certain research finds a benefit, with moderate certainty: it probably helps, though the trials may be small or short.',
      wording: '"probably helps"',
    },
    limited: {
      label: 'Limited evidence',
      meaning: 'The most certain research finds a benefit, with low certainty: it may help, and further research may change that.',
      wording: '"may help"',
    },
    insufficient: {
      label: 'Not enough evidence',
      meaning: 'No research we could find shows a benefit with more than very low certainty: there is none, it is unclear, or it studied massage in general and not this style.',
      wording: '"we are very uncertain whether it helps" or "we do not know whether it helps"',
    },
    traditional: {
      label: 'Traditional use only',
      meaning: 'Used for this by practitioners or tradition, without research to test it.',
      wording: '"is traditionally used for"',
    },
    'no-benefit-shown': {
      label: 'No benefit shown',
      meaning:
        'The most certain research found that massage made little or no difference compared with a sham treatment, no treatment or usual care, and no equally certain research found a benefit.',
      wording: '"probably makes little or no difference" (moderate certainty) or "may make little or no difference" (low certainty)',
    },
  },
  /** Certainty in the words of a one-line finding: "low-certainty evidence". */
  certainty: {
    high: 'high-certainty evidence',
    moderate: 'moderate-certainty evidence',
    low: 'low-certainty evidence',
    'very-low': 'very low-certainty evidence',
    'not-graded': 'certainty not stated',
  },
};
