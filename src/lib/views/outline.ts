/**
 * The "On this page" list: the article's own h2 sections and the data
 * sections its layout shows, in the order they appear on the page. Which data
 * sections those are comes from the kind's registry (src/lib/model/sections.ts).
 */
import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';
import { shownSections, type SectionFacts } from '../model/sections.ts';
import type { ArticleKind } from '../model/urls.ts';

export interface OutlineItem {
  id: string;
  text: string;
}

export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

/** A listed section's line, in the language's words for its kind (tests/unit/model/sections.test.ts holds every listed id to a line). */
export function sectionLine(kind: ArticleKind, id: string, locale: Locale = DEFAULT_LOCALE): string {
  return (strings(locale).sections[kind] as Record<string, string>)[id]!;
}

export function articleOutline(kind: ArticleKind, facts: SectionFacts, prose: HeadingLike[], locale: Locale = DEFAULT_LOCALE): OutlineItem[] {
  const listed = shownSections(kind, facts).flatMap((s) => (s.listed ? [{ id: s.id, text: sectionLine(kind, s.id, locale), above: s.aboveBody ?? false }] : []));
  const item = ({ id, text }: OutlineItem) => ({ id, text });
  const own = prose.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text }));
  return [...listed.filter((s) => s.above).map(item), ...own, ...listed.filter((s) => !s.above).map(item)];
}
