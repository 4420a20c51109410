/**
 * Reads content/ straight from disk (no build needed) and measures every
 * article: words, reading grade, sources, review date and incoming links.
 * Used by `npm run content:report` and by the content-floors test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ArticleMeasure } from '../src/lib/checks/content-floors.ts';
import { glossaryUrl, termMatcher } from '../src/lib/model/glossary-links.ts';
import { bodyLinks } from '../src/lib/checks/mdx-body.ts';
import { fleschKincaidGrade, proseText, wordCount } from '../src/lib/checks/readability.ts';
import { ARTICLE_KINDS, articleUrl, type ArticleKind } from '../src/lib/model/urls.ts';
import { splitFrontmatter } from './lib/frontmatter.ts';

export interface MeasuredArticle extends ArticleMeasure {
  /** Site paths this article links to, from its body and its data relations. */
  linksTo: string[];
}

interface Frontmatter {
  sources?: string[];
  lastReviewed?: string | Date;
  helps?: { condition: string }[];
  techniques?: string[];
  related?: string[];
  regions?: string[];
  focus?: { regions?: string[] };
  faq?: { question: string; answer: string }[];
}

const split = (file: string) => splitFrontmatter<Frontmatter>(readFileSync(file, 'utf8'), file);

/** Paths of the data relations an entry writes, so orphans count them as links. */
function relationLinks(kind: ArticleKind, d: Frontmatter): string[] {
  const links = [
    ...(d.helps ?? []).map((h) => articleUrl('conditions', h.condition)),
    ...(d.techniques ?? []).map((t) => articleUrl('techniques', t)),
    ...(d.focus?.regions ?? []).map((r) => articleUrl('regions', r)),
    ...(d.regions ?? []).map((r) => articleUrl('regions', r)),
  ];
  if (kind === 'types' || kind === 'conditions' || kind === 'techniques') links.push(...(d.related ?? []).map((r) => articleUrl(kind, r)));
  return links;
}

/** Words a data-driven component adds to the page, so the glossary page is measured as readers see it. */
function componentProse(root: string, body: string): string {
  if (!body.includes('<GlossaryList')) return '';
  const terms = parse(readFileSync(`${root}/glossary.yaml`, 'utf8')) as { term: string; definition: string }[];
  return terms.map((t) => `${t.term}. ${t.definition}`).join('\n\n');
}

export function measureContent(root = 'content'): MeasuredArticle[] {
  const articles: MeasuredArticle[] = [];
  const glossary = parse(readFileSync(`${root}/glossary.yaml`, 'utf8')) as { id: string; term: string; aliases?: string[] }[];
  // The build links each article's first use of a glossary term (src/markdown/glossary-plugin.ts).
  const findTerm = termMatcher(glossary.map((g) => ({ id: g.id, forms: [g.term, ...(g.aliases ?? [])] })));
  for (const kind of ARTICLE_KINDS) {
    for (const name of readdirSync(`${root}/${kind}`).filter((n) => /\.mdx?$/.test(n)).sort()) {
      const { data, body } = split(`${root}/${kind}/${name}`);
      const prose = `${proseText(body)}\n\n${componentProse(root, body)}`;
      const sources = new Set(data.sources ?? []);
      articles.push({
        kind,
        id: name.replace(/\.mdx?$/, ''),
        words: wordCount(prose),
        sources: sources.size,
        grade: Math.round(fleschKincaidGrade(prose) * 10) / 10,
        lastReviewed: new Date(data.lastReviewed ?? 0),
        linksTo: [
          ...bodyLinks(body).map((l) => l.path),
          ...relationLinks(kind, data),
          ...(findTerm(prose, new Set()) ? [glossaryUrl('').split('#')[0]!] : []),
        ],
      });
    }
  }
  return articles;
}

/** Articles that no other article links to, in prose or through a relation. */
export function orphans(articles: MeasuredArticle[]): MeasuredArticle[] {
  const linked = new Set<string>();
  for (const a of articles) for (const path of a.linksTo) if (path !== articleUrl(a.kind, a.id)) linked.add(path);
  return articles.filter((a) => !linked.has(articleUrl(a.kind, a.id)));
}
