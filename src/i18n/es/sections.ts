/**
 * La línea de cada sección de datos en la lista "En esta página" de un
 * artículo, en español, por clase y id de sección (los ids no cambian).
 */
import type { Strings } from '../en.ts';

const faq = 'Preguntas frecuentes';
const sources = 'Fuentes';
const evidence = 'Lo que dice la investigación';

export const sections: Strings['sections'] = {
  types: {
    'at-a-glance': 'De un vistazo',
    evidence,
    'techniques-used': 'Técnicas que usa',
    choose: '¿Es adecuado para mí?',
    safety: '¿Es seguro para mí?',
    cost: 'Duración y costo de la sesión',
    faq,
    sources,
  },
  conditions: { evidence, safety: '¿Es seguro el masaje para mí?', faq, sources },
  techniques: { 'used-in': 'Tipos de masaje que la usan', safety: 'Seguridad', faq, sources },
  regions: {
    'common-problems': 'Problemas comunes y señales de alarma',
    conditions: 'Afecciones',
    evidence,
    types: 'Tipos de masaje',
    faq,
    sources,
  },
  guides: { faq, sources },
};
