/**
 * An .mdx article is a program: Astro compiles it to a module that runs on the
 * build machine and writes whatever elements it likes. So an .mdx body is held
 * to a policy before Astro runs, read with the same parser Astro compiles it
 * with (Sätteri, through @astrojs/markdown-satteri), ESTree included:
 *
 * - imports: only a content component, by its documented path, as a default import;
 * - no `export` (an `export const components` swaps elements for others);
 * - no `{…}` expression (it runs on the build machine: `{process.env.HOME}`,
 *   `{jsx('script', …)}`), and attribute values that are literals, or a prop the
 *   route hands to the page (`props.glossary`);
 * - JSX elements and attributes from an allowlist, every URL judged as a
 *   browser reads it.
 */
import { basename, dirname, resolve } from 'node:path';
import { defineHastPlugin, mdxToJs } from 'satteri';
import { MARKDOWN_FEATURES } from '../model/markdown-features.ts';
import { CONTENT_COMPONENTS, CONTENT_COMPONENTS_DIR, componentImport, isContentComponent, type ContentComponent } from '../model/content-components.ts';
import type { ContentProblem } from '../model/content-problems.ts';
import { articleTree, mdastNodes, nestingProblems, type MdastNode } from './nesting.ts';
import { isSafeUrl, SAFE_URL_FIX, unsafeUrlMessage } from './raw-html.ts';

/** The folder of the components an article may import, from the project's root, where every build and check runs. */
const CONTENT_COMPONENTS_PATH = resolve(CONTENT_COMPONENTS_DIR);

/** The import line of a component as docs/contributing.md documents it; articles sit one folder below content/. */
const documentedImport = (name: ContentComponent) => componentImport(name, `../../${CONTENT_COMPONENTS_DIR}`);

/** What the guides route passes to an article's Content (src/pages/guides/[slug].astro), the only expression an attribute may hold. */
const ROUTE_PROPS = new Set(['glossary']);

