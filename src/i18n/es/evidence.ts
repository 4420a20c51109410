/**
 * Las palabras de las calificaciones y de los enunciados de GRADE en español,
 * con las frases de certeza de GRADE en español: certeza alta "ayuda",
 * moderada "probablemente ayuda", baja "puede ayudar", muy baja "no sabemos
 * con certeza si…", y "probablemente / puede hacer poca o ninguna
 * diferencia". Los nombres de las calificaciones son los que usan los
 * artículos en español (content/es/guides/).
 */
import type { Strings } from '../en.ts';
import { plural } from '../plural.ts';
import { lists, number } from './lang.ts';

// Una lista como la escribe el español de EE. UU.: "dolor, función y sueño".
const AND = /* @__PURE__ */ new Intl.ListFormat(lists, { type: 'conjunction' });

/** "un resultado", "2 resultados": uno en palabras (con su género: "una declaración"), como lo escribe la línea bajo una afirmación. */
const counted = (n: number, one: string, other: string) => plural(n, { one, other: `${number(n)} ${other}` }, 'es');

export const evidence: Strings['evidence'] = {
  grades: {
    strong: {
      label: 'Evidencia sólida',
      inSentence: 'evidencia sólida',
      meaning: 'La investigación con más certeza encuentra un beneficio, con certeza alta.',
      wording: '"se ha demostrado que ayuda"',
    },
    moderate: {
      label: 'Evidencia moderada',
      inSentence: 'evidencia moderada',
      meaning: 'La investigación con más certeza encuentra un beneficio, con certeza moderada: probablemente ayuda, aunque los ensayos pueden ser pequeños o cortos.',
      wording: '"probablemente ayuda"',
    },
    limited: {
      label: 'Evidencia limitada',
      inSentence: 'evidencia limitada',
      meaning: 'La investigación con más certeza encuentra un beneficio, con certeza baja: puede ayudar, y nuevas investigaciones podrían cambiarlo.',
      wording: '"puede ayudar"',
    },
    insufficient: {
      label: 'No hay suficiente evidencia',
      inSentence: 'no hay suficiente evidencia',
      meaning:
        'Ninguna investigación que hayamos encontrado muestra un beneficio con una certeza mayor que muy baja: no hay investigaciones, no está claro, o se estudió el masaje en general y no este estilo.',
      wording: '"no sabemos con certeza si ayuda" o "no sabemos si ayuda"',
    },
    traditional: {
      label: 'Solo uso tradicional',
      inSentence: 'solo uso tradicional',
      meaning: 'Los profesionales o la tradición lo usan para esto, sin investigaciones que lo prueben.',
      wording: '"se usa tradicionalmente para"',
    },
    'no-benefit-shown': {
      label: 'No se demostró un beneficio',
      inSentence: 'no se demostró un beneficio',
      meaning:
        'La investigación con más certeza encontró que el masaje hizo poca o ninguna diferencia en comparación con un tratamiento simulado, ningún tratamiento o la atención habitual, y ninguna investigación con la misma certeza encontró un beneficio.',
      wording: '"probablemente hace poca o ninguna diferencia" (certeza moderada) o "puede hacer poca o ninguna diferencia" (certeza baja)',
    },
  },
  ruleSteps: [
    'Juzgamos la investigación por separado para cada tipo de masaje, cada afección y cada comparación: frente a un tratamiento simulado (placebo), frente a ningún tratamiento o la atención habitual, frente a una mezcla de controles o frente a otro tratamiento real.',
    'Cada hallazgo conserva la certeza que indica su fuente (alta, moderada, baja o muy baja). Un estudio que no indica ninguna, como la mayoría de los ensayos individuales, empieza en baja.',
    'Un estudio del masaje en general, o de un protocolo que no es el estilo por su nombre, baja un nivel por cada estilo que no estudió por su nombre, y la página lo dice ("estudios del masaje en general; este estilo no se estudió por su nombre").',
    'Una revisión que actualiza otra anterior la reemplaza. Una visión general o un mapa de la evidencia no cuenta otra vez junto a las revisiones que resume. Un beneficio encontrado solo en un resultado secundario no cuenta cuando el mismo estudio no encontró ninguna diferencia en su resultado principal.',
    'Decide la evidencia con más certeza. Si en ese nivel se encuentra un beneficio, la calificación sigue su certeza: alta es sólida, moderada es moderada, baja es limitada y muy baja es que no hay suficiente evidencia. Si en ese nivel solo se encuentra "ninguna diferencia" frente a un tratamiento simulado o un control, la calificación es que no se demostró un beneficio (o que no hay suficiente evidencia, si ese nivel es muy bajo). "Ninguna diferencia" frente a otro tratamiento real quiere decir que el masaje funcionó más o menos igual de bien, así que se muestra, pero no es evidencia en contra de un beneficio.',
    'Un daño encontrado por cualquier estudio limita la calificación a limitada y siempre se muestra. Los resultados poco claros se muestran y no deciden nada. Lo que dicen los sitios web de salud, las organizaciones profesionales y los proveedores se muestra junto a la investigación y nunca cambia una calificación.',
    'Un autor puede bajar una calificación y debe decir por qué; nadie puede subirla.',
  ],
  certainty: {
    high: 'evidencia de certeza alta',
    moderate: 'evidencia de certeza moderada',
    low: 'evidencia de certeza baja',
    'very-low': 'evidencia de certeza muy baja',
    'not-graded': 'certeza no indicada',
  },
  statements: {
    and: (items: string[]) => AND.format(items),
    against: {
      sham: 'un tratamiento simulado (placebo)',
      control: 'ningún tratamiento o la atención habitual',
      mixed: 'ningún tratamiento, la atención habitual u otros controles',
      active: 'otros tratamientos',
    },
    /** El verbo de cada resultado y nivel; el de certeza muy baja sigue a "no sabemos con certeza si". */
    verbs: {
      benefit: {
        pointing: { high: 'ayuda con', moderate: 'probablemente ayuda con', low: 'puede ayudar con', 'very-low': 'ayuda con' },
        active: { high: 'ayuda más con', moderate: 'probablemente ayuda más con', low: 'puede ayudar más con', 'very-low': 'ayuda más con' },
      },
      'no-difference': {
        pointing: {
          high: 'hace poca o ninguna diferencia en',
          moderate: 'probablemente hace poca o ninguna diferencia en',
          low: 'puede hacer poca o ninguna diferencia en',
          'very-low': 'hace alguna diferencia en',
        },
        active: {
          high: 'funciona más o menos igual de bien para',
          moderate: 'probablemente funciona más o menos igual de bien para',
          low: 'puede funcionar más o menos igual de bien para',
          'very-low': 'funciona igual de bien para',
        },
      },
      harm: {
        pointing: { high: 'empeora', moderate: 'probablemente empeora', low: 'puede empeorar', 'very-low': 'empeora' },
        active: { high: 'empeora', moderate: 'probablemente empeora', low: 'puede empeorar', 'very-low': 'empeora' },
      },
    },
    levels: { high: 'alta', moderate: 'moderada', low: 'baja', 'very-low': 'muy baja' },
    noRating: (oneSource: boolean) => `${oneSource ? 'el estudio no da' : 'los estudios no dan'} ninguna calificación de certeza, así que empezamos en baja`,
    notByName: (stated: string | undefined) => `${stated === undefined ? 'luego' : `${stated} en la investigación,`} un nivel menos porque este estilo no se probó por su nombre`,
    /** "Certeza baja: moderada en la investigación, un nivel menos porque …." */
    certainty: (level: string, reasons: string[]) => `Certeza ${level}${reasons.length ? `: ${reasons.join(', ')}` : ''}.`,
    opening: (condition: string, against: string) => `Para ${condition}, en comparación con ${against}`,
    unclear: (opening: string, subject: string, what: string) => `${opening}, no está claro si ${subject} ayuda con ${what}.`,
    veryUncertain: (opening: string, subject: string, verb: string, what: string) => `${opening}, no sabemos con certeza si ${subject} ${verb} ${what}.`,
    found: (opening: string, subject: string, verb: string, what: string) => `${opening}, ${subject} ${verb} ${what}.`,
    source: (who: string) => ` Fuente: ${who}.`,
  },
  research: {
    kinds: {
      guideline: { named: 'Guía clínica', cited: 'guía clínica' },
      trial: { named: 'Ensayo', cited: 'ensayo' },
      cochrane: { named: 'Revisión Cochrane', cited: 'revisión Cochrane' },
      review: { named: 'Revisión sistemática', cited: 'revisión' },
    },
    named: (kind: string, author: string) => `${kind} (${author} et al.)`,
    // "et al." se escribe igual en español.
    cited: (author: string, year: number | undefined) => `${author} et al. ${year ?? ''}`.trim(),
    studies: (n: number) => `${number(n)} ${plural(n, { one: 'estudio', other: 'estudios' }, 'es')}`,
    people: (n: number) => `${number(n)} ${plural(n, { one: 'persona', other: 'personas' }, 'es')}`,
    finding: (f: { who: string; people?: string | undefined; found: string; comparedWith?: string | undefined; timeframe?: string | undefined; certainty: string; certaintyNote?: string | undefined }) =>
      `${f.who}${f.people ? ` (${f.people})` : ''}: ${f.found}${f.comparedWith ? ` en comparación con ${f.comparedWith}` : ''}${f.timeframe ? `, ${f.timeframe}` : ''}; ${f.certainty}${f.certaintyNote ? ` (${f.certaintyNote})` : ''}`,
    notCounted: {
      superseded: (by: string) => `No se cuenta: se reemplazó por ${by}, más reciente.`,
      summarised: (by: string[]) => `No se cuenta dos veces: resume ${AND.format(by)}, que se muestran aquí.`,
      secondary: 'No se cuenta: es un resultado secundario, y el mismo estudio no encontró ninguna diferencia en su resultado principal.',
    },
    statement: (who: string, says: string) => `${who} ${says}`,
    providerArticle: 'Un artículo de un proveedor de masaje',
    massageInGeneral: 'el masaje en general',
    massage: 'el masaje',
  },
  downgradedIndirect: 'indirecta: no es un estudio de este estilo por su nombre',
  restsOn: {
    general: (count: number, alsoByName: boolean, noDifference: number) =>
      `${alsoByName ? 'Además, ' : ''}${counted(count, 'un resultado', 'resultados')} sobre el masaje en general${noDifference ? ` (${number(noDifference)} sin diferencia)` : ''}`,
    noResearch: 'No se encontraron investigaciones',
    statements: (count: number) => `${counted(count, 'una declaración', 'declaraciones')} de sitios web o proveedores (${plural(count, { one: 'no cuenta', other: 'no cuentan' }, 'es')})`,
    sentence: (parts: string[]) => `${parts.join('; ')}.`,
  },
};
