/**
 * Comparar tipos de masaje, en español: las filas y celdas de la tabla, los
 * títulos de las páginas de pares y el resumen de en qué se diferencian dos tipos.
 */
import type { Strings } from '../en.ts';

export const compare: Strings['compare'] = {
  attributes: {
    purpose: 'Propósito',
    pressure: 'Presión',
    focus: 'Zonas que trabaja',
    techniques: 'Técnicas',
    prescription: 'Receta o remisión',
    supervision: 'Supervisión',
    goal: 'Objetivo',
    helps: 'Puede ayudar con',
    sessions: 'Duración de la sesión',
    afterEffects: 'Después de una sesión',
    frequency: 'Con qué frecuencia',
    insurance: 'Seguro médico',
  },
  prescription: {
    required: 'Se necesita',
    usual: 'Por lo general lo receta o lo recomienda un proveedor de atención médica',
    'not-needed': 'No se necesita: puede reservar directamente',
  },
  prescriptionPhrases: {
    required: 'necesita una receta o una remisión',
    usual: 'por lo general lo receta o lo recomienda un proveedor de atención médica',
    'not-needed': 'se puede reservar directamente',
  },
  summaryNouns: {
    pressure: 'la presión',
    prescription: 'la necesidad de una remisión',
    purpose: 'el propósito',
    helps: 'lo que respalda la investigación',
    focus: 'las zonas que trabajan',
    goal: 'el objetivo',
    sessions: 'la duración de la sesión',
    insurance: 'el seguro médico',
  },
  noneListed: 'No se indica ninguna',
  noneShown: 'Ninguna con más que certeza muy baja',
  helps: (condition: string, grade: string) => `${condition} (${grade})`,
  minutes: (list: string) => `${list} minutos`,
  gradedFor: (grade: string, condition: string) => `${grade} para ${condition}`,
  pairTitle: (a: string, b: string) => `${a} frente a ${b}`,
  chooseHeading: (title: string) => `Elija ${title} si:`,
  pairSummary: (a: string, b: string) => `${a} y ${b}, lado a lado: en qué se diferencian en propósito, presión, zonas que trabajan, evidencia y costo.`,
  pairCaption: (a: string, b: string) => `Comparación de ${a} y ${b}`,
  picker: {
    showing: { one: 'Se muestra {count} tipo en cada tabla.', other: 'Se muestran {count} tipos en cada tabla.' },
    tooFew: 'Elija al menos {min} tipos para comparar.',
    tooMany: 'Elija como máximo {max} tipos, para que la tabla se pueda leer bien.',
  },
  summary: {
    alike: 'En el papel se parecen mucho: la tabla de abajo muestra cada detalle',
    differMost: (nouns: string) => `En lo que más se diferencian es en ${nouns}`,
    firmer: (firmer: string, firmerPressure: string, lighterPressure: string) =>
      `${firmer} tiene la presión más firme de los dos (${firmerPressure.toLowerCase()}, frente a ${lighterPressure.toLowerCase()})`,
    prescription: (title: string, phrase: string) => `${title} ${phrase}`,
    tableBelow: 'La tabla de abajo muestra cada detalle',
  },
};
