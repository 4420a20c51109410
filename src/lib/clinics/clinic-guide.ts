/**
 * The examples of the page for clinics (/for-clinics/): how to link to,
 * embed, print and look up our pages. Every example is built from the
 * site's own URL functions, so the page cannot show an address we don't serve.
 */
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { attributionSnippet, linkSnippet, searchFormSnippet } from './snippets.ts';
import { embedSnippet } from './embeds.ts';
import { deepLinkSections, SECTION } from '../model/sections.ts';
import { absoluteUrl, articleUrl, codeUrl, embedUrl, handoutUrl, oembedUrl, searchUrl } from '../model/urls.ts';

export function clinicGuideView(site: URL | undefined, locale: Locale = DEFAULT_LOCALE) {
  const words = strings(locale);
  const said = words.clinics.guide;
  const what = said.patterns;
  const example = { kind: 'types' as const, slug: 'medical-massage', title: said.exampleTitle };
  const page = articleUrl(example.kind, example.slug);
  const section = `${articleUrl('conditions', 'sciatica')}#${SECTION.safety}`;
  return {
    patterns: [
      { what: what.type, path: articleUrl('types', 'deep-tissue-massage') },
      { what: what.condition, path: articleUrl('conditions', 'sciatica') },
      { what: what.technique, path: articleUrl('techniques', 'effleurage') },
      { what: what.region, path: articleUrl('regions', 'lower-back') },
      { what: what.section, path: section },
      { what: what.search, path: searchUrl(said.exampleSearch) },
      { what: what.code, path: codeUrl('M54.50') },
      { what: what.handout, path: handoutUrl('conditions', 'low-back-pain') },
      { what: what.embed, path: embedUrl('types', example.slug) },
    ].map((p) => ({ ...p, absolute: absoluteUrl(site, p.path) })),
    sections: [
      { kind: words.kinds.types.plural, ids: deepLinkSections('types') },
      { kind: words.kinds.conditions.plural, ids: deepLinkSections('conditions') },
      { kind: words.kinds.techniques.plural, ids: deepLinkSections('techniques') },
    ],
    snippets: {
      link: linkSnippet(site, page, said.linkText(example.title)),
      section: linkSnippet(site, section, said.sectionLinkText),
      search: searchFormSnippet(site, locale),
      embed: embedSnippet(site, example.kind, example.slug, example.title, locale),
      attribution: attributionSnippet(site, page, example.title, locale),
    },
    card: { href: embedUrl(example.kind, example.slug), oembed: oembedUrl(example.kind, example.slug) },
    handout: handoutUrl('conditions', 'low-back-pain'),
    code: codeUrl('M54.50'),
  };
}
