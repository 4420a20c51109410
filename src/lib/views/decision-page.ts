/**
 * What one page of the decision guide shows: the next question, or the
 * results (the area's condition pages first, then up to three types with
 * their reasons and first caution), and the answers so far, each with the
 * address that changes it.
 */
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { SECTION } from '../model/sections.ts';
import { articleUrl } from '../model/urls.ts';
import {
  allQuestions,
  conditionsFor,
  decisionGuide,
  decisionUrl,
  nextQuestion,
  recommend,
  startedAdvice,
  type Answers,
  type DecisionGuide,
  type DecisionType,
  type Question,
} from './decision.ts';
import { claimsTestedByName, type Site } from './site-index.ts';

export interface AnsweredQuestion {
  question: string;
  answer: string;
  changeHref: string;
}

export interface RecommendedType {
  title: string;
  href: string;
  reasons: string[];
  /** The type's first caution, and where all of them are. */
  caution: string;
  safetyHref: string;
}

export interface DecisionPage {
  title: string;
  answered: AnsweredQuestion[];
  /** The question still to ask, with the address each answer leads to. */
  question?: Question & { choices: { label: string; href: string }[] };
  results?: {
    conditions: { title: string; href: string }[];
    startedAdvice?: ReturnType<typeof startedAdvice>;
    types: RecommendedType[];
    compare?: { text: string; href: string };
    withDiagnosis: boolean;
  };
}

/**
 * What every page of the guide shares, worked out once per loaded site: the
 * guide is built for each of its hundreds of pages, and rebuilding it and the
 * graded types there made the build grow with pages × entries (1.36 s a page
 * at 10,000 entries). Keyed on the site object, so a new load (a changed
 * article in `astro dev`, a test's small site) never sees an old answer.
 */
const perSite = new WeakMap<Site, { guide: DecisionGuide; gradedTypes: DecisionType[] }>();

function shared(site: Site) {
  let found = perSite.get(site);
  if (!found) {
    const direct = claimsTestedByName(site);
    found = {
      guide: decisionGuide(site.regions, site.conditions),
      gradedTypes: site.gradedTypes().map((t) => ({ ...t, helps: t.helps.map((h) => ({ ...h, byName: direct.has(`${t.id}/${h.condition.id}`) })) })),
    };
    perSite.set(site, found);
  }
  return found;
}

export function siteDecisionGuide(site: Site): DecisionGuide {
  return shared(site).guide;
}

/** The types as the guide weighs them: graded claims, each marked when a study tested the style by name. */
export function decisionTypes(site: Site): DecisionType[] {
  return shared(site).gradedTypes;
}

export function decisionPage(site: Site, answers: Answers, guide: DecisionGuide = siteDecisionGuide(site), locale: Locale = DEFAULT_LOCALE): DecisionPage {
  const { gradedTypes } = shared(site);
  const words = strings(locale).decision;
  const question = nextQuestion(answers, guide, locale);
  const given = allQuestions(guide, locale).filter((q) => answers[q.key] !== undefined);
  /** The answers up to (not including) a question, so each earlier answer can be changed. */
  const upTo = (key: keyof Answers): Answers => Object.fromEntries(given.slice(0, given.findIndex((q) => q.key === key)).map((q) => [q.key, answers[q.key]]));
  const answered = given.map((q) => ({ question: q.text, answer: q.options.find((o) => o.value === answers[q.key])?.label ?? '', changeHref: decisionUrl(upTo(q.key)) }));
  if (question) {
    return {
      title: words.title,
      answered,
      question: { ...question, choices: question.options.map((o) => ({ label: o.label, href: decisionUrl({ ...answers, [question.key]: o.value }) })) },
    };
  }
  const recs = recommend(answers, gradedTypes, (id) => site.titleInSentence('conditions', id), guide, locale);
  const types = recs.map((r) => ({
    title: r.title,
    href: articleUrl('types', r.id),
    reasons: r.reasons,
    caution: site.entry('types', r.id).data.cautions[0] ?? '',
    safetyHref: `${articleUrl('types', r.id)}#${SECTION.safety}`,
  }));
  const [first, second] = recs;
  return {
    title: words.resultsTitle,
    answered,
    results: {
      // For pain in one area, the condition pages come first: they say what it may be and when to see a doctor.
      conditions: answers.region ? conditionsFor(answers, guide).map((id) => ({ title: site.title('conditions', id), href: articleUrl('conditions', id) })) : [],
      ...(answers.started ? { startedAdvice: startedAdvice(answers.started, locale) } : {}),
      types,
      ...(first && second ? { compare: { text: words.compare(first.title, second.title), href: site.compareHref(first.id, second.id) } } : {}),
      withDiagnosis: answers.diagnosis === 'yes',
    },
  };
}
