/**
 * The search engine of the search page, loaded on first use: Pagefind, the
 * vocabulary, and rendering. Results are built as text nodes so a crafted
 * query can never inject markup. A small vocabulary built from our data adds
 * what Pagefind lacks: typo correction and "x vs y" comparisons.
 */
import { comparedTypes, correctQuery, type Vocabulary } from '../lib/search-vocabulary.ts';
import { comparisonHref } from '../lib/urls.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<Vocabulary> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
  return pagefind;
}

function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch('/search-vocabulary.json').then((r) => r.json() as Promise<Vocabulary>);
  return vocabulary;
}

/** Pagefind marks matches with <mark>; keep only that, as DOM nodes, and drop every other tag. */
function highlighted(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const text = (html: string) => new DOMParser().parseFromString(html.replace(/<[^>]*>/g, ''), 'text/html').documentElement.textContent ?? '';
  for (const part of excerpt.split(/(<mark>.*?<\/mark>)/g)) {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    if (match) {
      const mark = document.createElement('mark');
      mark.textContent = text(match[1]!);
      fragment.append(mark);
    } else fragment.append(text(part));
  }
  return fragment;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...children: (Node | string)[]) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function resultItem(title: string, url: string, kind: string, excerpt: DocumentFragment | string, section?: PagefindSubResult): HTMLLIElement {
  const li = element('li', {}, element('p', { className: 'kind', textContent: kind }), element('h2', {}, element('a', { href: url, textContent: title })), element('p', {}, excerpt));
  if (section) li.append(element('p', { className: 'meta' }, element('a', { href: section.url, textContent: `Section: ${section.title}` })));
  return li;
}

function pagefindItem(data: PagefindData): HTMLLIElement {
  const section = data.sub_results.find((s) => s.url.includes('#'));
  return resultItem(data.meta.title ?? data.url, data.url, data.meta.kind ?? '', highlighted(data.excerpt), section);
}

export interface Elements {
  status: HTMLElement;
  list: HTMLElement;
  note: HTMLElement;
  kind: HTMLSelectElement;
  region: HTMLSelectElement;
}

async function search(api: Pagefind, query: string, ui: Elements) {
  const filters: Record<string, string> = {};
  if (ui.kind.value) filters['kind'] = ui.kind.value;
  if (ui.region.value) filters['region'] = ui.region.value;
  return (await api.search(query, { filters })).results;
}

let latest = 0;

/**
 * `exact` skips typo correction, for a reader who meant what they typed. A
 * search runs on every keystroke; only the newest one may render its results.
 */
export async function run(query: string, ui: Elements, exact = false): Promise<void> {
  const ticket = ++latest;
  ui.note.replaceChildren();
  if (!query.trim()) {
    ui.list.replaceChildren();
    ui.status.textContent = '';
    return;
  }
  try {
    const [api, words] = await Promise.all([loadPagefind(), loadVocabulary()]);
    let results = await search(api, query, ui);
    let shownFor = query;
    const corrected = exact ? undefined : correctQuery(query, words);
    // Replace a misspelt query outright when it finds little, or when the correction is exactly a name we know.
    const namesPage = corrected !== undefined && words.terms.some((t) => t.term === corrected);
    if (corrected && (results.length < 3 || namesPage)) {
      results = await search(api, corrected, ui);
      shownFor = corrected;
      ui.note.append(`Showing results for “${corrected}”. `, element('a', { href: '/search/?q=' + encodeURIComponent(query) + '&exact=1', textContent: `Search only for “${query}”` }));
    } else if (corrected) {
      ui.note.append('Did you mean ', element('a', { href: '/search/?q=' + encodeURIComponent(corrected), textContent: corrected }), '?');
    }
    const items = await Promise.all(results.slice(0, 10).map((r) => r.data()));
    if (ticket !== latest) return;
    const nodes = items.map(pagefindItem);
    const pair = comparedTypes(query, words);
    if (pair) {
      const [a, b] = pair.map((id) => words.types.find((t) => t.id === id)?.title ?? id);
      const url = comparisonHref(pair[0], pair[1], (slug) => words.pairs.includes(slug));
      const index = items.findIndex((i) => i.url === url);
      if (index >= 0) nodes.splice(index, 1);
      nodes.unshift(resultItem(`${a} vs ${b!.toLowerCase()}`, url, 'Comparison', 'Side-by-side comparison: purpose, pressure, focus, evidence and who each suits.'));
    }
    ui.list.replaceChildren(...nodes);
    ui.status.textContent = nodes.length
      ? `${Math.max(results.length, nodes.length)} result${nodes.length === 1 ? '' : 's'} for “${shownFor}”.`
      : `No results for “${query}”. Try other words, or browse the A to Z lists below.`;
  } catch {
    ui.list.replaceChildren();
    ui.status.textContent = 'Search is not available right now. Please browse the A to Z lists below.';
  }
}
