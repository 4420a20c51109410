/**
 * Defence in depth behind src/lib/checks/raw-html.ts: every Markdown body's
 * HTML passes rehype-sanitize's allowlist before it reaches a page, so markup
 * the check does not recognise (an entity-encoded `javascript:`, an unknown
 * element) is removed rather than shipped. The schema keeps everything our own
 * pipeline writes: heading ids, the section-link wrappers and their
 * aria-labelledby, glossary links, tables, images with alt text, and classes.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { satteri } from '@astrojs/markdown-satteri';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { ContentError, type ContentProblem } from '../lib/model/content-problems.ts';
import { isSafeUrl, SAFE_SCHEMES } from '../lib/checks/raw-html.ts';
import { MDX_HTML_ELEMENTS } from '../lib/checks/mdx-policy.ts';

const defaults = defaultSchema.attributes ?? {};
const ALIGN = [['style', 'text-align: left', 'text-align: right', 'text-align: center']] as const satisfies [string, ...string[]][];
const FORM_ATTRIBUTES = new Set(['accept', 'acceptCharset', 'action', 'checked', 'encType', 'method', 'multiple', 'name', 'prompt', 'readOnly', 'selected', 'value', 'maxLength']);

export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  // Our ids are the public #fragments clinics link to: keep them exactly as written.
  clobber: [],
  clobberPrefix: '',
  // GitHub's list without `input` (we have no task lists, and a form field has no place in an article).
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'abbr', 'cite', 'figure', 'figcaption', 'mark', 'small', 'time'],
  attributes: {
    ...defaults,
    // Section links carry data-pagefind-ignore (their "#" stays out of search) and tabIndex -1 (out of the tab order).
    a: ['ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy', 'href', 'title', 'dataPagefindIgnore', 'tabIndex'],
    abbr: ['title'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
    time: ['dateTime'],
    // Table column alignment, the only inline style Markdown writes.
    th: [...ALIGN],
    td: [...ALIGN],
    // Form attributes (action, method, name, …) go with the forms.
    '*': [...(defaults['*'] ?? []).filter((name) => !FORM_ATTRIBUTES.has(String(name))), 'className'],
  },
  // Site paths and #fragments carry no scheme and are always kept.
  protocols: { ...defaultSchema.protocols, href: [...SAFE_SCHEMES], src: ['http', 'https'], cite: ['http', 'https'] },
  // Neither a script's nor a style's text is prose: remove it with the element.
  strip: ['script', 'style'],
};

const sanitizer = unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize, SANITIZE_SCHEMA).use(rehypeStringify, { characterReferences: { useNamedReferences: true } });

export function sanitizeHtml(html: string): string {
  return String(sanitizer.processSync(html));
}

type MarkdownProcessor = ReturnType<typeof satteri>;

/**
 * A body that cannot be rendered, as the problem that stops the build. Astro's
 * glob() loader only logs "[ERROR] Error rendering jaw.md" with a stack trace
 * of the renderer; this names the file and says what to do. The stack
 * overflows when elements nest thousands deep (raw HTML, which the nesting
 * check of src/lib/checks/nesting.ts cannot see inside).
 */
export function renderProblem(fileURL: URL | undefined, error: unknown): ContentProblem {
  const path = fileURL ? fileURLToPath(fileURL) : 'a Markdown body';
  const inProject = path.startsWith(`${process.cwd()}${sep}`);
  const message = String((error as Error)?.message ?? error).split('\n')[0];
  const tooDeep = error instanceof RangeError && /call stack/i.test(message ?? '');
  return {
    file: inProject ? relative(process.cwd(), path).replaceAll(sep, '/') : path,
    field: 'body',
    message: tooDeep ? 'the body nests too deeply to be rendered (elements, quotes or lists thousands of levels inside one another)' : `the body could not be rendered: ${message}`,
    fix: tooDeep ? 'flatten it: a few levels of quotes, lists or HTML elements at most' : 'correct the text the message points to; if it is plain Markdown, a plugin in src/markdown/ has a bug: report it with this file',
  };
}

/**
 * The configured processor with each rendered Markdown body sanitised. The
 * options object is shared, not copied, so integrations that add plugins to
 * `processor.options` still reach the inner renderer. MDX output is code, not
 * HTML: .mdx files get jsxAllowlist() instead. A body that fails to render
 * stops the build with renderProblem(), never a page without its body.
 */
export function sanitised(processor: MarkdownProcessor): MarkdownProcessor {
  return {
    ...processor,
    async createRenderer(shared) {
      const renderer = await processor.createRenderer(shared);
      return {
        async render(content, options) {
          try {
            const result = await renderer.render(content, options);
            return { ...result, code: sanitizeHtml(result.code) };
          } catch (error) {
            throw new ContentError([renderProblem(options?.fileURL, error)]);
          }
        },
      };
    },
  };
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'xlink:href', 'cite']);

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

const unsafeAttribute = (a: JsxAttribute) =>
  a.type !== 'mdxJsxAttribute' ||
  /^on/i.test(a.name ?? '') ||
  a.name === 'style' ||
  (URL_ATTRIBUTES.has((a.name ?? '').toLowerCase()) && (typeof a.value !== 'string' || !isSafeUrl(a.value)));

/**
 * The same defence for .mdx files, as a Sätteri hast plugin over the JSX
 * elements an author wrote in lowercase (HTML, not components): elements
 * outside the MDX policy's allowlist (src/lib/checks/mdx-policy.ts) are dropped,
 * SVG and its animation included, event handlers, spread or expression attributes, inline
 * styles and unsafe URLs removed, and a Markdown link's unsafe href cleared.
 */
export function jsxAllowlist(): HastPluginEntry {
  return (file) => {
    if (!file.fileURL?.pathname.endsWith('.mdx')) return null;
    return defineHastPlugin({
      name: 'jsx-allowlist',
      mdxJsxFlowElement: { filter: [], visit: allowJsx },
      mdxJsxTextElement: { filter: [], visit: allowJsx },
      element: {
        filter: ['a', 'img'],
        visit(node, ctx) {
          for (const key of ['href', 'src']) {
            const value = node.properties?.[key];
            if (typeof value === 'string' && !isSafeUrl(value)) ctx.setProperty(node, key, null);
          }
        },
      },
    });
  };
}

type JsxNode = { name?: string | null; attributes: readonly JsxAttribute[] };

function allowJsx(node: Readonly<JsxNode>, ctx: { removeNode(node: never): void; replaceNode(node: never, replacement: never): void }): void {
  const name = node.name ?? '';
  if (!/^[a-z]/.test(name)) return;
  if (!MDX_HTML_ELEMENTS.has(name)) return ctx.removeNode(node as never);
  if (!node.attributes.some(unsafeAttribute)) return;
  ctx.replaceNode(node as never, { ...node, attributes: node.attributes.filter((a) => !unsafeAttribute(a)) } as never);
}
