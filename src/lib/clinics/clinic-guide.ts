/**
 * The examples of the page for clinics (/for-clinics/): how to link to,
 * embed, print and look up our pages. Every example is built from the
 * site's own URL functions, so the page cannot show an address we don't serve.
 */
import { attributionSnippet, linkSnippet, searchFormSnippet } from './snippets.ts';
import { embedSnippet } from './embeds.ts';
import { deepLinkSections, SECTION } from '../model/sections.ts';
import { absoluteUrl, articleUrl, codeUrl, embedUrl, handoutUrl, oembedUrl, searchUrl } from '../model/urls.ts';

export function clinicGuideView(site: URL | undefined) {
  const example = { kind: 'types' as const, slug: 'medical-massage', title: 'Medical massage' };
  const page = articleUrl(example.kind, example.slug);
  const section = `${articleUrl('conditions', 'sciatica')}#${SECTION.safety}`;
  return {
    patterns: [
      { what: 'A massage type', path: articleUrl('types', 'deep-tissue-massage') },
      { what: 'A condition', path: articleUrl('conditions', 'sciatica') },
      { what: 'A technique', path: articleUrl('techniques', 'effleurage') },
      { what: 'A body area', path: articleUrl('regions', 'lower-back') },
      { what: 'A section of a page', path: section },
      { what: 'A search', path: searchUrl('knots in my shoulder') },
      { what: 'An ICD-10-CM code', path: codeUrl('M54.50') },
      { what: 'A patient handout', path: handoutUrl('conditions', 'low-back-pain') },
      { what: 'An embeddable card', path: embedUrl('types', example.slug) },
    ].map((p) => ({ ...p, absolute: absoluteUrl(site, p.path) })),
    sections: [
      { kind: 'Massage types', ids: deepLinkSections('types') },
      { kind: 'Conditions', ids: deepLinkSections('conditions') },
      { kind: 'Techniques', ids: deepLinkSections('techniques') },
    ],
    snippets: {
      link: linkSnippet(site, page, `${example.title}: what it is and who it suits`),
      section: linkSnippet(site, section, 'Is massage safe with sciatica?'),
      search: searchFormSnippet(site),
      embed: embedSnippet(site, example.kind, example.slug, example.title),
      attribution: attributionSnippet(site, page, example.title),
    },
    card: { href: embedUrl(example.kind, example.slug), oembed: oembedUrl(example.kind, example.slug) },
    handout: handoutUrl('conditions', 'low-back-pain'),
    code: codeUrl('M54.50'),
  };
}
