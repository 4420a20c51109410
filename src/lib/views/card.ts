import { articleUrl, type ArticleKind } from '../model/urls.ts';

/** A link to another page as a card: its title, and its summary where the list has room for it. */
export interface Card {
  href: string;
  title: string;
  summary?: string;
}

/** An article as a card; `withSummary` where the list has room for its summary. */
export const articleCard =
  (kind: ArticleKind, withSummary: boolean) =>
  (e: { id: string; data: { title: string; summary: string } }): Card =>
    withSummary ? { href: articleUrl(kind, e.id), title: e.data.title, summary: e.data.summary } : { href: articleUrl(kind, e.id), title: e.data.title };
