/**
 * A Sätteri hast plugin: every h2 and h3 of an MDX article is wrapped with a
 * "link to this section" control, the same markup SectionHeading.astro gives
 * the headings that layouts write. The link is out of the tab order: it stays
 * visible and copyable with a pointer, and keyboard users reach the same
 * addresses from the "On this page" list, so each heading adds no tab stop.
 */
import type { HastPluginEntry } from 'satteri';
import { SECTION_LINK_CLASS, sectionLinkLabelledBy } from '../lib/model/section-links.ts';

export function sectionLinks(): HastPluginEntry {
  return (file) => {
    if (!file.fileURL?.pathname.includes('/content/')) return null;
    return {
      name: 'section-links',
      element: {
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const id = node.properties?.['id'];
          if (typeof id !== 'string' || !id) return;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['section-head'] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                // data-pagefind-ignore: the "#" is a control, not text, and showed in search excerpts.
                properties: { className: [SECTION_LINK_CLASS], href: `#${id}`, ariaLabelledBy: sectionLinkLabelledBy(id).split(' '), dataPagefindIgnore: '', tabIndex: -1 },
                children: [{ type: 'text', value: '#' }],
              },
            ],
          });
        },
      },
    };
  };
}
