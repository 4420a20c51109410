/**
 * Las palabras que escriben las propias rutas (src/pages/) en español:
 * encabezados, títulos, descripciones y las oraciones entre los datos de las
 * vistas. Mismos nombres de enlace `[palabras](nombre)` que en inglés.
 */
import type { Strings } from '../en.ts';
import { countWords } from '../plural.ts';
import { forClinics } from './clinics-pages.ts';
import { capital, lang, number } from './lang.ts';

export const pages: Strings['pages'] = {
  notFound: {
    title: 'No se encontró la página',
    description: 'La página que buscó no está aquí. Busque en el sitio o consulte las listas de la A a la Z.',
    heading: 'No encontramos esa página',
    intro: 'Puede que el enlace esté mal escrito o que la página haya cambiado de dirección. Haga una búsqueda o consulte una de las listas de abajo.',
    browse: 'Consultar',
  },
  about: {
    title: 'Acerca de este sitio',
    contactHeading: '¿Cómo puedo comunicarme con ustedes?',
    contact: (reportLink: string) =>
      `Para informar un error o hacer una pregunta, [comuníquese con nosotros](contact). Cada artículo también tiene un enlace "${reportLink}" que indica de qué página se trata.`,
    noContact:
      'Esta copia del sitio todavía no tiene una dirección de contacto. Quien la publica la configura al generarla (CONTACT_URL en docs/deploying.md), y entonces esta página y cada artículo enlazan a ella.',
    publisherHeading: '¿Quién lo publica?',
    publisher: (site: string, publisher: string) =>
      `${site} es una publicación de ${publisher}. El sitio no nombra a ningún autor ni título profesional individual, así que juzgue cada artículo por las fuentes que cita, que aparecen al final.`,
    reviewHeading: '¿Cómo se revisan los artículos?',
    review: (months: number) =>
      `Cada artículo se compara con sus fuentes y muestra la fecha de su última revisión. Debe revisarse dentro de los ${number(months)} meses siguientes a esa fecha, y antes si corregimos un error. Las calificaciones de la evidencia se calculan con una regla fija a partir de los resultados de investigación que registramos. La [política editorial](policy) explica cómo escribimos, calificamos y revisamos.`,
    fundingHeading: '¿Cómo se financia?',
    funding: 'No aceptamos publicidad ni pagos por lo que escribimos, y no promovemos ninguna marca, clínica ni producto. El sitio no tiene rastreo ni publicidad.',
    address: (url: string) => `Dirección de esta página: ${url}`,
  },
  home: {
    title: (site: string) => `${site}: tipos de masaje, técnicas y afecciones explicados`,
    heading: 'Encuentre el masaje adecuado, de forma segura',
    searchLabel: 'Busque por síntoma, pregunta o tipo de masaje',
    examples: 'Pruebe “nudos en el hombro”, “ciática” o “tejido profundo vs sueco”.',
    where: '¿Dónde le duele?',
    notSure: '¿No sabe qué necesita?',
    notSureHelp:
      'Responda unas preguntas cortas en [nuestra guía para elegir un masaje](chooser), lea [qué masaje es adecuado para mí](choosing), o lea primero [¿es seguro el masaje para mí?](safety) si tiene un problema de salud, está embarazada o toma anticoagulantes (medicamentos para diluir la sangre).',
  },
  search: {
    description: 'Busque en la guía de masoterapia por síntoma, pregunta, tipo de masaje o técnica.',
    kind: 'Categoría',
    allKinds: 'Todas las categorías',
    region: 'Zona del cuerpo',
    allRegions: 'Todas las zonas del cuerpo',
    more: 'Mostrar más resultados',
    noScript: 'La búsqueda necesita JavaScript. Aun así, puede consultar todos los artículos en las listas de la A a la Z de abajo.',
    browse: 'O consulte las listas',
  },
  kindIndex: { letters: 'Letras' },
  codes: {
    title: (code: string) => `CIE-10-MC ${code}`,
    description: (code: string) => `Afecciones de este sitio con el código ${code} de la CIE-10-MC (ICD-10-CM).`,
    heading: (code: string) => `Afecciones con el código ${code} de la CIE-10-MC`,
    intro: 'Este código abarca más de uno de nuestros artículos. Elija el que mejor corresponda.',
  },
  type: {
    related: 'Comparar con tipos relacionados',
  },
  condition: {
    affects: 'Afecta',
    readAboutAreas: 'Lea sobre cada zona:',
    related: 'Afecciones relacionadas',
  },
  region: {
    // El nombre de la zona llega sin artículo ("parte baja de la espalda"), así que abre el encabezado.
    common: (area: string) => `${capital(area)}: problemas comunes`,
    urgentHelp: 'cuándo buscar ayuda urgente',
    urgentHelpWith: (condition: string) => ` por ${condition}`,
    commonNote: 'Cada página explica qué puede causarlo y qué señales de alarma necesitan un médico, no un masaje.',
    conditions: (area: string) => `${capital(area)}: afecciones que afectan esta zona`,
    evidence: (area: string) => `${capital(area)}: lo que dice la investigación`,
    evidenceNote:
      'Las calificaciones de cada afección de esta zona, de la mejor a la peor. La mayoría se basan en estudios del masaje en general, no del estilo por su nombre; la página de cada afección muestra lo que encontró cada estudio.',
    types: (area: string) => `${capital(area)}: tipos de masaje que trabajan esta zona`,
    typesNote:
      'Los terapeutas de estos tipos de masaje suelen trabajar esta zona. Primero aparecen los que tienen investigaciones sobre un problema de esta zona; aparecer en la lista no es una recomendación.',
  },
  technique: {
    usedInNone: 'Ningún tipo de masaje de este sitio la incluye como técnica principal.',
    related: 'Técnicas relacionadas',
  },
  compare: {
    title: 'Comparar tipos de masaje',
    summary: /* @__PURE__ */ countWords(lang, {
      one: (n) =>
        `${n} tipo de masaje. Cada celda sale de los mismos datos que los artículos. Elija los tipos que quiere ver lado a lado; la página de cada tipo enlaza a comparaciones completas con sus tipos relacionados.`,
      other: (n) =>
        `Los ${n} tipos de masaje, lado a lado. Cada celda sale de los mismos datos que los artículos. Elija los tipos que quiere ver lado a lado; la página de cada tipo enlaza a comparaciones completas con sus tipos relacionados.`,
    }),
    popular: 'Comparaciones populares',
    allAttributes: 'Todos los tipos con todas sus características',
    pickerLegend: 'Mostrar solo estos tipos (elija de 2 a 4)',
    pickerHint: 'Su elección queda guardada en la dirección, así que puede compartirla o guardarla como favorito.',
    pickerSubmit: 'Mostrar lado a lado',
    attributesCaption: 'Comparación de tipos de masaje',
    evidenceHeading: 'Evidencia: qué tipos pueden ayudar con qué afecciones',
    evidenceNote:
      'Cada celda muestra la calificación de la evidencia de que un tipo ayuda con una afección, calculada a partir de lo que encontró la investigación; una celda vacía significa que el tipo no hace ninguna afirmación para esa afección. Una calificación marcada "por su nombre" se basa en un estudio de ese estilo; las demás se basan en estudios del masaje en general, que cuentan con un nivel menos de certeza para un estilo que no probaron. Siga una calificación para ver lo que encontró la investigación, en una oración por comparación, incluidos los resultados sin diferencia.',
    evidenceCaption: 'Calificaciones de la evidencia por afección y tipo de masaje',
    byName: ' por su nombre',
    techniquesHeading: 'Técnicas que usa cada tipo',
    techniquesCaption: 'Técnicas por tipo de masaje',
    uses: 'Sí',
  },
  pair: {
    kind: 'Comparación',
    evidence: 'Lo que dice la investigación',
    differences: 'Las principales diferencias',
    sideBySide: 'Lado a lado',
    evidenceNote:
      'Las calificaciones salen de la investigación con [una regla fija](rule). Los estudios del masaje en general cuentan para los dos tipos, así que las calificaciones a menudo se basan en los mismos estudios.',
    choose: '¿Cuál debería elegir?',
    chooseNote:
      'Para qué dicen los proveedores de cada tipo que sirve: su opinión, sin calificar. Cuando nombran una afección que calificamos, la calificación de la investigación aparece al lado.',
    research: (grades: string[]) => ` Investigación: ${grades.join('; ')}.`,
    readMore: 'Más información:',
    readMoreGuides: '[qué masaje es adecuado para mí](choosing) · [seguridad](safety).',
  },
  decide: {
    crumb: 'Encuentre un masaje que pueda convenirle',
    mayBe: 'Qué puede ser',
    mayBeNote: 'Lea sobre cada uno, con cuándo buscar ayuda:',
    best: 'Tipos de masaje con la mejor evidencia',
    safety: 'Seguridad:',
    whoShouldAvoid: (type: string) => `Quién debe evitar ${type} y cuándo`,
    withDiagnosis:
      'Si tiene una lesión o un diagnóstico, acuerde el plan con su médico o fisioterapeuta, y hable de ello con el terapeuta de masaje antes de empezar.',
    disclaimer:
      'Estas sugerencias salen de las calificaciones de la evidencia y de los datos de cada artículo. No son un diagnóstico. Si tiene un problema de salud o toma anticoagulantes (medicamentos para diluir la sangre), lea primero [¿Es seguro el masaje para mí?](safety). Para saber más sobre cómo elegir, consulte la guía [¿Qué masaje es adecuado para mí?](choosing)',
  },
  handout: {
    title: (title: string) => `${title}: hoja informativa para pacientes`,
    intro:
      'Un resumen de una página para imprimir y dar a los pacientes: use el comando Imprimir de su navegador. El [artículo completo](article) tiene más detalles y las fuentes.',
    kind: (kind: string) => `${kind} · hoja informativa para pacientes`,
    scan: 'Escanee para ver el artículo completo',
    disclaimer: 'El masaje no reemplaza la atención médica. Consulte a su médico o terapeuta sobre su propia situación.',
    fullArticle: 'Artículo completo:',
    lastReviewed: 'última revisión',
    evidenceAsOf: 'evidencia al',
  },
  embed: {
    title: (title: string) => `${title}: tarjeta de resumen`,
    from: 'De',
    reviewed: 'revisado',
    evidenceAsOf: 'evidencia al',
  },
  forClinics,
};
