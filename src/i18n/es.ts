/**
 * Las palabras del sitio en español, para lectores en los Estados Unidos:
 * español neutro, trato de usted y los términos de MedlinePlus en español.
 * Tiene las mismas claves que la tabla inglesa (`Strings`), así que una clave
 * que falte hace fallar la comprobación de tipos en vez de mostrar inglés.
 */
import type { Strings } from './en.ts';
import { components } from './en/components.ts';
import { pages } from './en/pages.ts';

export const es: Strings = {
  siteName: 'Guía de Masoterapia',
  skipToMain: 'Saltar al contenido principal',
  nav: {
    mainLabel: 'Principal',
    footerLabel: 'Pie de página',
    compare: 'Comparar',
    chooser: 'Elegir un masaje',
    about: 'Acerca de',
    safety: 'Seguridad',
    editorialPolicy: 'Cómo escribimos y revisamos',
    glossary: 'Glosario',
    search: 'Buscar',
    forClinics: 'Para clínicas',
  },
  footer: {
    disclaimer: (siteName: string) =>
      `${siteName} ofrece información general, no un diagnóstico ni consejo médico. Consulte a un médico si tiene un dolor nuevo, intenso o sin causa conocida. En una emergencia, llame a su número de emergencias local.`,
  },
  search: {
    label: 'Buscar en el sitio',
    placeholder: 'Busque síntomas, tipos de masaje…',
    submit: 'Buscar',
  },
  kinds: {
    types: { singular: 'Tipo de masaje', plural: 'Tipos de masaje' },
    techniques: { singular: 'Técnica', plural: 'Técnicas' },
    conditions: { singular: 'Afección', plural: 'Afecciones' },
    regions: { singular: 'Zona del cuerpo', plural: 'Zonas del cuerpo' },
    guides: { singular: 'Guía', plural: 'Guías' },
  },
  // Sin traducir todavía: las palabras de los componentes y de las páginas siguen en inglés, como estaban antes de
  // pasar a la tabla; traducirlas es reemplazar estas dos líneas por sus tablas en español (issue 19).
  components,
  pages,
};
