/**
 * Side-by-side comparison of massage types, generated from their data so the
 * tables can never disagree with the articles. Used by the pair pages, the
 * full matrix and the decision guide.
 */
import { compareGrades, GRADE_DEFINITIONS, suggestsBenefit, type EvidenceGrade } from '../model/evidence.ts';
import { listInWords } from './list-words.ts';
import { describePressure, PRESSURE_LEVELS, type PressureRange } from '../model/pressure.ts';
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
  prescription: 'required' | 'usual' | 'not-needed';
  supervision: string;
  techniqueTitles: string[];
  helps: { conditionTitle: string; grade: EvidenceGrade }[];
  sessionMinutes: number[];
  afterEffects: string;
  frequency: string;
  insurance: string;
}

export const ATTRIBUTES = [
  { key: 'purpose', label: 'Purpose' },
  { key: 'pressure', label: 'Pressure' },
  { key: 'focus', label: 'Focus areas' },
  { key: 'techniques', label: 'Techniques' },
  { key: 'prescription', label: 'Prescription or referral' },
  { key: 'supervision', label: 'Supervision' },
  { key: 'goal', label: 'Goal' },
  { key: 'helps', label: 'May help with' },
  { key: 'sessions', label: 'Session length' },
  { key: 'afterEffects', label: 'After a session' },
  { key: 'frequency', label: 'How often' },
  { key: 'insurance', label: 'Insurance' },
] as const;
export type AttributeKey = (typeof ATTRIBUTES)[number]['key'];

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

export const PRESCRIPTION_LABELS: Record<ComparableType['prescription'], string> = {
  required: 'Required',
  usual: 'Usually prescribed or recommended by a provider',
  'not-needed': 'Not needed: book directly',
};

function listText(items: string[]): string {
  return items.length ? items.join(', ') : 'None listed';
}

/**
 * The row is "May help with": only claims whose research suggests a benefit, best first. "No benefit shown" would
 * contradict the row's name, and "not enough evidence" and "traditional use" say nothing a cell can compare.
 */
function helpsText(helps: ComparableType['helps']): string {
  const sorted = helps.filter((h) => suggestsBenefit(h.grade)).sort((a, b) => compareGrades(a.grade, b.grade));
  return sorted.length ? listText(sorted.map((h) => `${h.conditionTitle} (${GRADE_DEFINITIONS[h.grade].label.toLowerCase()})`)) : 'None shown with more than very low certainty';
}

/** The text of one attribute cell. */
export function attributeText(type: ComparableType, key: AttributeKey): string {
  switch (key) {
    case 'purpose':
      return type.purpose;
    case 'pressure':
      return describePressure(type.pressure);
    case 'focus':
      return type.focus.description;
    case 'techniques':
      return listText(type.techniqueTitles);
    case 'prescription':
      return PRESCRIPTION_LABELS[type.prescription];
    case 'supervision':
      return type.supervision;
    case 'goal':
      return type.goal;
    case 'helps':
      return helpsText(type.helps);
    case 'sessions':
      return `${listInWords(type.sessionMinutes)} minutes`;
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
export function comparisonRows(types: ComparableType[]): ComparisonRow[] {
  return ATTRIBUTES.map(({ key, label }) => {
    const values = types.map((t) => attributeText(t, key));
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
export function pairTitle(a: string, b: string): string {
  return `${a} vs ${b}`;
}

export function chooseHeading(title: string): string {
  return `Choose ${title} if:`;
}

/**
 * A type's "choose it if" reasons come from its providers and are not graded.
 * Where a reason names a condition the type is graded for ("such as
 * sciatica"), the grade goes beside it, so the page never says "choose it for
 * sciatica" alone while its evidence says there is not enough evidence.
 */
export function gradedReasons(reasons: string[], grades: { id: string; grade: EvidenceGrade }[], conditions: ConditionNames[]): { text: string; research: string[] }[] {
  const named = (text: string) => [...namesOf(conditions)(text)].sort((a, b) => a - b).map((i) => conditions[i]!);
  return reasons.map((text) => ({
    text,
    research: named(text).flatMap((c) => {
      const grade = grades.find((g) => g.id === c.id)?.grade;
      return grade ? [`${GRADE_DEFINITIONS[grade].label.toLowerCase()} for ${c.inSentence}`] : [];
    }),
  }));
}

/** The rows a reader decides on first, in that order, each as the summary names it; the table shows the rest. */
const SUMMARY_NOUNS: [AttributeKey, string][] = [
  ['pressure', 'pressure'],
  ['prescription', 'the need for a referral'],
  ['purpose', 'purpose'],
  ['helps', 'what the research supports'],
  ['focus', 'focus areas'],
  ['goal', 'goal'],
  ['sessions', 'session length'],
  ['insurance', 'insurance'],
];

const PRESCRIPTION_PHRASES: Record<ComparableType['prescription'], string> = {
  required: 'needs a prescription or referral',
  usual: 'is usually prescribed or recommended by a provider',
  'not-needed': 'can be booked directly',
};

function firmness(range: PressureRange): number {
  return PRESSURE_LEVELS.indexOf(range.max) * 10 + PRESSURE_LEVELS.indexOf(range.min);
}

function wordList(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}

/**
 * A short summary of how two types differ most, derived from the table rather
 * than repeating it: which attributes differ, which is firmer, and which needs
 * a referral.
 */
export function differenceSummary([a, b]: [ComparableType, ComparableType]): string {
  const differing = new Set(comparisonRows([a, b]).filter((r) => r.differs).map((r) => r.key));
  const top = SUMMARY_NOUNS.filter(([k]) => differing.has(k)).slice(0, 3);
  if (top.length === 0) return joinSentences(['On paper they are much alike: the table below shows every detail']);
  const keys = new Set(top.map(([k]) => k));
  const sentences = [`They differ most in ${wordList(top.map(([, noun]) => noun))}`];
  if (keys.has('pressure')) {
    const [firmer, lighter] = firmness(a.pressure) >= firmness(b.pressure) ? [a, b] : [b, a];
    sentences.push(`${firmer.title} is the firmer of the two (${describePressure(firmer.pressure).toLowerCase()}, against ${describePressure(lighter.pressure).toLowerCase()})`);
  }
  if (keys.has('prescription')) {
    sentences.push(`${a.title} ${PRESCRIPTION_PHRASES[a.prescription]}`, `${b.title} ${PRESCRIPTION_PHRASES[b.prescription]}`);
  }
  sentences.push('The table below shows every detail');
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
