/**
 * One page of every template, by name. Shared by the budgets test and
 * `npm run audit` (Lighthouse), so both measure the same pages; add a page
 * here when a new template appears.
 */
export const TEMPLATES: Record<string, string> = {
  home: '/',
  'A to Z index': '/conditions/',
  type: '/types/medical-massage/',
  technique: '/techniques/effleurage/',
  condition: '/conditions/sciatica/',
  region: '/regions/lower-back/',
  guide: '/guides/faq/',
  'pair comparison': '/compare/deep-tissue-massage-vs-medical-massage/',
  matrix: '/compare/',
  search: '/search/',
  decision: '/decide/',
  '404': '/404.html',
  handout: '/handouts/types/medical-massage/',
  'embed card': '/embed/types/medical-massage/',
  'for clinics': '/for-clinics/',
};
