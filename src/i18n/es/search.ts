/**
 * Las palabras en español que muestra el script de la página de búsqueda.
 * Viajan como JSON en la página: cadenas con lugares {nombrados} (los mismos
 * que en inglés) y formas de plural, nunca funciones.
 */
import type { Strings } from '../en.ts';

export const searchPage: Strings['searchPage'] = {
  unavailable: 'La búsqueda no está disponible en este momento. Consulte las listas de la A a la Z de abajo.',
  tooLong: 'Su búsqueda tiene {length} caracteres. Acórtela a {max} caracteres o menos, por ejemplo, con las palabras principales de su pregunta.',
  safetyAnswer: 'Respuesta de seguridad',
  urgentSafetyAnswer: 'Respuesta de seguridad urgente',
  safetyAnswerSaid: 'Respuesta de seguridad: {answer} ',
  ourPageSays: 'Nuestra página dice: “{quote}” ',
  readMore: 'Más información: {title}',
  showingFor: 'Se muestran resultados para “{query}”. ',
  searchOnlyFor: 'Buscar solo “{query}”',
  notMentioned: 'Ninguna de nuestras páginas menciona “{missing}”, así que estos resultados son para “{kept}”.',
  didYouMean: '¿Quiso decir {query}?',
  therapistGuide: 'Cómo encontrar y verificar a un terapeuta de masaje calificado',
  nearestTopics: 'Los temas más cercanos que tratamos: {topics}.',
  results: { one: '{count} resultado para “{query}”.', other: '{count} resultados para “{query}”.' },
  noResults: 'No hay resultados para “{query}”{alsoFor}{beyond}: no tenemos ninguna página sobre eso.',
  noResultsAlsoFor: ' ni para “{query}”',
  noResultsBeyond: ' aparte de la respuesta de seguridad de arriba',
  showMore: { one: 'Mostrar {count} resultado más', other: 'Mostrar {count} resultados más' },
  section: 'Sección: {title}',
  comparison: 'Comparación',
  comparisonDescription: 'Comparación lado a lado: propósito, presión, zonas que trabaja, evidencia y para quién es adecuado cada uno.',
};
