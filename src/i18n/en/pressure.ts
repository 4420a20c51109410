/** The pressure scale's levels, by the model's ids, and a range of them: "Light to firm". */
export const pressure = {
  levels: {
    'very-light': 'Very light',
    light: 'Light',
    medium: 'Medium',
    firm: 'Firm',
    deep: 'Deep',
  },
  range: (from: string, to: string) => `${from} to ${to.toLowerCase()}`,
};
