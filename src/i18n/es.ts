/**
 * Las palabras del sitio en español, para lectores en los Estados Unidos:
 * español neutro, trato de usted y los términos de MedlinePlus en español.
 * Tiene las mismas claves que la tabla inglesa (`Strings`), así que una clave
 * que falte hace fallar la comprobación de tipos en vez de mostrar inglés.
 */
import type { Strings } from './en.ts';
import { clinics } from './es/clinics.ts';
import { compare } from './es/compare.ts';
import { components } from './es/components.ts';
import { decision } from './es/decision.ts';
import { evidence } from './es/evidence.ts';
import { listings } from './es/listings.ts';
import { pages } from './es/pages.ts';
import { pressure } from './es/pressure.ts';
import { searchPage } from './es/search.ts';
import { sections } from './es/sections.ts';
import { site } from './es/site.ts';

export const es: Strings = {
  siteName: 'Guía de Masoterapia',
  skipToMain: 'Saltar al contenido principal',
  sectionLinkCopied: 'Se copió el enlace a esta sección',
  nav: {
    mainLabel: 'Principal',
    home: 'Inicio',
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
  components,
  pages,
  clinics,
  compare,
  decision,
  evidence,
  listings,
  pressure,
  searchPage,
  sections,
  site,
};
