/** Los niveles de la escala de presión en español, por los ids del modelo, y un rango de ellos: "De suave a firme". */
import type { Strings } from '../en.ts';

export const pressure: Strings['pressure'] = {
  levels: {
    'very-light': 'Muy suave',
    light: 'Suave',
    medium: 'Media',
    firm: 'Firme',
    deep: 'Profunda',
  },
  range: (from: string, to: string) => `De ${from.toLowerCase()} a ${to.toLowerCase()}`,
};
