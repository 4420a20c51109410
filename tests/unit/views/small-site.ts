/**
 * A small site, assembled from its entries by the same function the build
 * uses (src/lib/views/assemble-site.ts), for the view tests: two types, two
 * conditions, a technique, a region, a guide and three sources.
 */
import type { CollectionEntry } from 'astro:content';
import type { SourceRecord } from '../../../src/lib/model/claims.ts';
import { assembleSite } from '../../../src/lib/views/assemble-site.ts';
import { siteIndex, type ConditionEntry, type GuideEntry, type RegionEntry, type Site, type SiteContent, type SourceEntry, type TechniqueEntry, type TypeEntry } from '../../../src/lib/views/site-index.ts';

export const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const faq = [{ question: 'Does it hurt at all?', answer: 'It should not hurt; say so if it does.' }];
const article = (title: string) => ({ title, summary: `${title}: what it is, who it suits and what the research says.`, aliases: [], searchTerms: [], lastReviewed: new Date('2026-11-01'), sources: [ref('sources', 'review')], faq: [] });
const safety = { cautions: ['Not over a fresh injury.', 'Ask first when pregnant.'], redFlags: ['Sudden weakness in a leg.'] };

export function typeEntry(id: string, title: string, over: Partial<TypeEntry['data']> = {}): Omit<TypeEntry, 'claims'> {
  return {
    id,
    collection: 'types',
    body: '## What is it? { #what-it-is }',
    data: {
      ...article(title),
      ...safety,
      purpose: 'Relaxation and general wellbeing.',
      goal: 'Feel calmer and less tense.',
      pressure: { min: 'light', max: 'medium' },
      focus: { fullBody: true, regions: [ref('regions', 'lower-back')], description: 'The whole body, the back most.' },
      prescription: 'not-needed',
      supervision: 'None needed for most healthy adults.',
      techniques: [ref('techniques', 'effleurage')],
      helps: [],
      related: [],
      sessionMinutes: [60],
      afterEffects: 'Mild soreness for a day.',
      frequency: 'Every few weeks, as you like.',
      insurance: 'Rarely covered by insurance.',
      chooseIf: ['You want to relax.', 'It is your first massage.'],
      notIdealIf: ['You want deep work on one knot.'],
      ...over,
    },
  };
}

const condition = (id: string, title: string, over: Partial<ConditionEntry['data']> = {}): ConditionEntry => ({
  id,
  collection: 'conditions',
  data: { ...article(title), ...safety, regions: [ref('regions', 'lower-back')], related: [], ...over },
});
const technique = (id: string, title: string, over: Partial<TechniqueEntry['data']> = {}): TechniqueEntry => ({
  id,
  collection: 'techniques',
  data: { ...article(title), cautions: ['Not over broken skin.'], related: [], ...over },
});
const region: RegionEntry = { id: 'lower-back', collection: 'regions', data: { ...article('Lower back'), order: 1 } };
const guide: GuideEntry = { id: 'safety', collection: 'guides', data: { ...article('Safety'), order: 1, faq } };
const source = (id: string, authors: string, kind: SourceRecord['kind']): SourceEntry => ({
  id,
  collection: 'sources',
  data: { id, title: `The ${id} source`, authors, publisher: 'A journal', kind },
});

type FindingData = CollectionEntry<'findings'>['data'];
const finding = (data: Omit<FindingData, 'source' | 'condition' | 'types' | 'closestTypes'> & { source: string; condition: string; types: string[] }): CollectionEntry<'findings'> => ({
  id: data.id,
  collection: 'findings',
  data: { ...data, source: ref('sources', data.source), condition: ref('conditions', data.condition), types: data.types.map((id) => ref('types', id)), closestTypes: [] },
});
const findings = [
  finding({ id: 'lbp', source: 'review', condition: 'low-back-pain', studied: 'massage', types: [], comparison: 'inactive', outcome: 'pain', primary: true, result: 'benefit', certainty: 'low', found: 'less pain for a few weeks' }),
  finding({
    id: 'lbp-swedish',
    source: 'trial',
    condition: 'low-back-pain',
    studied: 'Swedish massage',
    types: ['swedish'],
    comparison: 'usual-care',
    outcome: 'function',
    primary: true,
    result: 'benefit',
    certainty: 'not-graded',
    found: 'better function at 10 weeks',
  }),
];

export interface SmallSite {
  types?: Omit<TypeEntry, 'claims'>[];
  techniques?: TechniqueEntry[];
  conditions?: ConditionEntry[];
  pairs?: [string, string][];
  kept?: SiteContent['kept'];
  codes?: SiteContent['codes'];
}

export function smallSite(over: SmallSite = {}): Site {
  const typeFiles = over.types ?? [
    typeEntry('swedish', 'Swedish massage', { helps: [{ condition: ref('conditions', 'low-back-pain') }], related: [ref('types', 'deep-tissue')], faq }),
    typeEntry('deep-tissue', 'Deep tissue massage', {
      prices: { source: ref('sources', 'prices'), published: new Date('2026-10-01'), currency: 'USD', rates: [{ minutes: 60, amount: 90 }] },
      helps: [{ condition: ref('conditions', 'low-back-pain') }],
    }),
  ];
  const sources = [source('review', 'Furlan AD, Giraldo M', 'systematic-review'), source('trial', 'Cherkin DC', 'trial'), source('prices', 'A Clinic', 'seed-article')];
  const conditions = over.conditions ?? [condition('low-back-pain', 'Low back pain', { related: [ref('conditions', 'sciatica')], faq }), condition('sciatica', 'Sciatica')];
  const { content } = assembleSite(
    {
      types: typeFiles,
      techniques: over.techniques ?? [technique('effleurage', 'Effleurage', { faq, related: [ref('techniques', 'petrissage')] }), technique('petrissage', 'Petrissage')],
      conditions,
      regions: [region],
      guides: [guide],
      comparisons: [],
      sources,
      glossary: [],
      findings,
      statements: [],
      gradeHistory: [],
      translations: [],
    },
    {
      fileText: () => '',
      glossaryFile: 'content/glossary.yaml',
      published: [],
      anchors: { file: 'contract/published-anchors.txt', published: [] },
      redirects: { file: 'contract/redirects.txt', text: '' },
      inPublic: () => true,
      ownOrigins: [],
      now: new Date('2026-12-01T12:00:00Z'),
    },
  );
  // The content problems of this deliberately short site (word floors, sections) are the checks' tests, not the views'.
  return siteIndex({
    ...content,
    gradeHistory: { changes: [], asOf: '2026-12-01' },
    ...(over.pairs ? { pairs: over.pairs } : {}),
    ...(over.kept ? { kept: over.kept } : {}),
    ...(over.codes ? { codes: over.codes } : {}),
  });
}
