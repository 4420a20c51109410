/**
 * Loaded with the search page (under 1 KiB): wires the form, keeps the query in
 * the URL so searches can be linked, and imports the search engine and index
 * only when there is something to search.
 */
import type { Elements } from './search-engine.ts';
import type { SearchScriptWords } from '../lib/views/search-page.ts';

export function startSearchPage(): void {
  const form = document.getElementById('search-page-form') as HTMLFormElement;
  const input = document.getElementById('search-input') as HTMLInputElement;
  const ui: Elements = {
    safety: document.getElementById('search-safety')!,
    status: document.getElementById('search-status')!,
    list: document.getElementById('search-results')!,
    note: document.getElementById('search-note')!,
    more: document.getElementById('search-more') as HTMLButtonElement,
    kind: document.getElementById('filter-kind') as HTMLSelectElement,
    region: document.getElementById('filter-region') as HTMLSelectElement,
    // The page's language's words, written into the form by the page (searchPageView).
    words: JSON.parse(form.dataset['words']!) as SearchScriptWords,
  };
  const params = new URLSearchParams(location.search);
  // Queries are numbered here, as they are typed: two imports of the engine
  // waiting for it together may resolve in either order.
  let newest = 0;
  const run = (query: string, exact = false) => {
    const ticket = ++newest;
    const isNewest = () => ticket === newest;
    return import('./search-engine.ts')
      .then((engine) => engine.run(query, ui, { exact, isNewest }))
      .catch(() => {
        if (isNewest()) ui.status.textContent = ui.words.unavailable;
      });
  };
  const go = () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    url.searchParams.delete('exact');
    history.replaceState(null, '', url);
    void run(input.value);
  };
  input.value = params.get('q') ?? '';
  if (input.value) void run(input.value, params.has('exact'));
  else input.focus();
  input.addEventListener('input', go);
  ui.kind.addEventListener('change', go);
  ui.region.addEventListener('change', go);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go();
  });
}
