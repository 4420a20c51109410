/**
 * What the comparison pages show. A pair page (/compare/a-vs-b/): the
 * generated table, the grades side by side, each type's reasons to choose
 * it, and the hand-written prose when there is some. The index (/compare/):
 * every type by every attribute, and the evidence and technique matrices.
 */
import { strings } from '../../i18n/index.ts';
import { attributes, attributeText, chooseHeading, comparisonRows, differenceSummary, gradedReasons, pairTitle, type ComparableType, type ConditionNames } from './comparisons.ts';
import type { PressureRange } from '../model/pressure.ts';
import { chooseSection, SECTION } from '../model/sections.ts';
import { evidenceMatrix, techniqueMatrix } from './matrices.ts';
import { pairEvidence } from './pair-evidence.ts';
import { pickerWords } from './type-selection.ts';
import { articleUrl, compareSlug } from '../model/urls.ts';
import type { Card } from './card.ts';
import { claimsTestedByName, type Site, type TypeEntry } from './site-index.ts';

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

/** The conditions a reason may name, worked out once per loaded site rather than on every pair page. */
const conditionNames = new WeakMap<Site, ConditionNames[]>();
function conditionNamesOf(site: Site): ConditionNames[] {
  let names = conditionNames.get(site);
  if (!names) conditionNames.set(site, (names = site.conditions.map((c) => ({ id: c.id, inSentence: site.titleInSentence('conditions', c.id), names: [c.data.title, ...c.data.aliases] }))));
  return names;
}

export function pairView(site: Site, a: TypeEntry, b: TypeEntry) {
  const comparable: [ComparableType, ComparableType] = [site.comparable(a), site.comparable(b)];
  const names: [string, string] = [a.data.title, b.data.title];
  const prose = site.comparisons.get(compareSlug(a.id, b.id));
  const conditionNames = conditionNamesOf(site);
  const { locale } = site;
  const words = strings(locale);
  const title = prose?.data.title ?? pairTitle(a.data.title, b.data.title, locale);
  // Mid-sentence, a name is written as a sentence writes it: "Deep tissue massage and medical massage compared".
  const second = site.titleInSentence('types', b.id);
  return {
    title,
    summary: prose?.data.summary ?? words.compare.pairSummary(a.data.title, second),
    breadcrumbs: [{ label: words.nav.home, href: '/' }, { label: words.nav.compare, href: '/compare/' }, { label: title }],
    /** Hand-written comparisons only; a generated pair has none. */
    prose,
    differences: differenceSummary(comparable, locale),
    table: {
      caption: words.compare.pairCaption(a.data.title, second),
      columns: [a, b].map((t) => ({ title: t.data.title, href: articleUrl('types', t.id), pressure: t.data.pressure })),
      rows: comparisonRows(comparable, locale),
    },
    names,
    evidence: pairEvidence(site.evidence('types', a.id), site.evidence('types', b.id)),
    choose: [a, b].map((t) => ({
      id: chooseSection(t.id),
      heading: chooseHeading(t.data.title, locale),
      reasons: gradedReasons(t.data.chooseIf, site.evidence('types', t.id), conditionNames, locale),
      href: articleUrl('types', t.id),
      title: t.data.title,
    })),
    faq: prose?.data.faq ?? [],
    // The pair's own sources, then the first two of each type: enough to follow up without repeating both bibliographies.
    sources: site.sourcesFor([...(prose?.data.sources ?? []).map((s) => s.id), ...a.data.sources.map((s) => s.id).slice(0, 2), ...b.data.sources.map((s) => s.id).slice(0, 2)]),
  };
}

/** A cell of the attribute table: the pressure scale, or text. */
export type AttributeCell = { pressure: PressureRange } | { text: string };

/** The compare index: every type by every attribute, then the evidence and technique matrices, each cell ready to render. */
export function compareIndexView(site: Site) {
  const types = site.gradedTypes();
  const grades = evidenceMatrix(types);
  const usesTechnique = techniqueMatrix(types);
  const direct = claimsTestedByName(site);
  const columns = site.types.map((t) => ({ id: t.id, title: t.data.title, href: articleUrl('types', t.id) }));
  return {
    columns,
    /** What the type picker's script says, as JSON for the form's data-words. */
    pickerWords: JSON.stringify(pickerWords(site.locale)),
    attributeRows: site.types.map((t) => {
      const comparable = site.comparable(t);
      const cells = attributes(site.locale).map((a): AttributeCell => (a.key === 'pressure' ? { pressure: comparable.pressure } : { text: attributeText(comparable, a.key, site.locale) }));
      return { id: t.id, title: comparable.title, href: articleUrl('types', t.id), cells };
    }),
    /** Only conditions some type is graded for get a row; a grade links to the claim and the studies behind it, and says when a study tested the style by name. */
    evidenceRows: site.conditions
      .filter((c) => grades.has(c.id))
      .map((c) => ({
        title: c.data.title,
        href: `${articleUrl('conditions', c.id)}#${SECTION.evidence}`,
        cells: columns.map((t) => {
          const grade = grades.get(c.id)?.get(t.id);
          return grade && { grade, href: `${articleUrl('types', t.id)}#claim-${c.id}`, byName: direct.has(`${t.id}/${c.id}`) };
        }),
      })),
    techniqueRows: site.techniques.map((tech) => ({ title: tech.data.title, href: articleUrl('techniques', tech.id), cells: columns.map((t) => usesTechnique.get(t.id)?.has(tech.id) ?? false) })),
    curated: [...site.comparisons.values()].map((c): Card => ({ href: `/compare/${c.id}/`, title: c.data.title, summary: c.data.summary })),
  };
}
