/**
 * JSON-LD for article pages, typed with schema-dts (Google's maintained
 * schema.org typings) so a misspelt property fails the type check rather than
 * silently reaching search engines. One @graph per page: the MedicalWebPage,
 * what it is about, its breadcrumb trail and, where the article has questions
 * and answers, an FAQPage.
 */
import type { BreadcrumbList, FAQPage, Graph, MedicalWebPage, Thing } from 'schema-dts';
import { KINDS, type ArticleKind } from '../model/kinds.ts';

export interface StructuredArticle {
  kind: ArticleKind;
  /** Absolute canonical URL. */
  url: string;
  title: string;
  summary: string;
  aliases: string[];
  lastReviewed: Date;
  breadcrumbs: { name: string; url: string }[];
  faq: { question: string; answer: string }[];
  icd10cm?: string[] | undefined;
}

/** What the page is about, in schema.org's medical vocabulary. */
function subject(a: StructuredArticle): Thing | undefined {
  const named = { name: a.title, ...(a.aliases.length ? { alternateName: a.aliases } : {}) };
  const about = KINDS[a.kind].about;
  if (about === 'MedicalCondition') {
    return {
      '@type': about,
      ...named,
      ...(a.icd10cm?.length ? { code: a.icd10cm.map((codeValue) => ({ '@type': 'MedicalCode' as const, codeValue, codingSystem: 'ICD-10-CM' })) } : {}),
    };
  }
  return about ? { '@type': about, ...named } : undefined;
}

export function articleStructuredData(a: StructuredArticle): Graph {
  const about = subject(a);
  const page: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    url: a.url,
    name: a.title,
    description: a.summary,
    lastReviewed: a.lastReviewed.toISOString().slice(0, 10),
    ...(about ? { about } : {}),
  };
  const breadcrumb: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    itemListElement: a.breadcrumbs.map((b, i) => ({ '@type': 'ListItem', position: i + 1, name: b.name, item: b.url })),
  };
  const faq: FAQPage[] = a.faq.length
    ? [{
        '@type': 'FAQPage',
        mainEntity: a.faq.map((f) => ({ '@type': 'Question', name: f.question, acceptedAnswer: { '@type': 'Answer', text: f.answer } })),
      }]
    : [];
  return { '@context': 'https://schema.org', '@graph': [page, breadcrumb, ...faq] };
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the element. */
export function jsonLdText(graph: Graph): string {
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}