/** The HTML an author may write in JSX: text-level and structural elements, none that loads, runs or submits anything. */
export const MDX_HTML_ELEMENTS: ReadonlySet<string> = new Set(
  'a abbr b blockquote br caption cite code dd del details div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td tfoot th thead time tr ul'.split(' '),
);
const HTML_ATTRIBUTES = new Set(['id', 'class', 'className', 'title', 'lang', 'dir', 'alt', 'width', 'height', 'colSpan', 'colspan', 'rowSpan', 'rowspan', 'scope', 'dateTime', 'datetime', 'open']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const isAria = (name: string) => /^aria-[a-z]+$/.test(name);

const COMPONENT_LIST = Object.keys(CONTENT_COMPONENTS).join(', ');
const IMPORT_FIX = `import only a content component, by its documented path: ${documentedImport('GradeRule')} (components: ${COMPONENT_LIST})`;
const EXPRESSION_FIX = 'write the text itself in Markdown; an article runs no code, and a computed table or list belongs in a component in src/content-components';

interface EstreeNode {
  type: string;
  start?: number;
  [key: string]: unknown;
}

/** Every node of an ESTree, depth first. */
function* walk(node: unknown): Generator<EstreeNode> {
  if (Array.isArray(node)) for (const child of node) yield* walk(child);
  else if (node && typeof node === 'object' && typeof (node as EstreeNode).type === 'string') {
    yield node as EstreeNode;
    for (const [key, value] of Object.entries(node)) if (key !== 'type') yield* walk(value);
  }
}

/** Names that make elements out of sight of the JSX allowlist. */
const ELEMENT_FACTORIES = /^(jsx|jsxs|jsxDEV|createElement|h|render|renderJSX|createComponent)$/;

function expressionMessage(program: unknown): string {
  for (const node of walk(program)) {
    if ((node.type === 'Identifier' && ELEMENT_FACTORIES.test(String(node['name']))) || (node.type === 'Literal' && /jsx-runtime/.test(String(node['value'])))) {
      return `calls ${String(node['name'] ?? 'the JSX runtime')}() to make elements the allowlist never sees`;
    }
    if (node.type === 'Identifier' && node['name'] === 'process') return 'reads the build machine (process), which would publish what it holds';
  }
  return 'is a JavaScript expression, which runs on the build machine';
}

/** An attribute value Sätteri keeps as source text, parsed as an expression by the same parser. */
function parseExpression(code: string): unknown {
  let program: unknown = null;
  mdxToJs(`{${code}}`, {
    hastPlugins: [defineHastPlugin({ name: 'policy-expression', mdxFlowExpression: (node) => void (program = node.parseExpression()) })],
  });
  return program;
}

/** A literal (`"3"`, `2`, `true`), or `props.<name>` for what the route passes: the only attribute expressions allowed. */
function allowedAttributeExpression(code: string, component: boolean): boolean {
  const body = (parseExpression(code) as { body?: EstreeNode[] } | null)?.body;
  const expression = body?.length === 1 && body[0]!.type === 'ExpressionStatement' ? (body[0]!['expression'] as EstreeNode) : undefined;
  if (expression?.type === 'Literal') return !(expression['regex']);
  if (!component || expression?.type !== 'MemberExpression' || expression['computed']) return false;
  const object = expression['object'] as EstreeNode;
  const property = expression['property'] as EstreeNode;
  return object.type === 'Identifier' && object['name'] === 'props' && ROUTE_PROPS.has(String(property['name']));
}

/** The ESTree of each `import`/`export` block and `{…}` expression, by its line in the file. */
function programs(source: string): { kind: 'esm' | 'expression'; line: number; program: unknown; value: string }[] {
  const found: { kind: 'esm' | 'expression'; line: number; program: unknown; value: string }[] = [];
  const keep = (kind: 'esm' | 'expression') => (node: Readonly<{ position?: { start: { line: number } } | undefined; value: string; parseExpression(): unknown }>) =>
    void found.push({ kind, line: node.position?.start.line ?? 1, program: node.parseExpression(), value: node.value });
  mdxToJs(source, {
    features: { ...MARKDOWN_FEATURES, frontmatter: true },
    hastPlugins: [
      defineHastPlugin({
        name: 'policy-programs',
        options: { position: true },
        mdxjsEsm: keep('esm'),
        mdxFlowExpression: keep('expression'),
        mdxTextExpression: keep('expression'),
      }),
    ],
  });
  return found;
}

const lineIn = (value: string, start: number | undefined, first: number) => first + (value.slice(0, start ?? 0).match(/\n/g)?.length ?? 0);

function esmProblems(file: string, line: number, value: string, program: unknown, imported: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (node: EstreeNode) => `line ${lineIn(value, node.start, line)}`;
  for (const statement of (program as { body?: EstreeNode[] } | null)?.body ?? []) {
    if (statement.type !== 'ImportDeclaration') {
      problems.push({
        file,
        field: at(statement),
        message: statement.type.startsWith('Export') ? '`export` changes what the article renders (an `export const components` swaps its elements for others)' : 'an article runs no code of its own',
        fix: 'remove it: an .mdx article may only import content components and use them as tags',
      });
      continue;
    }
    const source = String((statement['source'] as EstreeNode)['value']);
    const specifiers = statement['specifiers'] as EstreeNode[];
    // Where the import leads, not how it is spelt: a content folder elsewhere (the build benchmark's) reaches the same components by another relative path.
    const target = resolve(dirname(file), source);
    const name = dirname(target) === CONTENT_COMPONENTS_PATH ? Object.keys(CONTENT_COMPONENTS).find((n) => isContentComponent(n) && CONTENT_COMPONENTS[n].file === basename(target)) : undefined;
    const local = specifiers.length === 1 && specifiers[0]!.type === 'ImportDefaultSpecifier' ? String((specifiers[0]!['local'] as EstreeNode)['name']) : undefined;
    if (name === undefined || !isContentComponent(name)) {
      problems.push({ file, field: at(statement), message: `imports ${JSON.stringify(source)}, which is not a content component`, fix: IMPORT_FIX });
    } else if (local !== name) {
      problems.push({ file, field: at(statement), message: `imports ${name} in another form than its documented line`, fix: `write ${documentedImport(name)}` });
    } else imported.add(name);
  }
  return problems;
}

function elementProblems(file: string, node: MdastNode, imported: ReadonlySet<string>): ContentProblem[] {
  const name = node.name ?? '';
  const field = `line ${node.position?.start.line ?? 1}`;
  const component = /^[A-Z]/.test(name);
  if (component ? !imported.has(name) : !MDX_HTML_ELEMENTS.has(name)) {
    return [
      {
        file,
        field,
        message: name === '' ? 'a JSX fragment <>…</> is not Markdown' : component ? `<${name}> is not an imported content component` : `<${name}> is not an element an article may contain`,
        fix: component ? `${isContentComponent(name) ? `add ${documentedImport(name)}` : `use a content component (${COMPONENT_LIST})`}, or remove the tag` : 'write it in Markdown (a heading, list, table, link or image), or remove it',
      },
    ];
  }
  const allowedProps: readonly string[] | undefined = component ? (isContentComponent(name) ? CONTENT_COMPONENTS[name].props : []) : undefined;
  const problems: ContentProblem[] = [];
  for (const attribute of node.attributes ?? []) {
    const attributeName = attribute.name ?? '';
    const allowedName = allowedProps ? allowedProps.includes(attributeName) : HTML_ATTRIBUTES.has(attributeName) || URL_ATTRIBUTES.has(attributeName) || isAria(attributeName);
    if (attribute.type !== 'mdxJsxAttribute' || !allowedName) {
      problems.push({
        file,
        field,
        message: attribute.type !== 'mdxJsxAttribute' ? `<${name}> spreads {${String(attribute.value)}} into its attributes` : `<${name}> has the attribute ${attributeName}, which an article may not set`,
        fix: allowedProps ? `${name} takes ${allowedProps.length > 0 ? `only ${allowedProps.join(', ')}` : 'no attributes'}` : 'remove it: articles use only id, class, title, lang, dir, alt, sizes, table scope, aria-* and safe href/src',
      });
      continue;
    }
    const value = attribute.value;
    if (value && typeof value === 'object') {
      if (!allowedAttributeExpression(String((value as { value: unknown }).value), component)) {
        problems.push({ file, field, message: `<${name} ${attributeName}={…}> computes its value, which runs on the build machine`, fix: `write the value as text: ${attributeName}="…"` });
      }
    } else if (typeof value === 'string' && URL_ATTRIBUTES.has(attributeName) && !isSafeUrl(value)) {
      problems.push({ file, field, message: unsafeUrlMessage(value), fix: SAFE_URL_FIX });
    }
  }
  return problems;
}

/** Every way an .mdx file's body breaks the policy, each with the line of the file and what to write instead. */
export function mdxPolicyProblems(file: string, source: string): ContentProblem[] {
  let found: ReturnType<typeof programs>;
  let tree: MdastNode;
  try {
    found = programs(source);
    tree = articleTree(source, true);
  } catch (error) {
    const message = String((error as Error).message ?? error).split('\n')[0] ?? '';
    const line = /(\d+):\d+/.exec(message)?.[1] ?? '1';
    return [{ file, field: `line ${line}`, message: `the MDX cannot be read: ${message}`, fix: 'close every tag and {…}, or write < and { as \\< and \\{' }];
  }
  // Too deep a body is the one problem reported: Astro could not render it.
  const nesting = nestingProblems(file, tree);
  if (nesting.length > 0) return nesting;
  const imported = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const { kind, line, program, value } of found) {
    if (kind === 'esm') problems.push(...esmProblems(file, line, value, program, imported));
    // `{/* a note */}` is an MDX comment: the parser gives no program (a parse error would have thrown), and it renders nothing.
    else if (program !== null && (program as { body?: unknown[] }).body?.length !== 0) {
      problems.push({ file, field: `line ${line}`, message: `{${value.trim().slice(0, 40)}} ${expressionMessage(program)}`, fix: EXPRESSION_FIX });
    }
  }
  for (const { node } of mdastNodes(tree)) {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') problems.push(...elementProblems(file, node, imported));
  }
  return problems.sort((a, b) => Number(a.field.slice(5)) - Number(b.field.slice(5)));
}
