/**
 * "Find a massage that may suit you": a short path of questions, each answer a
 * static page, ending in recommended types with the reasons. The
 * recommendation is derived from the types' own data (pressure, prescription,
 * graded claims), so it changes when the articles do.
 */
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { compareGrades, EVIDENCE_GRADES, suggestsBenefit, type EvidenceGrade } from '../model/evidence.ts';
import { conditionsByCommonness, conditionsInTextOrder } from './region-order.ts';
import { GOAL_IDS, type Goal } from '../model/decision-goals.ts';
import { PRESSURE_LEVELS, type PressureLevel, type PressureRange } from '../model/pressure.ts';
import type { Prescription } from '../model/prescription.ts';
import { decisionPath } from '../model/urls.ts';

export interface Question {
  key: keyof Answers;
  text: string;
  hint: string;
  options: { value: string; label: string }[];
}

type YesNo = (typeof YES_NO)[number];

export interface Answers {
  pregnant?: YesNo;
  diagnosis?: YesNo;
  prescribed?: YesNo;
  goal?: Goal;
  pressure?: (typeof PRESSURES)[number];
  /** Where it hurts: a region id. Asked only for pain. */
  region?: string;
  /** How long ago the pain started. Asked only for pain. */
  started?: Started;
}

/**
 * The answer ids of each question, in the order offered. A /decide/ address is
 * made of these ids ("pregnant-no/goal-pain"), never of the words a language
 * shows for them, so a translation moves no URL; the goals' ids are GOAL_IDS
 * and the areas' their region ids.
 */
export const YES_NO = ['yes', 'no'] as const;
export const PRESSURES = ['light', 'medium', 'firm'] as const;
export const STARTED = ['new', 'weeks', 'months'] as const;
export type Started = (typeof STARTED)[number];

/** The box the answer to "When did it start?" puts its advice in: a new injury's is urgent. */
const STARTED_BOX: Record<Started, 'urgent' | 'note'> = { new: 'urgent', weeks: 'note', months: 'note' };

/** What the answer to "When did it start?" adds to the results, with the box it goes in. */
export function startedAdvice(started: Started, locale: Locale = DEFAULT_LOCALE): { box: 'urgent' | 'note'; text: string } {
  return { box: STARTED_BOX[started], text: strings(locale).decision.startedAdvice[started] };
}

/** A body area as the guide offers it, with the conditions whose articles list it. */
export interface DecisionRegion {
  id: string;
  title: string;
  conditions: string[];
}

/** Goals whose conditions are not pain, so "Where does it hurt?" never leads to them. */
const NOT_PAIN: Goal[] = ['relaxation', 'swelling'];
/** Pain that has lasted three months or longer leads here too, wherever it hurts. */
const CHRONIC_PAIN = 'chronic-pain';
/** Pain that started days ago is a new injury, wherever it hurts: its evidence, not that of long-lasting pain. */
const NEW_INJURY = 'muscle-strains';
/** A condition only pregnant readers have, by its title: never offered to a reader who said they are not pregnant. */
const isPregnancyCondition = (title: string) => /\bpregnan/i.test(title);

export interface DecisionGoal {
  id: Goal;
  conditions: string[];
}

/** What the guide offers, derived from the content: the goals that have conditions, and the body areas. */
export interface DecisionGuide {
  goals: DecisionGoal[];
  regions: DecisionRegion[];
  /** Conditions of pregnancy, left out for a reader who is not pregnant. */
  pregnancy: string[];
}

interface GuideCondition {
  id: string;
  data: { title: string; regions: { id: string }[]; decisionGoal?: Goal | undefined };
}

/**
 * The guide for a site: each goal with the conditions that name it (a goal
 * none names is not offered), and the body areas, each with the conditions
 * that list it first (their main area), those its article names first:
 * listing every condition that touches the neck named 18, anxiety and
 * insomnia among them.
 */
export function decisionGuide(regions: { id: string; body?: string | undefined; data: { title: string } }[], conditions: GuideCondition[]): DecisionGuide {
  const goals = GOAL_IDS.map((id) => ({ id, conditions: conditions.filter((c) => c.data.decisionGoal === id).map((c) => c.id) }));
  const notPain = new Set(goals.filter((g) => NOT_PAIN.includes(g.id)).flatMap((g) => g.conditions));
  return {
    goals: goals.filter((g) => g.conditions.length > 0),
    regions: regions.map((r) => {
      const here = conditions.filter((c) => c.data.regions[0]?.id === r.id && !notPain.has(c.id)).map((c) => ({ id: c.id, title: c.data.title, mainArea: true }));
      // Most common first, as the area's article names them: the order its page lists them in.
      const ordered = conditionsByCommonness(here, conditionsInTextOrder(r.body ?? '', here.map((c) => c.id)));
      return { id: r.id, title: r.data.title, conditions: ordered.map((c) => c.id) };
    }),
    pregnancy: conditions.filter((c) => isPregnancyCondition(c.data.title)).map((c) => c.id),
  };
}

