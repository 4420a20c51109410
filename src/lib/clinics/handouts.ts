/**
 * One-page patient handouts for massage types and conditions: the facts a
 * patient needs on paper (what it is, what the evidence says, who should not
 * have it, when to get urgent help), built from the same fields as the full
 * article, plus a QR code back to the full page.
 */
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import QRCode from 'qrcode';
import { compareGrades, type EvidenceGrade } from '../model/evidence.ts';
import { SECTION } from '../model/sections.ts';
import { absoluteUrl, articleUrl, type HandoutKind } from '../model/urls.ts';
import type { Site } from '../views/site-index.ts';

export interface HandoutSection {
  id: string;
  heading: string;
  items: string[];
}

export interface EvidenceLine {
  title: string;
  grade: EvidenceGrade;
  /** A study tested this style by name. */
  direct: boolean;
}

/** At most this many lines in a list that may be shortened (never cautions or urgent signs), so the handout stays on one page. */
export const MAX_ITEMS = 4;

/** The first items of a list, and a last line saying how many more the full page has. */
function shortened(items: string[], locale: Locale): string[] {
  if (items.length <= MAX_ITEMS) return items;
  const rest = items.length - (MAX_ITEMS - 1);
  return [...items.slice(0, MAX_ITEMS - 1), strings(locale).clinics.handouts.more(rest)];
}

/** Best grade first; within a grade, what was tested by name before what rests on massage in general. */
function evidenceItems(lines: EvidenceLine[], locale: Locale): string[] {
  const words = strings(locale);
  return [...lines]
    .sort((a, b) => compareGrades(a.grade, b.grade) || Number(b.direct) - Number(a.direct) || a.title.localeCompare(b.title))
    .map((l) => words.clinics.handouts.evidence(l.title, words.evidence.grades[l.grade].inSentence, l.direct));
}

const section = (id: string, heading: string, items: string[]): HandoutSection[] => (items.length ? [{ id, heading, items }] : []);

// Cautions and urgent signs always print whole: a handout is what a patient takes home.
export function typeHandoutSections(
  t: { title: string; chooseIf: string[]; cautions: string[]; redFlags: string[]; evidence: EvidenceLine[] },
  locale: Locale = DEFAULT_LOCALE,
): HandoutSection[] {
  const headings = strings(locale).clinics.handouts.types;
  return [
    ...section('suits', headings.suits, shortened(t.chooseIf, locale)),
    ...section('evidence', headings.evidence, shortened(evidenceItems(t.evidence, locale), locale)),
    ...section('ask-first', headings.askFirst, t.cautions),
    ...section(SECTION.redFlags, headings.redFlags, t.redFlags),
  ];
}

export function conditionHandoutSections(c: { cautions: string[]; redFlags: string[]; evidence: EvidenceLine[] }, locale: Locale = DEFAULT_LOCALE): HandoutSection[] {
  const headings = strings(locale).clinics.handouts.conditions;
  return [
    ...section('evidence', headings.evidence, shortened(evidenceItems(c.evidence, locale), locale)),
    ...section('ask-first', headings.askFirst, c.cautions),
    ...section(SECTION.redFlags, headings.redFlags, c.redFlags),
  ];
}

/** What a handout shows: the article's title and summary, its sections, and the full article's address for the QR code. */
export function handoutView(site: Site, kind: HandoutKind, id: string, siteUrl: URL | undefined) {
  const entry = kind === 'types' ? site.entry('types', id) : site.entry('conditions', id);
  const evidence = site.evidence(kind, id);
  const { title, summary, lastReviewed } = entry.data;
  return {
    kindLabel: strings(site.locale).kinds[kind].singular,
    title,
    summary,
    lastReviewed,
    /** When the grades it shows last changed: the page it links to says the same, so a clinic can tell a stale printout. */
    evidenceAsOf: site.evidenceAsOf(kind, id),
    sections: entry.collection === 'types' ? typeHandoutSections({ ...entry.data, evidence }, site.locale) : conditionHandoutSections({ ...entry.data, evidence }, site.locale),
    articleHref: articleUrl(kind, id),
    page: absoluteUrl(siteUrl, articleUrl(kind, id)),
  };
}

const qrCodes = new Map<string, Promise<string>>();

/**
 * The QR code as inline SVG: crisp at any print size, no image request. Each
 * article's code is drawn once, though its handout and /qr/ file both use it.
 */
export function qrSvg(url: string): Promise<string> {
  let svg = qrCodes.get(url);
  if (!svg) {
    // One byte-mode segment: a URL gains nothing from mixed modes, and finding the best mix was most of the cost.
    svg = QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
    qrCodes.set(url, svg);
  }
  return svg;
}
