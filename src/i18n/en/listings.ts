/** The pages that list articles: each kind's index, with its introduction. */
export const listings = {
  /** "Massage types A to Z": an index's title, from the kind's plural name. */
  aToZ: (kinds: string) => `${kinds} A to Z`,
  intros: {
    types: 'Every massage type we cover, from relaxing Swedish massage to medical massage for a diagnosed problem.',
    techniques: 'The hand movements and methods therapists use, and which massage types use them.',
    conditions: 'Symptoms and conditions people seek massage for, what the evidence says, and when to see a doctor instead.',
    regions: 'Start from where it hurts: each body area lists its common problems and the massage types that focus on it.',
    guides: 'Practical guides: choosing a massage, safety, costs, finding a therapist and what to expect.',
  },
};
