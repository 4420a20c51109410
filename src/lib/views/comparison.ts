/**
 * What the comparison pages show. A pair page (/compare/a-vs-b/): the
 * generated table, the grades side by side, each type's reasons to choose
 * it, and the hand-written prose when there is some. The index (/compare/):
 * every type by every attribute, and the evidence and technique matrices.
 */
import { chooseHeading, comparisonRows, differenceSummary, pairTitle, type ComparableType } from './comparisons.ts';
import { evidenceMatrix, techniqueMatrix } from './matrices.ts';
import { pairEvidence } from './pair-evidence.ts';
import { articleUrl, compareSlug } from '../model/urls.ts';
import type { Card } from './card.ts';
import type { Site, TypeEntry } from './site-index.ts';

/** One page per pair with a page, and the reverse order as a redirect to the canonical alphabetical URL. */
export function pairPaths(site: Site) {
  return site.pairs.flatMap(([a, b]) => {
    const types = { a: site.entry('types', a), b: site.entry('types', b) };
    return [
      { params: { pair: compareSlug(a, b) }, props: { ...types, redirect: false } },
      { params: { pair: `${b}-vs-${a}` }, props: { ...types, redirect: true } },
    ];
  });
}

export function pairView(site: Site, a: TypeEntry, b: TypeEntry) {
  const comparable: [ComparableType, ComparableType] = [site.comparable(a), site.comparable(b)];
  const names: [string, string] = [a.data.title, b.data.title];
  const prose = site.comparisons.get(compareSlug(a.id, b.id));
  const title = prose?.data.title ?? pairTitle(a.data.title, b.data.title);
  return {
    title,
    summary: prose?.data.summary ?? `${a.data.title} and ${b.data.title} side by side: how they differ in purpose, pressure, focus, evidence and cost.`,
    breadcrumbs: [{ label: 'Home', href: '/' }, { label: 'Compare', href: '/compare/' }, { label: title }],
    /** Hand-written comparisons only; a generated pair has none. */
    prose,
    differences: differenceSummary(comparable),
    table: {
      caption: `${a.data.title} and ${b.data.title} compared`,
      columns: [a, b].map((t) => ({ title: t.data.title, href: articleUrl('types', t.id), pressure: t.data.pressure })),
      rows: comparisonRows(comparable),
    },
    names,
    evidence: pairEvidence(site.evidence('types', a.id), site.evidence('types', b.id)),
    choose: [a, b].map((t) => ({ id: `choose-${t.id}`, heading: chooseHeading(t.data.title), reasons: t.data.chooseIf, href: articleUrl('types', t.id), title: t.data.title })),
    faq: prose?.data.faq ?? [],
    // The pair's own sources, then the first two of each type: enough to follow up without repeating both bibliographies.
    sources: site.sourcesFor([...(prose?.data.sources ?? []).map((s) => s.id), ...a.data.sources.map((s) => s.id).slice(0, 2), ...b.data.sources.map((s) => s.id).slice(0, 2)]),
  };
}

export function compareIndexView(site: Site) {
  const types = site.types.map((t) => ({ id: t.id, ...t.data, helps: t.claims }));
  const grades = evidenceMatrix(types);
  return {
    types: site.types,
    comparable: site.types.map((t) => site.comparable(t)),
    /** grades.get(conditionId)?.get(typeId) */
    grades,
    /** Only conditions some type is graded for get a row. */
    gradedConditions: site.conditions.filter((c) => grades.has(c.id)),
    usesTechnique: techniqueMatrix(types),
    techniques: site.techniques,
    curated: [...site.comparisons.values()].map((c): Card => ({ href: `/compare/${c.id}/`, title: c.data.title, summary: c.data.summary })),
  };
}
