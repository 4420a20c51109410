/**
 * A Sätteri mdast plugin: in each article, the first use of every glossary
 * term becomes a link to its definition. Text inside headings and links is
 * left alone, and the glossary page itself is not linked to itself.
 */
import type { MdastPluginEntry } from 'satteri';
import { glossaryUrl, termMatcher, type GlossaryTerm } from '../lib/model/glossary-links.ts';

const SKIP_INSIDE = new Set(['link', 'linkReference', 'heading', 'mdxJsxTextElement', 'mdxJsxFlowElement', 'tableCell']);

export function glossaryLinks(terms: GlossaryTerm[]): MdastPluginEntry {
  const find = termMatcher(terms);
  return (file) => {
    const path = file.fileURL?.pathname ?? '';
    if (!path.includes('/content/') || /\/guides\/glossary\.mdx?$/.test(path)) return null;
    const linked = new Set<string>();
    return {
      name: 'glossary-links',
      text(node, ctx) {
        let parent: { type: string } | undefined = ctx.parent(node);
        while (parent && parent.type !== 'root') {
          if (SKIP_INSIDE.has(parent.type)) return;
          parent = ctx.parent(parent as Parameters<typeof ctx.parent>[0]);
        }
        const hit = find(node.value, linked);
        if (!hit) return;
        linked.add(hit.id);
        const word = node.value.slice(hit.start, hit.end);
        ctx.replaceNode(node, [
          { type: 'text', value: node.value.slice(0, hit.start) },
          { type: 'link', url: glossaryUrl(hit.id), title: null, children: [{ type: 'text', value: word }] },
          { type: 'text', value: node.value.slice(hit.end) },
        ]);
      },
    };
  };
}
