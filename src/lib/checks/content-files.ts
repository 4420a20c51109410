/**
 * Which files in content/<kind>/ are articles. The file name is the public
 * URL, so it must be a lowercase-hyphen slug; the loader reads only .md and
 * .mdx, so any other file would be silently ignored; and two files that make
 * the same URL (Foo.md beside foo.md, x.md beside x.mdx) would leave one of
 * them silently dropped.
 */
import type { ContentProblem } from '../model/content-problems.ts';
import { slugify } from '../model/slug.ts';

export const ARTICLE_FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.(md|mdx)$/;

export interface FolderItem {
  name: string;
  isDirectory: boolean;
}

const stem = (name: string) => name.replace(/\.[^.]*$/, '');

/**
 * `folder` is the path from the project root, e.g. content/types, and `items`
 * what it holds (undefined: the folder is missing). Hidden files (.DS_Store,
 * editor swap files) are not content. Every kind has pages, so a missing or
 * empty folder is a slip (a rename, a move) that would drop a whole section.
 */
export function articleFileProblems(folder: string, items: FolderItem[] | undefined): ContentProblem[] {
  if (items === undefined) return [{ file: `${folder}/`, field: 'folder', message: 'the folder is missing, so its section of the site would be empty', fix: `create ${folder}/ with its articles (git restores it if it was moved by mistake)` }];
  const problems: ContentProblem[] = [];
  const byUrl = new Map<string, string[]>();
  for (const { name, isDirectory } of items) {
    if (name.startsWith('.')) continue;
    const file = `${folder}/${name}`;
    if (isDirectory) {
      problems.push({ file: `${file}/`, field: 'folder', message: 'articles in a subfolder are not read', fix: `move its files up into ${folder}/` });
      continue;
    }
    const extension = /\.(md|mdx)$/i.exec(name)?.[1]?.toLowerCase();
    const suggestion = `${slugify(stem(name)) || 'article-name'}.${extension ?? 'md'}`;
    if (!extension || !/\.(md|mdx)$/.test(name)) {
      problems.push({
        file,
        field: 'file name',
        message: `${name} is not read: articles are .md files (.mdx when they use a component)`,
        fix: `rename it to ${folder}/${suggestion}, or move it out of ${folder}/`,
      });
      continue;
    }
    if (!ARTICLE_FILE_NAME.test(name)) {
      problems.push({
        file,
        field: 'file name',
        message: `${name} is not a lowercase-hyphen slug, and the file name is the page's URL`,
        fix: `rename it to ${folder}/${suggestion}`,
      });
    }
    const url = stem(name).toLowerCase();
    byUrl.set(url, [...(byUrl.get(url) ?? []), name]);
  }
  for (const [url, names] of byUrl) {
    if (names.length < 2) continue;
    // Keep the one already named as a slug, and Markdown over MDX.
    const keep = names.sort().find((n) => n.endsWith('.md') && ARTICLE_FILE_NAME.test(n)) ?? names.find((n) => ARTICLE_FILE_NAME.test(n)) ?? names[0]!;
    problems.push({
      file: `${folder}/${keep}`,
      field: 'file name',
      message: `${names.join(' and ')} would be the same page (${url}), and only one of them would be published`,
      fix: `merge them into ${folder}/${keep} and delete ${names.filter((n) => n !== keep).map((n) => `${folder}/${n}`).join(' and ')}`,
    });
  }
  // A folder of misnamed files already has a problem for each; one with nothing in it says so.
  if (problems.length === 0 && byUrl.size === 0) {
    problems.push({ file: `${folder}/`, field: 'folder', message: 'the folder holds no article (.md or .mdx), so its section of the site would be empty', fix: `add its articles to ${folder}/ (git restores them if they were moved by mistake)` });
  }
  return problems;
}
