/**
 * Las palabras en español de las partes con que se hacen las páginas
 * (src/components/, src/layouts/, src/content-components/). Mismas claves y
 * mismos nombres de enlace `[palabras](nombre)` que la tabla inglesa.
 */
import type { Strings } from '../en.ts';
import { countWords, plural } from '../plural.ts';
import { capital, lang, number } from './lang.ts';

const generalFindings = /* @__PURE__ */ countWords(lang, { one: () => 'Un resultado', other: (n) => `${n} resultados` });

export const components: Strings['components'] = {
  breadcrumbs: { label: 'Ruta de navegación', home: 'Inicio' },
  tableOfContents: { heading: 'En esta página' },
  articleHeader: {
    alsoCalled: (names: string[]) => `También se llama: ${names.join(', ')}`,
    // Las palabras de los artículos en español (política editorial: una fecha de "Última revisión").
    lastReviewed: 'Última revisión:',
  },
  articleLayout: {
    printHandout: 'Imprimir una hoja informativa de una página para pacientes',
    qrAlt: 'Código QR que abre esta página',
    online: (url: string) => `Este artículo en internet: ${url}`,
  },
  baseLayout: {
    pageTitle: (title: string, site: string) => `${title} | ${site}`,
    feedTitle: 'Artículos nuevos y actualizados',
    sectionLinkPrefix: 'Enlace a la sección:',
  },
  redirect: {
    title: 'Esta página cambió de dirección',
    movedTo: { before: 'Esta página ahora está en ', after: '.' },
  },
  reviewDates: { lastReviewed: 'Última revisión de la página:', nextDue: 'Próxima revisión prevista:' },
  reportProblem: { link: 'Informar un problema con esta página' },
  sources: { heading: 'Fuentes', link: 'fuente' },
  faq: { heading: 'Preguntas frecuentes' },
  urgentHelp: {
    lead: 'Cuándo buscar ayuda médica urgente:',
    signs: /* @__PURE__ */ countWords(lang, {
      one: (n) => `${n} señal de alarma que necesita un médico, no un masaje`,
      other: (n) => `${n} señales de alarma que necesitan un médico, no un masaje`,
    }),
  },
  atAGlance: {
    heading: 'De un vistazo',
    purpose: 'Propósito',
    safety: 'Seguridad',
    moreCautions: /* @__PURE__ */ countWords(lang, {
      one: (n) => `${n} precaución o señal de alarma más`,
      other: (n) => `${n} precauciones y señales de alarma más`,
    }),
    pressure: 'Presión',
    focus: 'Zonas que trabaja',
    prescription: 'Receta o remisión',
    sessionLength: 'Duración de la sesión',
    minutes: (list: string) => `${list} minutos`,
    afterwards: 'Después',
    howOften: 'Con qué frecuencia',
    worksOn: 'Trabaja en',
  },
  bodyMap: {
    wholeBody: 'todo el cuerpo',
    label: (names: string) => `Mapa del cuerpo que resalta: ${names}`,
    caption: (caption: string, names: string) => `${caption}: ${names}.`,
  },
  choose: {
    // La tabla no sabe el género del tipo (masaje, terapia), así que la pregunta no lleva artículo ni adjetivo.
    heading: (type: string) => `${capital(type)}: ¿es para mí?`,
    suits: 'Puede ser adecuado para usted si:',
    notIdeal: 'Puede no ser la mejor opción si:',
    stillUnsure: '¿Todavía tiene dudas? Responda unas preguntas cortas en [nuestra guía para elegir un masaje](chooser), o lea [qué masaje es adecuado para mí](choosing).',
  },
  safetyBox: {
    heading: '¿Es seguro para mí?',
    askFirst: 'No lo reciba, o consulte primero a un médico, si:',
    redFlags: 'Busque ayuda médica urgente si:',
    emergency: 'Llame al 911 o al número de emergencias local si tiene dolor en el pecho, falta de aire repentina o debilidad repentina. Estos problemas necesitan un médico, no un masaje.',
    more: 'Más información en nuestra [guía de seguridad](safety).',
  },
  comparisonTable: {
    swipe: 'Deslice la tabla hacia los lados para ver todas las columnas.',
    attribute: 'Característica',
    differs: ' (es diferente)',
  },
  priceTable: {
    heading: '¿Cuánto dura una sesión y cuánto cuesta?',
    sessionsLast: (list: string) => `Las sesiones suelen durar ${list} minutos.`,
    label: 'Precios publicados',
    caption: (date: string, currency: string) => `Precios publicados por un proveedor el ${date} (${currency})`,
    session: 'Sesión',
    price: 'Precio',
    minutes: /* @__PURE__ */ countWords(lang, { one: (n) => `${n} minuto`, other: (n) => `${n} minutos` }),
    source: 'Fuente:',
    caveat: '. Estos son los precios de un solo proveedor, no una guía de lo que usted pagará: los precios varían mucho según el país, la región, el proveedor y el lugar.',
    seeCosts: 'Vea [cuánto cuesta un masaje](costs).',
  },
  evidence: {
    howWeGrade: 'cómo calificamos la evidencia',
    whatEachStudyFound: 'Lo que encontró cada estudio',
    studied: 'Qué se estudió:',
  },
  evidenceClaims: {
    lastChanged: 'Último cambio en la evidencia:',
    changedOn: 'Cambió el',
    changedFor: (claims: string) => ` para ${claims}: `,
    // Una calificación anterior que comparten las afirmaciones que cambiaron, dicha una vez (uno, dos, varios).
    sharedFormer: (count: number, grade: string) => `(antes${count === 1 ? '' : count === 2 ? ', las dos' : ', todas'}: ${grade})`,
    former: (grade: string) => ` (antes: ${grade})`,
    indirect: ' Indirecta: estudios del masaje en general; este estilo no se probó por su nombre.',
    lowered: (from: string, why: string) => `Bajó de ${from}: ${why}`,
    byName: 'Estudios de este estilo por su nombre:',
  },
  conditionEvidence: {
    checked: 'Última revisión de la evidencia:',
    notSearched: 'Todavía no hemos buscado nosotros mismos investigaciones sobre este problema.',
    gradesChanged: 'Último cambio en las calificaciones:',
    statementsLead: 'Lo que encontró la investigación sobre el masaje en general, según con qué se comparó:',
    rowsLead: (condition: string) =>
      `Tipos de masaje para ${condition}, por calificación. Si no se indica otra cosa, una calificación se basa en estudios del masaje en general, que cuentan con un nivel menos de certeza para un estilo que no probaron por su nombre.`,
    testedByName: ' (probado por su nombre)',
    lowered: (why: string) => ` (rebajada: ${why})`,
    researchLead: (condition: string) => `Lo que encontró la investigación sobre el masaje para ${condition}, primero lo de mayor certeza:`,
    noResearch: (condition: string) => `No encontramos investigaciones sobre el masaje para ${condition}, así que aquí ningún tipo tiene más que "no hay suficiente evidencia".`,
    howGradesFollow: 'Cómo salen las calificaciones de la investigación: [cómo calificamos la evidencia](grading) y [nuestros métodos](methods).',
  },
  pairEvidence: {
    noClaim: 'no hace ninguna afirmación',
    forBoth: 'Para los dos: ',
    forOne: (type: string) => `${type}: `,
    byName: (name: string) => `(${name} por su nombre)`,
    general: (count: number, nulls: number, who: string) =>
      `${generalFindings(count)} sobre el masaje en general${nulls > 0 ? ` (${number(nulls)} sin diferencia)` : ''} ${plural(count, { one: 'cuenta', other: 'cuentan' }, 'es')} para ${who}: `,
    both: 'los dos',
    whatEachStudyFound: 'lo que encontró cada estudio',
    untested: 'Ninguna investigación que hayamos encontrado lo ha probado.',
  },
  regionEvidence: {
    whatResearchFound: 'lo que encontró la investigación',
    claimLabel: (type: string, grade: string, condition: string) => `${type}: ${grade} para ${condition}`,
  },
  yourAnswers: {
    heading: 'Sus respuestas',
    change: 'cambiar',
    changeWhich: (question: string) => ` la respuesta a “${question}”`,
  },
  gradeTable: {
    label: 'Calificaciones de la evidencia',
    caption: 'Nuestras calificaciones de la evidencia, de la más sólida a la menos sólida',
    grade: 'Calificación',
    meaning: 'Qué significa',
    wording: 'Cómo redactamos una afirmación',
  },
  gradeRule: {
    levels: { high: 'Alta', moderate: 'Moderada', low: 'Baja', 'very-low': 'Muy baja' },
    label: 'La calificación que da cada nivel de certeza',
    caption: (version: number) => `La calificación que da la evidencia decisiva (versión ${number(version)} de la regla)`,
    certainty: 'Certeza de la evidencia decisiva',
    benefit: 'Encontró un beneficio',
    noDifference: 'Encontró poca o ninguna diferencia',
  },
  glossary: {
    readMore: (term: string) => `Más información sobre ${term.toLowerCase()}`,
  },
};
