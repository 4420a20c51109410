/**
 * Side-by-side comparison of massage types, generated from their data so the
 * tables can never disagree with the articles. Used by the pair pages, the
 * full matrix and the decision guide.
 */
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { compareGrades, suggestsBenefit, type EvidenceGrade } from '../model/evidence.ts';
import { listInWords } from './list-words.ts';
import { PRESSURE_LEVELS, type PressureRange } from '../model/pressure.ts';
import type { Prescription } from '../model/prescription.ts';
import { canonicalPair, compareSlug } from '../model/urls.ts';
import { nameFinder } from '../model/name-finder.ts';

/** A condition as a provider's reason may name it. */
export interface ConditionNames {
  id: string;
  inSentence: string;
  names: string[];
}

/** One finder per list of conditions (a site's, made once per worker), not one pattern per name per reason of every pair page. */
const finders = new WeakMap<ConditionNames[], ReturnType<typeof nameFinder>>();
function namesOf(conditions: ConditionNames[]) {
  let find = finders.get(conditions);
  if (!find) finders.set(conditions, (find = nameFinder(conditions.map((c) => c.names))));
  return find;
}

export interface ComparableType {
  id: string;
  title: string;
  purpose: string;
  goal: string;
  pressure: PressureRange;
  focus: { fullBody: boolean; regionTitles: string[]; description: string };
  prescription: Prescription;
  supervision: string;
  techniqueTitles: string[];
  helps: { conditionTitle: string; grade: EvidenceGrade }[];
  sessionMinutes: number[];
  afterEffects: string;
  frequency: string;
  insurance: string;
}

/** The rows of a comparison, in the fixed order; each language names them (its `compare.attributes`). */
const ATTRIBUTE_KEYS = ['purpose', 'pressure', 'focus', 'techniques', 'prescription', 'supervision', 'goal', 'helps', 'sessions', 'afterEffects', 'frequency', 'insurance'] as const;
export type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];

/** The rows with their names in a language. */
export function attributes(locale: Locale = DEFAULT_LOCALE): { key: AttributeKey; label: string }[] {
  const names = strings(locale).compare.attributes;
  return ATTRIBUTE_KEYS.map((key) => ({ key, label: names[key] }));
}

/** The rows in English, as the components that predate the word table read them. */
export const ATTRIBUTES = attributes();

/**
 * The rows of the two seed articles' tables and the attribute that carries
 * each, so a test can prove every seed row is generated.
 */
export const SEED_TABLE_ROWS: Record<string, AttributeKey> = {
  Purpose: 'purpose',
  Pressure: 'pressure',
  'Focus Areas': 'focus',
  Supervision: 'supervision',
  Goal: 'goal',
  'Focus Area': 'focus',
  Technique: 'techniques',
  'Requires a Prescription': 'prescription',
  'Helps treat': 'helps',
};

/** A type's prescription as a table cell, in English, as the components that predate the word table read it. */
export const PRESCRIPTION_LABELS: Record<ComparableType['prescription'], string> = strings().compare.prescription;

function listText(items: string[], locale: Locale): string {
  return items.length ? items.join(', ') : strings(locale).compare.noneListed;
}

/**
 * The row is "May help with": only claims whose research suggests a benefit, best first. "No benefit shown" would
 * contradict the row's name, and "not enough evidence" and "traditional use" say nothing a cell can compare.
 */
function helpsText(helps: ComparableType['helps'], locale: Locale): string {
  const words = strings(locale);
  const sorted = helps.filter((h) => suggestsBenefit(h.grade)).sort((a, b) => compareGrades(a.grade, b.grade));
  return sorted.length
    ? listText(
        sorted.map((h) => words.compare.helps(h.conditionTitle, words.evidence.grades[h.grade].inSentence)),
        locale,
      )
    : words.compare.noneShown;
}

/** "Light to firm", or "Deep" when the range is one level, in the language's words. */
export function pressureInWords(range: PressureRange, locale: Locale = DEFAULT_LOCALE): string {
  const words = strings(locale).pressure;
  return range.min === range.max ? words.levels[range.min] : words.range(words.levels[range.min], words.levels[range.max]);
}

/** The text of one attribute cell. */
export function attributeText(type: ComparableType, key: AttributeKey, locale: Locale = DEFAULT_LOCALE): string {
  switch (key) {
    case 'purpose':
      return type.purpose;
    case 'pressure':
      return pressureInWords(type.pressure, locale);
    case 'focus':
      return type.focus.description;
    case 'techniques':
      return listText(type.techniqueTitles, locale);
    case 'prescription':
      return strings(locale).compare.prescription[type.prescription];
    case 'supervision':
      return type.supervision;
    case 'goal':
      return type.goal;
    case 'helps':
      return helpsText(type.helps, locale);
    case 'sessions':
      return strings(locale).compare.minutes(listInWords(type.sessionMinutes, 'or', locale));
    case 'afterEffects':
      return type.afterEffects;
    case 'frequency':
      return type.frequency;
    case 'insurance':
      return type.insurance;
  }
}

export interface ComparisonRow {
  key: AttributeKey;
  label: string;
  values: string[];
  differs: boolean;
}

/** One row per attribute, in the fixed order, for any number of types. */
export function comparisonRows(types: ComparableType[], locale: Locale = DEFAULT_LOCALE): ComparisonRow[] {
  return attributes(locale).map(({ key, label }) => {
    const values = types.map((t) => attributeText(t, key, locale));
    return { key, label, values, differs: new Set(values).size > 1 };
  });
}