/**
 * The questions in the order asked, each answer an id with the words the
 * language shows for it. The goals and areas come from the guide; where and
 * since when are asked last, so that every URL published before them (which
 * ended at the pressure question) still answers, now as a question page.
 */
export function allQuestions(guide: DecisionGuide, locale: Locale = DEFAULT_LOCALE): Question[] {
  const t = strings(locale).decision;
  const ask = (key: keyof Answers, options: Question['options']): Question => ({ key, ...t.questions[key], options });
  const yesNo = YES_NO.map((value) => ({ value, label: t.yesNo[value] }));
  return [
    ask('pregnant', yesNo),
    ask('diagnosis', yesNo),
    ask('prescribed', yesNo),
    ask('goal', guide.goals.map((g) => ({ value: g.id, label: t.goals[g.id] }))),
    ask('pressure', PRESSURES.map((value) => ({ value, label: t.pressure[value] }))),
    ask('region', guide.regions.map((r) => ({ value: r.id, label: r.title }))),
    ask('started', STARTED.map((value) => ({ value, label: t.started[value] }))),
  ];
}

/** The questions still to ask: pregnancy ends the path; "prescribed" only after a diagnosis; where and since when only for pain. */
export function nextQuestion(answers: Answers, guide: DecisionGuide, locale: Locale = DEFAULT_LOCALE): Question | undefined {
  if (answers.pregnant === 'yes') return undefined;
  return allQuestions(guide, locale).find(
    (q) =>
      answers[q.key] === undefined &&
      !(q.key === 'prescribed' && answers.diagnosis !== 'yes') &&
      !((q.key === 'region' || q.key === 'started') && (answers.goal !== 'pain' || guide.regions.length === 0)),
  );
}

/** The order answers take in a URL; it is part of every published /decide/ address. */
const ANSWER_ORDER: (keyof Answers)[] = ['pregnant', 'diagnosis', 'prescribed', 'goal', 'pressure', 'region', 'started'];

export function answersToSlug(answers: Answers): string {
  return ANSWER_ORDER.filter((key) => answers[key] !== undefined)
    .map((key) => `${key}-${answers[key]}`)
    .join('/');
}

export function decisionUrl(answers: Answers): string {
  return decisionPath(answersToSlug(answers));
}

/** Every reachable set of answers, complete or not, for generating the pages. */
export function allAnswerPaths(guide: DecisionGuide): Answers[] {
  const paths: Answers[] = [];
  const walk = (answers: Answers) => {
    paths.push(answers);
    const q = nextQuestion(answers, guide);
    if (q) for (const o of q.options) walk({ ...answers, [q.key]: o.value });
  };
  walk({});
  return paths;
}

export interface DecisionType {
  id: string;
  title: string;
  pressure: PressureRange;
  prescription: Prescription;
  /** `byName`: some study behind the grade tested this style by name, not massage in general. */
  helps: { condition: { id: string }; grade: EvidenceGrade; byName?: boolean }[];
}

export interface Recommendation {
  id: string;
  title: string;
  reasons: string[];
}

const PREFERENCE: Record<NonNullable<Answers['pressure']>, PressureLevel[]> = {
  light: ['very-light', 'light'],
  medium: ['medium'],
  firm: ['firm', 'deep'],
};

function coversPressure(range: PressureRange, wanted: PressureLevel[]): boolean {
  const lo = PRESSURE_LEVELS.indexOf(range.min);
  const hi = PRESSURE_LEVELS.indexOf(range.max);
  return wanted.some((level) => {
    const i = PRESSURE_LEVELS.indexOf(level);
    return i >= lo && i <= hi;
  });
}

/**
 * The conditions a complete path is about: for pain, those whose articles list
 * the area that hurts (with chronic pain once it has lasted months, and the
 * new injury's page first when it started days ago); otherwise the goal's own
 * list. Every answer counts: a reader who is not pregnant gets no condition
 * of pregnancy.
 */
export function conditionsFor(answers: Answers, guide: DecisionGuide): string[] {
  return withoutPregnancy(answers, guide, conditionsForArea(answers, guide));
}

function conditionsForArea(answers: Answers, guide: DecisionGuide): string[] {
  const goal = goalConditions(answers, guide);
  const region = answers.goal === 'pain' ? guide.regions.find((r) => r.id === answers.region) : undefined;
  if (!region) return goal;
  const acute = isNewInjury(answers, guide) ? [NEW_INJURY] : [];
  const chronic = answers.started === 'months' && goal.includes(CHRONIC_PAIN) ? [CHRONIC_PAIN] : [];
  return [...new Set([...acute, ...region.conditions, ...chronic])];
}

