/**
 * The "On this page" list: the article's own h2 sections and the data
 * sections its layout adds, in the order they appear on the page.
 */
export interface OutlineItem {
  id: string;
  text: string;
}

export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

export function articleOutline(before: OutlineItem[], prose: HeadingLike[], after: OutlineItem[]): OutlineItem[] {
  const own = prose.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text }));
  return [...before, ...own, ...after];
}
