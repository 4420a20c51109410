/**
 * Las palabras en español de la página para clínicas (src/pages/for-clinics/):
 * cómo enlazar, insertar, imprimir y reutilizar. Los enlaces `[palabras](nombre)`
 * y el `código` siguen src/i18n/rich.ts, con los mismos nombres que en inglés.
 */
import type { Strings } from '../en.ts';
import { number } from './lang.ts';

export const forClinics: Strings['pages']['forClinics'] = {
  title: 'Para clínicas: enlaces, tarjetas para insertar y hojas informativas',
  summary: (description: string) => `${description} Todo lo que hay aquí es de uso gratuito y no necesita una cuenta.`,
  urls: 'Enlaces que no se rompen',
  urlsIntro:
    'Cada página tiene una dirección permanente. Si cambiamos el nombre de una página, su dirección anterior y los nombres cortos comunes (como [/types/mld/](alias)) siguen funcionando y llevan a los lectores a la página correcta.',
  patterns: 'Formatos de las direcciones',
  linkTo: 'Para enlazar a',
  use: 'Use esta dirección',
  sections: 'Enlazar a una sección',
  sectionsIntro: {
    before: 'Cada encabezado tiene un enlace ',
    after: ' a su lado: selecciónelo para copiar la dirección de esa sección. Estas secciones conservan la misma dirección aunque cambiemos la redacción de sus encabezados:',
  },
  snippets: 'Fragmentos para copiar y pegar',
  snippetLink: 'Un enlace simple',
  snippetSection: 'Un enlace a una sección',
  snippetSearch: 'Un cuadro de búsqueda que abre nuestros resultados',
  embeds: 'Tarjetas de resumen para su sitio web',
  embedsIntro: (width: number, height: number) =>
    `Cada tipo de masaje, técnica y afección tiene una pequeña tarjeta (título, un resumen de una línea, una nota de seguridad y un enlace) que su sitio puede mostrar en un marco de ${number(width)} por ${number(height)} píxeles. Solo estas tarjetas se pueden mostrar en un marco; nuestras demás páginas no lo permiten. Ejemplo, para [la tarjeta del masaje médico](card):`,
  oembed: (file: string) =>
    `Los sistemas de contenido compatibles con oEmbed (como WordPress) pueden crear la tarjeta por usted cuando pega la dirección de una página: cada página indica su archivo oEmbed, por ejemplo [\`${file}\`](oembed).`,
  handouts: 'Hojas informativas para imprimir',
  handoutsIntro:
    'Cada tipo de masaje y cada afección tiene una hoja informativa de una página en `/handouts/<kind>/<page>/`, por ejemplo [dolor lumbar](handout). Se imprime en papel A4 o carta (US Letter) con la fecha de revisión y un código QR que abre el artículo completo. Los artículos completos también se imprimen bien, con las direcciones de los enlaces escritas.',
  codes: 'Buscar páginas por código de diagnóstico',
  codesIntro: (code: string) =>
    `Las afecciones indican sus códigos de la CIE-10-MC (ICD-10-CM) cuando la correspondencia está bien establecida. \`/codes/icd-10/<CODE>/\` lleva a la afección correspondiente, y un código superior más amplio lleva a su afección más cercana: [\`${code}\`](code) abre dolor lumbar. La lista completa de códigos está en [\`/api/v1/codes.json\`](codes).`,
  data: 'Datos y actualizaciones',
  dataLists:
    '[`/api/v1/types.json`](types), [`conditions.json`](conditions) y [`techniques.json`](techniques): títulos, resúmenes, otros nombres y direcciones de las páginas. La versión 1 solo agrega campos, nunca los quita.',
  dataEvidence:
    '[`/api/v1/evidence.json`](evidence): el mapa de la evidencia, con la `ruleVersion` que lo calificó, `evidenceAsOf` (cuándo cambió una calificación por última vez) y la fecha `built`. `claims` enumera cada afirmación calificada como `{ type, condition, grade, computedGrade, direct, decidedBy, comparisons, gradeChanges, findings, statements }`: `comparisons` da una `statement` en lenguaje sencillo por comparación, con su `certainty`; cada resultado da su `source`, su `sourceKind`, qué se estudió (`studied`), si el estilo se probó por su nombre (`testedByName`), la comparación (`comparison`), si el resultado era el principal (`primary`), el `result` (benefit, no-difference, harm o unclear), la certeza que indica la fuente (`certainty`) y la que se usó (`certaintyUsed`, con `downgradedBecause`), y si se contó (`counted`, `notCountedBecause`, `supersededBy`). `conditions` da lo que encontró la investigación sobre el masaje en general para cada afección. `sources` enumera cada fuente citada con su `id`, `title`, `kind`, `url`, `doi`, `pmid`, `supersedes` y `summarises` cuando los tiene. [`/api/v1/evidence-changes.json`](changes) enumera cada cambio de calificación con su fecha y su motivo. Las calificaciones siguen la regla de nuestra [política editorial](policy) y nuestros [métodos](methods). La versión 1 solo agrega campos, nunca los quita.',
  dataFeed: '[Canal RSS](feed) de artículos nuevos y revisados de nuevo.',
  dataStructured: 'Cada página de artículo lleva datos de schema.org (MedicalWebPage) para los buscadores.',
  licence: 'Licencia y atribución',
  licenceIntro: (licence: string) =>
    `Puede enlazar a cualquier página e insertar cualquier tarjeta sin pedir permiso. Puede copiar nuestro texto palabra por palabra bajo la licencia [${licence}](licence): mencione la fuente y no lo cambie, porque un consejo de salud modificado bajo nuestro nombre podría confundir a los pacientes. Use esta línea de atribución:`,
  disclaimer: (site: string) => `${site} explica el masaje en términos generales. No reemplaza el consejo del profesional clínico que conoce al paciente.`,
};
