/**
 * Lo que las clínicas imprimen, insertan, pegan y siguen, en español: las
 * secciones de las hojas informativas, las tarjetas, las tarjetas para
 * compartir, los ejemplos de la página para clínicas y el canal RSS.
 */
import type { Strings } from '../en.ts';

export const clinics: Strings['clinics'] = {
  handouts: {
    more: (n: number) => `Y ${n} más en la página completa.`,
    evidence: (title: string, grade: string, byName: boolean) => `${title}: ${grade}${byName ? ' (probado por su nombre)' : ''}`,
    types: {
      suits: 'Puede ser adecuado para usted si',
      evidence: 'Lo que dice la investigación',
      askFirst: 'No lo reciba, o consulte primero a un médico, si',
      redFlags: 'Busque ayuda médica urgente si',
    },
    conditions: {
      evidence: 'Tipos de masaje y lo que dice la investigación',
      askFirst: 'Consulte a un médico antes de recibir un masaje si',
      redFlags: 'Busque ayuda médica urgente si',
    },
  },
  embeds: {
    frameTitle: (title: string) => `${title}: tarjeta de resumen`,
    safety: {
      types: 'No es para todos: vea quién debe evitarlo o consulte primero a un médico.',
      techniques: 'Algunas personas deben evitarla: lea las notas de seguridad.',
      conditions: 'Algunos síntomas necesitan un médico antes de cualquier masaje: vea las señales de alarma.',
    },
  },
  share: {
    home: 'Encuentre el masaje adecuado para lo que le duele',
    compareLabel: 'Comparar',
    compare: 'Comparar tipos de masaje',
    decideLabel: 'Guía para decidir',
    forClinics: (siteName: string) => `Cómo enlazar a la ${siteName}`,
    indexLabel: 'De la A a la Z',
    // El nombre singular de la clase ("Tipo de masaje") en minúsculas a mitad de oración; "cada" no cambia con el género.
    index: (kind: string) => `Cada ${kind.toLowerCase()} de la guía, de la A a la Z.`,
  },
  guide: {
    patterns: {
      type: 'Un tipo de masaje',
      condition: 'Una afección',
      technique: 'Una técnica',
      region: 'Una zona del cuerpo',
      section: 'Una sección de una página',
      search: 'Una búsqueda',
      code: 'Un código de la CIE-10-MC (ICD-10-CM)',
      handout: 'Una hoja informativa para pacientes',
      embed: 'Una tarjeta para insertar',
    },
    exampleSearch: 'nudos en el hombro',
    exampleTitle: 'Masaje médico',
    linkText: (title: string) => `${title}: qué es y para quién es adecuado`,
    sectionLinkText: '¿Es seguro el masaje si tengo ciática?',
  },
  snippets: {
    searchLabel: (siteName: string) => `Buscar en la ${siteName}`,
    searchButton: 'Buscar',
    attribution: (page: string, siteName: string, licence: string) => `De ${page}, ${siteName}, con licencia ${licence}.`,
  },
  feed: {
    title: (siteName: string) => `${siteName}: artículos nuevos y actualizados`,
  },
};
