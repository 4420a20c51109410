/**
 * What one article page shows, per kind: everything ArticleLayout needs (its
 * contents list from the kind's section registry, its sources) and the data
 * of the sections the route renders. Routes ask for a view and render
 * components; nothing here knows about markup.
 */
import { strings } from '../../i18n/index.ts';
import { conditionFindingLines } from '../model/claims.ts';
import { pairTitle } from './comparisons.ts';
import { articleOutline, sectionLine, type HeadingLike, type OutlineItem } from './outline.ts';
import { regionEvidence } from './region-evidence.ts';
import { articleUrl, type ArticleKind } from '../model/urls.ts';
import { articleCard, type Card } from './card.ts';
import { conditionsByCommonness, conditionsInTextOrder, typesByEvidence } from './region-order.ts';
import { relatedIds, sectionFacts } from './section-facts.ts';
import { pageSections, SECTION, type PageSections } from '../model/sections.ts';
import type { ArticleEntry, ConditionEntry, GuideEntry, RegionEntry, Site, SourceEntry, TechniqueEntry, TypeEntry } from './site-index.ts';

/** The props of ArticleLayout. */
export interface ArticleFrame<E extends ArticleEntry> {
  kind: ArticleKind;
  slug: string;
  data: E['data'];
  sources: SourceEntry[];
  outline: OutlineItem[];
  /** Body areas, for the search filter. */
  regions: string[];
}

/** What the route needs of a page's data sections: whether each is shown, and its heading, the words of its line in the contents list. */
export interface SectionsOnPage extends PageSections {
  heading(id: string): string;
}

/** The data sections one page shows, from its kind's registry: the route renders a section exactly when its view holds data for it. */
function sectionsOf(site: Site, kind: ArticleKind, entry: ArticleEntry): SectionsOnPage {
  const sections = pageSections(kind, sectionFacts(kind, entry, site.relations));
  return {
    ...sections,
    heading: (id) => {
      // A route asking for the heading of a section its kind does not list is a programming error, found by the first build.
      if (!sections.listed(id)) throw new Error(`the ${kind} registry lists no section #${id} with a heading`);
      return sectionLine(kind, id, site.locale);
    },
  };
}

/** `value` when the page shows the section, so an optional section's data exists exactly when the registry says the section is there. */
const ifShown = <T>(sections: PageSections, id: string, value: T): T | undefined => (sections.shows(id) ? value : undefined);

function frame<E extends ArticleEntry>(site: Site, kind: ArticleKind, entry: E, headings: HeadingLike[], sourceIds: string[], regions: string[] = []): ArticleFrame<E> {
  return { kind, slug: entry.id, data: entry.data, sources: site.sourcesFor(sourceIds), outline: articleOutline(kind, sectionFacts(kind, entry, site.relations), headings), regions };
}

export function typeView(site: Site, entry: TypeEntry, headings: HeadingLike[]) {
  const d = entry.data;
  const evidence = site.evidence('types', entry.id);
  // The studies of this style by name are cited here; those of massage in general are cited on each condition's page.
  const namedStudies = evidence.flatMap((row) => row.findings.filter((f) => !f.general).map((f) => f.sourceId));
  const priceSource = d.prices && site.sources.get(d.prices.source.id);
  const regions = d.focus.regions.map((r) => ({ id: r.id, title: site.title('regions', r.id), inSentence: site.titleInSentence('regions', r.id) }));
  const sections = sectionsOf(site, 'types', entry);
  return {
    frame: frame(site, 'types', entry, headings, [...d.sources.map((s) => s.id), ...namedStudies, ...(d.prices ? [d.prices.source.id] : [])], regions.map((r) => r.title)),
    sections,
    /** "Is Swedish massage right for me?", "Is deep tissue massage …". */
    titleInSentence: site.titleInSentence('types', entry.id),
    regions,
    evidence: ifShown(sections, SECTION.evidence, evidence),
    evidenceChanged: site.evidenceAsOf('types', entry.id),
    techniques: d.techniques.map((t) => site.entry('techniques', t.id)).map(articleCard('techniques', false)),
    cost: ifShown(sections, SECTION.cost, d.prices && priceSource ? { prices: d.prices, source: priceSource } : undefined),
    /** Each related type, as the page comparing the two. */
    related: ifShown(sections, SECTION.related, relatedIds('types', entry, site.relations).map((id): Card => ({ href: site.compareHref(entry.id, id), title: pairTitle(d.title, site.title('types', id), site.locale) }))),
  };
}