const isNewInjury = (answers: Answers, guide: DecisionGuide) => answers.started === 'new' && guide.goals.some((g) => g.conditions.includes(NEW_INJURY));

/** The conditions whose evidence ranks the types: for pain that started days ago, the new injury's alone, never that of pain lasting months. */
export function evidenceConditionsFor(answers: Answers, guide: DecisionGuide): string[] {
  return isNewInjury(answers, guide) ? [NEW_INJURY] : conditionsFor(answers, guide);
}

function withoutPregnancy(answers: Answers, guide: DecisionGuide, conditions: string[]): string[] {
  return answers.pregnant === 'no' ? conditions.filter((c) => !guide.pregnancy.includes(c)) : conditions;
}

function goalConditions(answers: Answers, guide: DecisionGuide): string[] {
  return withoutPregnancy(answers, guide, guide.goals.find((g) => g.id === (answers.goal ?? 'pain'))?.conditions ?? []);
}

/** Up to three types for a complete path, best evidence for its conditions first, with the reasons. */
export function recommend(answers: Answers, types: DecisionType[], conditionInSentence: (id: string) => string, guide: DecisionGuide, locale: Locale = DEFAULT_LOCALE): Recommendation[] {
  const forArea = recommendAmong(evidenceConditionsFor(answers, guide), answers, types, conditionInSentence, locale);
  // An area no type has a claim for still gets the suggestions for pain in general.
  return forArea.length > 0 ? forArea : recommendAmong(goalConditions(answers, guide), answers, types, conditionInSentence, locale);
}

function recommendAmong(conditions: string[], answers: Answers, types: DecisionType[], conditionInSentence: (id: string) => string, locale: Locale): Recommendation[] {
  const words = strings(locale);
  const said = words.decision.reasons;
  if (answers.pregnant === 'yes') {
    return types.filter((t) => t.id === 'prenatal-massage').map((t) => ({ id: t.id, title: t.title, reasons: [said.pregnancy] }));
  }
  const wanted = PREFERENCE[answers.pressure ?? 'medium'];
  const clinical = answers.diagnosis === 'yes';
  const forGoal = (t: DecisionType, keep: (g: EvidenceGrade) => boolean) =>
    t.helps.filter((h) => conditions.includes(h.condition.id) && keep(h.grade)).sort((a, b) => compareGrades(a.grade, b.grade));
  // Where no type has research showing a benefit for the goal, say so through the grades rather than suggest nothing.
  const anyEvidence = types.some((t) => forGoal(t, suggestsBenefit).length > 0);
  const scored = types
    .filter((t) => t.id !== 'prenatal-massage')
    .map((t) => ({ t, claims: forGoal(t, anyEvidence ? suggestsBenefit : () => true), pressureFits: coversPressure(t.pressure, wanted) }))
    .filter((s) => s.claims.length > 0);
  const fitting = scored.filter((s) => s.pressureFits);
  const pool = fitting.length > 0 ? fitting : scored;
  // A style usually prescribed comes first only for a reader with a diagnosis, and last for one without.
  const prescribed = (s: (typeof pool)[number]) => (s.t.prescription === 'not-needed' ? 0 : clinical ? -10 : 10);
  const rank = (s: (typeof pool)[number]) => prescribed(s) + EVIDENCE_RANK(s.claims[0]!.grade) - s.claims.length * 0.1;
  // Ties go to evidence that tested the style by name, then to the gentler style, never to the alphabet.
  const byName = (s: (typeof pool)[number]) => (s.claims.some((c) => c.byName) ? 0 : 1);
  const gentleness = (s: (typeof pool)[number]) => PRESSURE_LEVELS.indexOf(s.t.pressure.min);
  return [...pool]
    .sort((a, b) => rank(a) - rank(b) || byName(a) - byName(b) || gentleness(a) - gentleness(b) || a.t.title.localeCompare(b.t.title))
    .slice(0, 3)
    .map(({ t, claims, pressureFits }) => ({
      id: t.id,
      title: t.title,
      reasons: [
        ...claims.slice(0, 2).map((c) => said.grade(words.evidence.grades[c.grade].label, conditionInSentence(c.condition.id))),
        pressureFits ? said.pressureFits(answers.pressure ?? 'medium') : said.pressureOff,
        ...(clinical && t.prescription !== 'not-needed' ? [said.clinical] : []),
      ],
    }));
}

const EVIDENCE_RANK = (grade: EvidenceGrade) => EVIDENCE_GRADES.indexOf(grade);
