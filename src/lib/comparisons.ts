/**
 * Side-by-side comparison of massage types, generated from their data so the
 * tables can never disagree with the articles. Used by the pair pages, the
 * full matrix and the decision guide.
 */
import { EVIDENCE_GRADES, GRADE_DEFINITIONS, type EvidenceGrade } from './evidence.ts';
import { describePressure, type PressureRange } from './pressure.ts';
import { canonicalPair } from './urls.ts';

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

function helpsText(helps: ComparableType['helps']): string {
  const shown = helps.filter((h) => h.grade !== 'insufficient');
  const sorted = [...shown].sort((a, b) => EVIDENCE_GRADES.indexOf(a.grade) - EVIDENCE_GRADES.indexOf(b.grade));
  return listText(sorted.map((h) => `${h.conditionTitle} (${GRADE_DEFINITIONS[h.grade].label.toLowerCase()})`));
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
      return `${type.sessionMinutes.join(', ')} minutes`;
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

/** Every unordered pair of type ids, each in canonical order, without repeats. */
export function allPairs(ids: string[]): [string, string][] {
  const sorted = [...ids].sort();
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push(canonicalPair(sorted[i]!, sorted[j]!));
  }
  return pairs;
}