/**
 * Sentences joined into one paragraph, each ending in exactly one stop. Cell
 * values and authors' phrases may or may not end in a full stop already, so
 * every generated sentence goes through here: "knots.." can't happen.
 */
export function joinSentences(parts: string[]): string {
  return parts
    .map((p) => p.trim().replace(/\s*\.+$/, ''))
    .filter((p) => p.length > 0)
    .map((p) => (/[?!:]$/.test(p) ? p : `${p}.`))
    .join(' ');
}

/** Type names as their titles write them ("Swedish massage"), never lower-cased: some are proper names. */
export function pairTitle(a: string, b: string, locale: Locale = DEFAULT_LOCALE): string {
  return strings(locale).compare.pairTitle(a, b);
}

export function chooseHeading(title: string, locale: Locale = DEFAULT_LOCALE): string {
  return strings(locale).compare.chooseHeading(title);
}

/**
 * A type's "choose it if" reasons come from its providers and are not graded.
 * Where a reason names a condition the type is graded for ("such as
 * sciatica"), the grade goes beside it, so the page never says "choose it for
 * sciatica" alone while its evidence says there is not enough evidence.
 */
export function gradedReasons(
  reasons: string[],
  grades: { id: string; grade: EvidenceGrade }[],
  conditions: ConditionNames[],
  locale: Locale = DEFAULT_LOCALE,
): { text: string; research: string[] }[] {
  const words = strings(locale);
  const named = (text: string) => [...namesOf(conditions)(text)].sort((a, b) => a - b).map((i) => conditions[i]!);
  return reasons.map((text) => ({
    text,
    research: named(text).flatMap((c) => {
      const grade = grades.find((g) => g.id === c.id)?.grade;
      return grade ? [words.compare.gradedFor(words.evidence.grades[grade].inSentence, c.inSentence)] : [];
    }),
  }));
}

/** The rows a reader decides on first, in that order; the summary names them (`compare.summaryNouns`), the table shows the rest. */
const SUMMARY_ROWS = ['pressure', 'prescription', 'purpose', 'helps', 'focus', 'goal', 'sessions', 'insurance'] as const;

function firmness(range: PressureRange): number {
  return PRESSURE_LEVELS.indexOf(range.max) * 10 + PRESSURE_LEVELS.indexOf(range.min);
}

/**
 * A short summary of how two types differ most, derived from the table rather
 * than repeating it: which attributes differ, which is firmer, and which needs
 * a referral.
 */
export function differenceSummary([a, b]: [ComparableType, ComparableType], locale: Locale = DEFAULT_LOCALE): string {
  const words = strings(locale).compare;
  const said = words.summary;
  const differing = new Set(comparisonRows([a, b], locale).filter((r) => r.differs).map((r) => r.key));
  const top = SUMMARY_ROWS.filter((k) => differing.has(k)).slice(0, 3);
  if (top.length === 0) return joinSentences([said.alike]);
  const keys = new Set<AttributeKey>(top);
  const sentences = [said.differMost(listInWords(top.map((k) => words.summaryNouns[k]), 'and', locale))];
  if (keys.has('pressure')) {
    const [firmer, lighter] = firmness(a.pressure) >= firmness(b.pressure) ? [a, b] : [b, a];
    sentences.push(said.firmer(firmer.title, pressureInWords(firmer.pressure, locale), pressureInWords(lighter.pressure, locale)));
  }
  if (keys.has('prescription')) {
    sentences.push(said.prescription(a.title, words.prescriptionPhrases[a.prescription]), said.prescription(b.title, words.prescriptionPhrases[b.prescription]));
  }
  sentences.push(said.tableBelow);
  return joinSentences(sentences);
}

/**
 * The pairs of types that get a page of their own, each in canonical order:
 * types that list each other as related, hand-written comparisons, and every
 * pair page already published (clinics may link to it). Any other two types
 * are compared in the picker on /compare/, so the number of pair pages grows
 * with the relations authors write, not with the square of the type count.
 */
export function pairsWithPages(
  types: { id: string; related: string[] }[],
  curatedSlugs: Iterable<string>,
  publishedPaths: Iterable<string>,
): [string, string][] {
  const ids = new Set(types.map((t) => t.id));
  const pairs = new Map<string, [string, string]>();
  const add = (a: string, b: string) => {
    if (a !== b && ids.has(a) && ids.has(b)) pairs.set(compareSlug(a, b), canonicalPair(a, b));
  };
  for (const type of types) for (const other of type.related) add(type.id, other);
  const fromSlug = (slug: string) => {
    // Type slugs may themselves contain "-vs-", so try every split.
    for (let at = slug.indexOf('-vs-'); at > 0; at = slug.indexOf('-vs-', at + 1)) {
      const [a, b] = [slug.slice(0, at), slug.slice(at + 4)];
      if (ids.has(a) && ids.has(b)) return add(a, b);
    }
  };
  for (const slug of curatedSlugs) fromSlug(slug);
  for (const path of publishedPaths) {
    const slug = /^\/compare\/([^/]+)\/$/.exec(path)?.[1];
    if (slug) fromSlug(slug);
  }
  return [...pairs.values()].sort(([a1, b1], [a2, b2]) => a1.localeCompare(a2) || b1.localeCompare(b2));
}
