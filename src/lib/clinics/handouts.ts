/**
 * One-page patient handouts for massage types and conditions: the facts a
 * patient needs on paper (what it is, what the evidence says, who should not
 * have it, when to get urgent help), built from the same fields as the full
 * article, plus a QR code back to the full page.
 */
import QRCode from 'qrcode';
import { GRADE_DEFINITIONS, compareGrades, type EvidenceGrade } from '../model/evidence.ts';
import { SECTION } from '../model/sections.ts';
import { KIND_LABELS, absoluteUrl, articleUrl, type ArticleKind } from '../model/urls.ts';
import type { Site } from '../views/site-index.ts';

export const HANDOUT_KINDS = ['types', 'conditions'] as const satisfies readonly ArticleKind[];
export type HandoutKind = (typeof HANDOUT_KINDS)[number];

export function isHandoutKind(kind: string): kind is HandoutKind {
  return (HANDOUT_KINDS as readonly string[]).includes(kind);
}

/** The QR code image of an article, shown only when it is printed. */
export function qrUrl(kind: HandoutKind, slug: string): string {
  return `/qr/${kind}/${slug}.svg`;
}

export function handoutUrl(kind: HandoutKind, slug: string): string {
  return `/handouts/${kind}/${slug}/`;
}

export interface HandoutSection {
  id: string;
  heading: string;
  items: string[];
}

export interface EvidenceLine {
  title: string;
  grade: EvidenceGrade;
}

/** At most this many lines per list, so the handout stays on one page. */
export const MAX_ITEMS = 4;

function evidenceItems(lines: EvidenceLine[]): string[] {
  return [...lines]
    .sort((a, b) => compareGrades(a.grade, b.grade) || a.title.localeCompare(b.title))
    .slice(0, MAX_ITEMS)
    .map((l) => `${l.title}: ${GRADE_DEFINITIONS[l.grade].label.toLowerCase()}`);
}

const section = (id: string, heading: string, items: string[]): HandoutSection[] => (items.length ? [{ id, heading, items: items.slice(0, MAX_ITEMS) }] : []);

export function typeHandoutSections(t: { title: string; chooseIf: string[]; cautions: string[]; redFlags: string[]; evidence: EvidenceLine[] }): HandoutSection[] {
  return [
    ...section('suits', 'It may suit you if', t.chooseIf),
    ...section('evidence', 'What the research says it may help', evidenceItems(t.evidence)),
    ...section('ask-first', 'Do not have it, or ask a doctor first, if', t.cautions),
    ...section(SECTION.redFlags, 'Get urgent medical help if', t.redFlags),
  ];
}

export function conditionHandoutSections(c: { cautions: string[]; redFlags: string[]; evidence: EvidenceLine[] }): HandoutSection[] {
  return [
    ...section('evidence', 'Massage types that may help', evidenceItems(c.evidence)),
    ...section('ask-first', 'Ask a doctor before massage if', c.cautions),
    ...section(SECTION.redFlags, 'Get urgent medical help if', c.redFlags),
  ];
}

/** What a handout shows: the article's title and summary, its sections, and the full article's address for the QR code. */
export function handoutView(site: Site, kind: HandoutKind, id: string, siteUrl: URL | undefined) {
  const entry = kind === 'types' ? site.entry('types', id) : site.entry('conditions', id);
  const evidence = site.evidence(kind, id);
  const { title, summary, lastReviewed } = entry.data;
  return {
    kindLabel: KIND_LABELS[kind].singular,
    title,
    summary,
    lastReviewed,
    sections: entry.collection === 'types' ? typeHandoutSections({ ...entry.data, evidence }) : conditionHandoutSections({ ...entry.data, evidence }),
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
