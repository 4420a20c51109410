/**
 * La guía para decidir ("Encuentre un masaje que pueda convenirle") en
 * español: sus preguntas, las palabras de cada respuesta y las razones que da.
 * Las claves son los ids de respuesta de las direcciones de la guía, que no se
 * traducen, así que la traducción no cambia ninguna URL.
 */
import type { Strings } from '../en.ts';

/** Cada presión de la respuesta como la dice una oración: "la presión suave". */
const PRESSURE_IN_SENTENCE = { light: 'suave', medium: 'media', firm: 'firme' } as const;

export const decision: Strings['decision'] = {
  title: 'Encuentre un masaje que pueda convenirle',
  resultsTitle: 'Tipos de masaje que pueden convenirle',
  questions: {
    pregnant: { text: '¿Está embarazada?', hint: 'El embarazo cambia qué masaje es seguro y en qué posición se acuesta durante el masaje.' },
    diagnosis: {
      text: '¿Tiene una lesión o un problema de salud diagnosticado con el que quiere ayuda?',
      hint: 'Por ejemplo, la recuperación después de un accidente de auto o de una cirugía, la ciática o el linfedema.',
    },
    prescribed: {
      text: '¿Un médico, fisioterapeuta o quiropráctico le recomendó un masaje?',
      hint: 'Una remisión o una receta puede importar para el seguro médico y para el tipo de terapeuta que necesita.',
    },
    goal: { text: '¿Qué es lo que más quiere lograr?', hint: 'Elija lo que más le importa hoy.' },
    pressure: { text: '¿Qué presión prefiere?', hint: 'Siempre puede pedirle al terapeuta que la cambie durante la sesión.' },
    region: { text: '¿Dónde le duele más?', hint: 'Elija la zona que más le molesta.' },
    started: { text: '¿Cuándo empezó?', hint: 'Una lesión nueva y un dolor que dura desde hace meses necesitan cuidados diferentes.' },
  },
  yesNo: { yes: 'Sí', no: 'No' },
  goals: {
    relaxation: 'Relajarme y aliviar el estrés',
    recovery: 'Recuperarme del deporte o del ejercicio',
    pain: 'Aliviar el dolor o la rigidez',
    swelling: 'Reducir la hinchazón',
  },
  pressure: { light: 'Suave', medium: 'Media', firm: 'Firme' },
  started: {
    new: 'En los últimos días (una lesión nueva)',
    weeks: 'Hace unas semanas',
    months: 'Hace tres meses o más',
  },
  startedAdvice: {
    // El consejo de la guía de seguridad sobre una lesión nueva: los primeros días piden reposo, no masaje sobre ella.
    new: 'Si empezó con una caída, un accidente o un choque, o si el dolor es intenso, consulte a un médico antes de recibir cualquier masaje. En las primeras 48 a 72 horas, una lesión reciente suele estar hinchada y caliente, y un masaje directamente sobre ella puede empeorarla. Primero descanse y protéjala.',
    weeks: 'Si el dolor no mejora después de unas semanas, conviene consultarlo con un médico o fisioterapeuta. Ellos pueden decirle si el masaje es adecuado junto con otros cuidados.',
    months:
      'El dolor que dura tres meses o más se llama dolor crónico. Un médico o fisioterapeuta puede ayudarle a planear un cuidado que combine varios enfoques, como el ejercicio, con el masaje como una parte.',
  },
  reasons: {
    pregnancy: 'Adaptado para el embarazo, con posiciones y presión seguras; consulte primero con el proveedor que atiende su embarazo.',
    grade: (grade: string, condition: string) => `${grade} para ${condition}.`,
    /** La presión llega por su id de respuesta (en inglés), y la oración la nombra en español. */
    pressureFits: (pressure: 'light' | 'medium' | 'firm') => `Ofrece la presión ${PRESSURE_IN_SENTENCE[pressure]} que usted prefiere.`,
    pressureOff: 'Suele ser más firme o más suave de lo que usted prefiere: pídale al terapeuta que la ajuste.',
    clinical: 'Suele formar parte de un plan de tratamiento para una lesión o un diagnóstico.',
  },
  compare: (a: string, b: string) => `Comparar ${a} y ${b} lado a lado`,
};
