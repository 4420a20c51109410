/**
 * How deep an article's text nests: a quote inside a quote, a list inside a
 * list item, emphasis inside emphasis. Every step of the build after the
 * parser (the plugins, the sanitiser's HTML tree) walks the page by
 * recursion, so 5,000 nested `>` overflowed the sanitiser's stack and the
 * page lost its body. No reader follows more than a few levels, so the
 * pre-check refuses a body past MAX_NESTING, on its line, before Astro runs.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { MARKDOWN_FEATURES } from '../model/markdown-features.ts';
import type { ContentProblem } from '../model/content-problems.ts';

/** Levels from the top of the body to its deepest word. The site's own articles reach 6. */
export const MAX_NESTING = 16;

export interface MdastNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  /** Where the node is written: offsets count UTF-16 code units from the start of the parsed text. */
  position?: { start: { line: number; offset?: number }; end?: { line: number; offset?: number } };
  children?: MdastNode[];
}

/** Every node of a tree with its depth (the root is 0), walked without recursion so no depth can overflow the stack. */
export function* mdastNodes(root: MdastNode): Generator<{ node: MdastNode; depth: number }> {
  const stack = [{ node: root, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    yield next;
    const children = next.node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i]!, depth: next.depth + 1 });
  }
}

/** The whole article file (frontmatter included, so lines are the file's), parsed as Astro parses it. */
export function articleTree(text: string, mdx: boolean): MdastNode {
  const parse = mdx ? mdxToMdast : markdownToMdast;
  return parse(text, { features: { ...MARKDOWN_FEATURES, frontmatter: true } }) as MdastNode;
}

/** One problem, on the line where the body first nests deeper than MAX_NESTING. */
export function nestingProblems(file: string, tree: MdastNode): ContentProblem[] {
  let first: MdastNode | undefined;
  let deepest = 0;
  for (const { node, depth } of mdastNodes(tree)) {
    if (depth > MAX_NESTING && !first) first = node;
    deepest = Math.max(deepest, depth);
  }
  if (!first) return [];
  return [
    {
      file,
      field: `line ${first.position?.start.line ?? 1}`,
      message: `quotes, lists or emphasis here are nested ${deepest.toLocaleString('en')} levels deep, more than the ${MAX_NESTING} an article may use (deeper text cannot be rendered, nor followed by a reader)`,
      fix: 'flatten it: one quote or list level for each real level of meaning, written as separate paragraphs or list items',
    },
  ];
}