export function conditionView(site: Site, entry: ConditionEntry, headings: HeadingLike[]) {
  const d = entry.data;
  const evidence = site.evidence('conditions', entry.id);
  const research = conditionFindingLines(site.findingsFor(entry.id), site.research, strings(site.locale).evidence);
  const regions = d.regions.map((r) => site.entry('regions', r.id));
  const statements = evidence.flatMap((c) => c.statements.map((s) => s.sourceId));
  const sections = sectionsOf(site, 'conditions', entry);
  return {
    frame: frame(site, 'conditions', entry, headings, [...d.sources.map((s) => s.id), ...research.map((l) => l.sourceId), ...statements], regions.map((r) => r.data.title)),
    sections,
    regions: regions.map((r) => ({ id: r.id, title: r.data.title, inSentence: site.titleInSentence('regions', r.id), href: articleUrl('regions', r.id) })),
    titleInSentence: site.titleInSentence('conditions', entry.id),
    evidence,
    statements: site.conditionStatements(entry.id).all.map((s) => s.sentence),
    evidenceChanged: site.evidenceAsOf('conditions', entry.id),
    evidenceChecked: d.evidenceChecked,
    research,
    related: ifShown(sections, SECTION.related, relatedIds('conditions', entry, site.relations).map((id) => site.entry('conditions', id)).map(articleCard('conditions', true))),
  };
}

export function techniqueView(site: Site, entry: TechniqueEntry, headings: HeadingLike[]) {
  const sections = sectionsOf(site, 'techniques', entry);
  return {
    frame: frame(site, 'techniques', entry, headings, entry.data.sources.map((s) => s.id)),
    sections,
    usedIn: (site.relations.typesForTechnique.get(entry.id) ?? []).map((id) => site.entry('types', id)).map(articleCard('types', true)),
    related: ifShown(sections, SECTION.related, relatedIds('techniques', entry, site.relations).map((id) => site.entry('techniques', id)).map(articleCard('techniques', false))),
  };
}

export function regionView(site: Site, entry: RegionEntry, headings: HeadingLike[]) {
  const members = (site.relations.conditionsForRegion.get(entry.id) ?? []).map((id) => site.entry('conditions', id));
  const named = conditionsInTextOrder(entry.body ?? '', members.map((c) => c.id));
  const conditions = conditionsByCommonness(
    members.map((c) => ({
      id: c.id,
      title: c.data.title,
      inSentence: site.titleInSentence('conditions', c.id),
      headline: site.conditionStatements(c.id).headline.map((s) => s.sentence),
      summary: c.data.summary,
      mainArea: c.data.regions[0]?.id === entry.id,
    })),
    named,
  );
  const claims = site.claims().map((c) => ({ typeId: c.typeId, typeTitle: site.title('types', c.typeId), condition: c.condition, grade: c.grade }));
  const types = (site.relations.typesForRegion.get(entry.id) ?? []).map((id) => site.entry('types', id));
  const sections = sectionsOf(site, 'regions', entry);
  return {
    frame: frame(site, 'regions', entry, headings, entry.data.sources.map((s) => s.id)),
    /** "the lower back", as the section headings name the area. */
    area: site.titleInSentence('regions', entry.id),
    /** The problems the article names as what brings people here, most common first, each with where its warning signs are. */
    common: conditions
      .filter((c) => named.includes(c.id))
      .map((c) => ({ title: c.title, inSentence: c.inSentence, href: articleUrl('conditions', c.id), redFlagsHref: `${articleUrl('conditions', c.id)}#${SECTION.redFlags}` })),
    conditions: conditions.map((c): Card => ({ href: articleUrl('conditions', c.id), title: c.title, summary: c.summary })),
    evidence: ifShown(sections, SECTION.evidence, regionEvidence(conditions, claims)),
    types: typesByEvidence(types.map((t) => ({ id: t.id, title: t.data.title, summary: t.data.summary })), members.map((c) => c.id), claims).map(
      (t): Card => ({ href: articleUrl('types', t.id), title: t.title, summary: t.summary }),
    ),
  };
}

export function guideView(site: Site, entry: GuideEntry, headings: HeadingLike[]) {
  return { frame: frame(site, 'guides', entry, headings, entry.data.sources.map((s) => s.id)), glossary: site.glossary };
}
