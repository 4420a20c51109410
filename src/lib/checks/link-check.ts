/**
 * Internal links written in article bodies, checked against the pages and section
 * ids the build will produce, so a dead link stops the build with the file and
 * line instead of reaching a reader.
 */
import type { ContentProblem } from '../model/content-problems.ts';
import type { BodyLink } from './mdx-body.ts';

/** Every page the site builds, with the section ids a link may target. */
export type PageMap = Map<string, ReadonlySet<string>>;

export function findDeadLinks(file: string, selfPath: string, links: BodyLink[], pages: PageMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const link of links) {
    const path = link.path === '' ? selfPath : link.path;
    const target = link.path === '' ? `#${link.fragment}` : `${link.path}${link.fragment ? `#${link.fragment}` : ''}`;
    const ids = pages.get(path);
    if (!ids) {
      const hint = !path.endsWith('/')
        ? 'internal links end with "/", e.g. /types/swedish-massage/'
        : path.startsWith('/compare/')
          ? 'only related types have a pair page: add each type to the other\'s `related`, or link to /compare/?t=<a>&t=<b>'
          : 'check the slug against the file names in content/';
      problems.push({ file, field: `body line ${link.line}`, message: `the link ${target} leads to no page`, fix: hint });
    } else if (link.fragment && !ids.has(link.fragment)) {
      problems.push({
        file,
        field: `body line ${link.line}`,
        message: `the link ${target} names a section that ${path} does not have`,
        fix: `use one of: ${[...ids].sort().map((id) => `#${id}`).join(', ') || '(no sections)'}`,
      });
    }
  }
  return problems;
}
