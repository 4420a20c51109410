/**
 * The search page: reads ?q=, loads the Pagefind index only now (never on
 * article pages), and renders results as text nodes so a crafted query can
 * never inject markup. The URL keeps the query so searches can be linked.
 */
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
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
  options(opts: Record<string, unknown>): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;
const PAGEFIND_URL = '/pagefind/pagefind.js';

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
  return pagefind;
}

/** Pagefind marks matches with <mark>; keep only that, as DOM nodes, and drop every other tag. */
function highlighted(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  excerpt.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (match ? match[1] : part)!.replace(/<[^>]*>/g, '');
    const decoded = new DOMParser().parseFromString(text, 'text/html').documentElement.textContent ?? '';
    if (match) {
      const mark = document.createElement('mark');
      mark.textContent = decoded;
      fragment.append(mark);
    } else fragment.append(decoded);
  });
  return fragment;
}

function resultItem(data: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  const kind = document.createElement('p');
  kind.className = 'kind';
  kind.textContent = data.meta.kind ?? '';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(highlighted(data.excerpt));
  li.append(kind, heading, excerpt);
  const section = data.sub_results.find((s) => s.url.includes('#'));
  if (section) {
    const sectionLink = document.createElement('a');
    sectionLink.href = section.url;
    sectionLink.textContent = `Section: ${section.title}`;
    const p = document.createElement('p');
    p.className = 'meta';
    p.append(sectionLink);
    li.append(p);
  }
  return li;
}

async function run(query: string, status: HTMLElement, list: HTMLElement): Promise<void> {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const api = await loadPagefind();
    const { results } = await api.search(query);
    const top = await Promise.all(results.slice(0, 10).map((r) => r.data()));
    list.replaceChildren(...top.map(resultItem));
    status.textContent = top.length
      ? `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`
      : `No results for “${query}”. Try other words, or browse the A to Z lists below.`;
  } catch {
    status.textContent = 'Search is not available right now. Please browse the A to Z lists below.';
  }
}

export function startSearchPage(): void {
  const form = document.getElementById('search-page-form') as HTMLFormElement;
  const input = document.getElementById('search-input') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  void run(query, status, list);
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      void run(input.value, status, list);
    }, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value, status, list);
  });
  if (!query) input.focus();
}
