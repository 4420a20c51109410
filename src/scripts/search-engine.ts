/**
 * The search engine of the search page, loaded on first use: Pagefind, our
 * vocabulary and page map, ranking and rendering. Results are built as text
 * nodes so a crafted query can never inject markup.
 *
 * A query is first understood (src/lib/search/query.ts): readers' words mapped
 * to ours, filler dropped, the pages it names found. Pagefind then gets only
 * the content words (each word costs an index chunk). When strict matching
 * finds fewer than three pages, any word may match, then word beginnings. The
 * pages the query names come first; the rest follow in Pagefind's order. A
 * result's fragment (for its excerpt) is loaded only once it is on screen.
 */
import { MAX_QUERY_LENGTH, namedPages, understandQuery, type UnderstoodQuery } from '../lib/search/query.ts';
import type { PageMap } from '../lib/search/page-map.ts';
import { normalise } from '../lib/search/normalise.ts';
import { correctQuery, nameWords, type Vocabulary } from '../lib/search/vocabulary.ts';
import { foundAsWritten, nearestTopics, sureTypoFix, wordsToCheck } from '../lib/search/honesty.ts';
import { safetyAnswersFor, type SafetyAnswer } from '../lib/search/safety.ts';
import { comparisonHref, underBase } from '../lib/model/urls.ts';
import type { SearchScriptWords } from '../lib/views/search-page.ts';
import { LOCALES } from '../lib/model/locales.ts';
import { plural } from '../i18n/plural.ts';
import { fill, fillParts } from '../i18n/template.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { weight: number }[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  /** Where the query's words are on the page: one entry per mention. */
  words: number[];
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

export interface Elements {
  /** Safety answers, above everything else the search shows. */
  safety: HTMLElement;
  status: HTMLElement;
  list: HTMLElement;
  note: HTMLElement;
  more: HTMLButtonElement;
  kind: HTMLSelectElement;
  region: HTMLSelectElement;
  /** What the search says, in the page's language (from the page: searchPageView's scriptWords). */
  words: SearchScriptWords;
}

interface Loaded {
  api: Pagefind;
  vocabulary: Vocabulary;
  pages: PageMap;
  idOfUrl: Map<string, string>;
}

/** One line of results: what we know without a fragment, and the Pagefind result to load its excerpt from. */
interface Hit {
  url: string;
  title: string;
  kind: string;
  result?: PagefindResult;
  description?: string;
}

/** A site path ("/types/x/") as the browser asks for it: under the site's base where SITE_URL has a path. */
const served = (path: string) => underBase(path, import.meta.env.BASE_URL);
const PAGEFIND_URL = served('/pagefind/pagefind.js');
const PAGE_SIZE = 10;
let loading: Promise<Loaded> | undefined;

/**
 * Pagefind logs a chunk or fragment it could not fetch and carries on with
 * fewer results, which would read as "No results". Counting failed fetches of
 * its files lets a search that lost one say that search is unavailable.
 */
let pagefindFailures = 0;
function watchPagefindFetches(): void {
  const fetchOriginal = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const counts = url.includes('/pagefind/');
    try {
      const response = await fetchOriginal(input, init);
      if (counts && !response.ok) pagefindFailures++;
      return response;
    } catch (error) {
      if (counts) pagefindFailures++;
      throw error;
    }
  };
}
watchPagefindFetches();

const json = <T>(url: string) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${url}: ${r.status}`))));

function load(): Promise<Loaded> {
  loading ??= Promise.all([
    (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (api) => {
      // The worker would cost another 12 KiB of script before the first result; our searches are small.
      await api.options({ noWorker: true, excerptLength: 24 });
      return api;
    }),
    json<Vocabulary>(served('/search-vocabulary.json')),
    json<PageMap>(served('/search-pages.json')),
  ]).then(([api, vocabulary, pages]) => ({ api, vocabulary, pages, idOfUrl: new Map(Object.entries(pages).map(([id, [url]]) => [url, id])) }));
  // A failed load is not cached: the next query tries again.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Pagefind marks matches with <mark>; keep only that, as DOM nodes, with every space of the text around it. */
function highlighted(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const body = new DOMParser().parseFromString(`<!doctype html><body>${excerpt}`, 'text/html').body;
  for (const node of body.childNodes) {
    if (node.nodeName === 'MARK') fragment.append(element('mark', { textContent: node.textContent ?? '' }));
    else fragment.append(node.textContent ?? '');
  }
  return fragment;
}

/** Every link it makes names a site path; the one place it is put under the site's base. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...children: (Node | string)[]) {
  const el = Object.assign(document.createElement(tag), 'href' in props && typeof props.href === 'string' ? { ...props, href: served(props.href) } : props);
  el.append(...children);
  return el;
}

/** The section holding most of the match, by Pagefind's weighted locations; not the page's top. */
function matchedSection(data: PagefindData): PagefindSubResult | undefined {
  const weight = (s: PagefindSubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0);
  return data.sub_results.filter((s) => s.url.includes('#')).sort((a, b) => weight(b) - weight(a))[0];
}

function filtersOf(ui: Elements): Record<string, string> {
  const filters: Record<string, string> = {};
  if (ui.kind.value) filters['kind'] = ui.kind.value;
  if (ui.region.value) filters['region'] = ui.region.value;
  return filters;
}

/** Pages matching any of several searches: more words matched first, then Pagefind's score. */
async function anyOf(api: Pagefind, terms: string[], filters: Record<string, string>): Promise<PagefindResult[]> {
  const merged = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const { results } of await Promise.all(terms.map((t) => api.search(t, { filters })))) {
    for (const result of results) {
      const seen = merged.get(result.id) ?? { result, words: 0, score: 0 };
      seen.words += 1;
      seen.score += result.score;
      merged.set(result.id, seen);
    }
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((m) => m.result);
}

/** Strict (every word), then any word, then word beginnings, until three pages match. */
async function pagefindResults(api: Pagefind, words: string[], filters: Record<string, string>): Promise<PagefindResult[]> {
  if (!words.length) return [];
  let results = (await api.search(words.join(' '), { filters })).results;
  const add = (more: PagefindResult[]) => {
    const ids = new Set(results.map((r) => r.id));
    results = [...results, ...more.filter((r) => !ids.has(r.id))];
  };
  if (results.length < 3 && words.length > 1) add(await anyOf(api, words, filters));
  const beginnings = [...new Set(words.filter((w) => w.length >= 6).map((w) => w.slice(0, 5)))];
  if (results.length < 3 && beginnings.length) add(await anyOf(api, beginnings, filters));
  return results;
}

/**
 * The ranked hits: the comparison, then the named pages, then Pagefind's. A
 * named page that strict matching missed takes its excerpt from `anyWord`.
 */
function hitsFor(query: UnderstoodQuery, results: PagefindResult[], anyWord: PagefindResult[], loaded: Loaded, filtered: boolean, words: SearchScriptWords): Hit[] {
  const { pages, idOfUrl, vocabulary } = loaded;
  const byUrl = new Map([...anyWord, ...results].map((r) => [pages[r.id]?.[0], r]));
  const hits: Hit[] = [];
  if (query.pair && !filtered) {
    const [a, b] = query.pair.map((id) => vocabulary.types.find((t) => t.id === id)?.title ?? id) as [string, string];
    const url = comparisonHref(query.pair[0], query.pair[1], (slug) => vocabulary.pairs.includes(slug));
    const id = idOfUrl.get(url);
    const result = id ? results.find((r) => r.id === id) : undefined;
    hits.push({ url, title: fill(words.pairTitle, { a, b }), kind: words.comparison, ...(result ? { result } : { description: words.comparisonDescription }) });
  }
  // Named pages come first; with a filter set, only those the filtered searches found.
  for (const url of query.named) {
    const result = byUrl.get(url);
    const id = idOfUrl.get(url);
    if (!id || (filtered && !result)) continue;
    const [, title, kind] = pages[id]!;
    hits.push({ url, title, kind, ...(result ? { result } : {}) });
  }
  for (const result of results) {
    const page = pages[result.id];
    if (page) hits.push({ url: page[0], title: page[1], kind: page[2], result });
  }
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.url) && seen.add(h.url));
}

async function rankedHits(query: UnderstoodQuery, loaded: Loaded, filters: Record<string, string>, words: SearchScriptWords): Promise<Hit[]> {
  const results = await pagefindResults(loaded.api, query.words, filters);
  const found = new Set(results.map((r) => loaded.pages[r.id]?.[0]));
  // Every word's chunk is loaded already: looking a missed named page up by any word costs no bytes.
  const missed = query.named.some((url) => !found.has(url));
  const anyWord = missed && query.words.length ? await anyOf(loaded.api, query.words, filters) : [];
  return hitsFor(query, results, anyWord, loaded, Object.keys(filters).length > 0, words);
}

const observer = typeof IntersectionObserver === 'undefined' ? undefined : new IntersectionObserver(onScreen);
const pending = new WeakMap<Element, () => void>();

function onScreen(entries: IntersectionObserverEntry[]) {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    observer?.unobserve(entry.target);
    pending.get(entry.target)?.();
    pending.delete(entry.target);
  }
}

function resultItem(hit: Hit, words: SearchScriptWords): HTMLLIElement {
  const excerpt = element('p', {}, hit.description ?? '');
  const li = element('li', {}, element('p', { className: 'kind', textContent: hit.kind }), element('h2', {}, element('a', { href: hit.url, textContent: hit.title })), excerpt);
  const { result } = hit;
  if (result) {
    // The excerpt needs the page's fragment (about 4 KiB): fetched once the result is on screen.
    const showExcerpt = () =>
      void result.data().then(
        (data) => {
          const section = matchedSection(data);
          excerpt.replaceChildren(highlighted(section?.excerpt || data.excerpt));
          if (section) li.append(element('p', { className: 'meta' }, element('a', { href: section.url, textContent: fill(words.section, { title: section.title }) })));
        },
        () => undefined,
      );
    if (observer) {
      pending.set(li, showExcerpt);
      observer.observe(li);
    } else showExcerpt();
  }
  return li;
}

function showPage(ui: Elements, hits: Hit[], from: number): void {
  const items = hits.slice(from, from + PAGE_SIZE).map((hit) => resultItem(hit, ui.words));
  ui.list.append(...items);
  const rest = hits.length - from - items.length;
  ui.more.hidden = rest <= 0;
  const count = Math.min(rest, PAGE_SIZE);
  ui.more.textContent = fill(plural(count, ui.words.showMore, ui.words.locale), { count });
  ui.more.onclick = () => {
    showPage(ui, hits, from + PAGE_SIZE);
    // Keyboard and screen reader users continue at the first new result.
    ui.list.children[from + PAGE_SIZE]?.querySelector('a')?.focus();
  };
}

function clearResults(ui: Elements): void {
  for (const li of ui.list.children) observer?.unobserve(li);
  ui.list.replaceChildren();
  ui.more.hidden = true;
  ui.safety.replaceChildren();
}

/** The answer, the sentence of ours it stands on, and the section that says it: a warning sign in the urgent style. */
function safetyBox(answer: SafetyAnswer, words: SearchScriptWords): HTMLElement {
  return element(
    'section',
    { className: `box ${answer.urgent ? 'box--urgent' : 'box--safety'} safety-answer`, ariaLabel: answer.urgent ? words.urgentSafetyAnswer : words.safetyAnswer },
    element('p', {}, element('strong', { textContent: answer.answer })),
    element('p', { className: 'meta' }, fill(words.ourPageSays, { quote: answer.quote }), element('a', { href: answer.href, textContent: fill(words.readMore, { title: answer.title }) })),
  );
}

const THERAPIST_GUIDE = '/guides/finding-a-therapist/';

/** "Showing results for …", with the way back to the words as typed. */
const showingFor = (corrected: string, typed: string, words: SearchScriptWords): (Node | string)[] => [
  fill(words.showingFor, { query: corrected }),
  element('a', { href: '/search/?q=' + encodeURIComponent(typed) + '&exact=1', textContent: fill(words.searchOnlyFor, { query: typed }) }),
];

/**
 * Words our pages never use as a topic: Pagefind matches by stem and by
 * beginning, so without this "kids" finds kidneys and "xyzzy" a citation's
 * initial, and a word one page mentions in passing ("toddlers") answers a
 * question no page is about. A word counts when some page uses it at least
 * MENTIONS times (counted without loading a fragment), and one of the best
 * two such pages highlights it as written.
 */
const MENTIONS = 3;
async function absentWords(api: Pagefind, words: string[]): Promise<Set<string>> {
  const marked = (html: string) => [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!);
  const checked = await Promise.all(
    words.map(async (word) => {
      // The best two pages that mention it often: the first may highlight another word it begins ("tense", "tension").
      for (const page of (await api.search(word)).results.filter((r) => r.words.length >= MENTIONS).slice(0, 2)) {
        const data = await page.data();
        if (foundAsWritten(word, [data.excerpt, ...data.sub_results.map((s) => s.excerpt)].flatMap(marked))) return [];
      }
      return [word];
    }),
  );
  return new Set(checked.flat());
}

/**
 * The query with what our pages cannot answer taken out: a word no page uses
 * is corrected when it is surely a typo ("sholder", "pregnency"), and dropped
 * otherwise, with a note saying so. When what is left names no page either
 * ("laser hair removal"), nothing answers, and the search says so.
 */
async function honestQuery(text: string, loaded: Loaded, exact: boolean, words: SearchScriptWords) {
  const { vocabulary } = loaded;
  const understood = understandQuery(text, vocabulary);
  const note: (Node | string)[] = [];
  // A comparison names two types we have: nothing to check, and no fragment to load.
  const absent = understood.pair ? new Set<string>() : await absentWords(loaded.api, wordsToCheck(understood.words, vocabulary));
  if (!absent.size) return { understood, shownFor: text, missing: [] as string[], note };
  const typed = normalise(text);
  const mended = exact ? typed : typed.split(' ').map((w) => (absent.has(w) ? (sureTypoFix(w, vocabulary) ?? w) : w)).join(' ');
  const again = mended === typed ? understood : understandQuery(mended, vocabulary);
  const missing = again.words.filter((w) => absent.has(w));
  const kept = again.words.filter((w) => !absent.has(w));
  if (mended !== typed) note.push(...showingFor(mended, text, words));
  // What is left answers when it names a page or has a word of our names ("headache"), not only everyday words ("hair removal").
  const names = nameWords(vocabulary.terms);
  const answered = !missing.length || again.named.length > 0 || kept.some((w) => names.has(w));
  if (missing.length && answered) note.push(`${mended !== typed ? ' ' : ''}${fill(words.notMentioned, { missing: missing.join(' '), kept: kept.join(' ') })}`);
  return { understood: { ...again, words: answered ? kept : [], named: answered ? again.named : [] }, shownFor: mended === typed ? text : mended, missing, note };
}

/** When nothing answers: the nearest topics we cover, and the guide to finding a therapist, who can answer what we cannot. */
function nothingHere(queryWords: string[], { vocabulary, pages, idOfUrl }: Loaded, words: SearchScriptWords): (Node | string)[] {
  const titleOf = (url: string) => pages[idOfUrl.get(url) ?? '']?.[1];
  const topics = nearestTopics(queryWords, vocabulary, titleOf, { title: titleOf(THERAPIST_GUIDE) ?? words.therapistGuide, url: THERAPIST_GUIDE });
  // The language's "a, b or c", each title a link to its topic, in order.
  let next = 0;
  const links = new Intl.ListFormat(LOCALES[words.locale].lists, { type: 'disjunction' })
    .formatToParts(topics.map((t) => t.title))
    .map((part) => (part.type === 'element' ? element('a', { href: topics[next++]!.url, textContent: part.value }) : part.value));
  return fillParts<Node>(words.nearestTopics, { topics: links });
}

export interface RunOptions {
  /** Skips typo correction, for a reader who meant what they typed. */
  exact: boolean;
  /** Whether this is still the newest query the reader typed. */
  isNewest: () => boolean;
}

/**
 * A search runs on every keystroke; only the newest one may change the page,
 * and it changes the status, the note and the list together.
 */
export async function run(query: string, ui: Elements, { exact, isNewest }: RunOptions): Promise<void> {
  if (!isNewest()) return;
  const { words } = ui;
  const text = query.trim();
  if (!text) {
    clearResults(ui);
    ui.note.replaceChildren();
    ui.status.textContent = '';
    return;
  }
  if (text.length > MAX_QUERY_LENGTH) {
    clearResults(ui);
    ui.note.replaceChildren();
    ui.status.textContent = fill(words.tooLong, { length: text.length, max: MAX_QUERY_LENGTH });
    return;
  }
  const failuresBefore = pagefindFailures;
  try {
    const loaded = await load();
    if (!isNewest()) return;
    const filters = filtersOf(ui);
    const { understood, shownFor, missing, note } = await honestQuery(text, loaded, exact, words);
    let hits = await rankedHits(understood, loaded, filters, words);
    let searchedFor = shownFor;
    const corrected = exact || missing.length || shownFor !== text ? undefined : correctQuery(understood.words.join(' '), loaded.vocabulary);
    if (corrected) {
      // Replace a misspelt query outright when it finds little, or when the correction is exactly a name we know.
      const namesPage = loaded.vocabulary.terms.some((t) => t.term === corrected);
      if (hits.length < 3 || namesPage) {
        hits = await rankedHits({ ...understood, words: corrected.split(' '), named: namedPages(corrected, loaded.vocabulary) }, loaded, filters, words);
        searchedFor = corrected;
        note.push(...showingFor(corrected, text, words));
      } else {
        note.push(...fillParts<Node>(words.didYouMean, { query: element('a', { href: '/search/?q=' + encodeURIComponent(corrected), textContent: corrected }) }));
      }
    }
    if (!isNewest()) return;
    if (pagefindFailures > failuresBefore) throw new Error('Part of the index could not be loaded');
    clearResults(ui);
    // Safety is asked in readers' own words, typos and all: the query as typed and as corrected both count.
    const answers = safetyAnswersFor(`${text} ${searchedFor === text ? '' : searchedFor}`, loaded.vocabulary.safety);
    ui.safety.replaceChildren(...answers.map((answer) => safetyBox(answer, words)));
    if (hits.length) {
      showPage(ui, hits, 0);
      ui.note.replaceChildren(...note);
      // The status is what a screen reader announces: the safety answer, shown above, is said first there too.
      const said = answers.length ? [element('span', { className: 'visually-hidden', textContent: fill(words.safetyAnswerSaid, { answer: answers[0]!.answer }) })] : [];
      ui.status.replaceChildren(...said, fill(plural(hits.length, words.results, words.locale), { count: hits.length, query: searchedFor }));
    } else {
      const alsoFor = searchedFor !== text ? fill(words.noResultsAlsoFor, { query: searchedFor }) : '';
      ui.status.textContent = fill(words.noResults, { query: text, alsoFor, beyond: answers.length ? words.noResultsBeyond : '' });
      ui.note.replaceChildren(...nothingHere(missing.length ? missing : understood.words, loaded, words));
    }
  } catch {
    if (!isNewest()) return;
    clearResults(ui);
    ui.note.replaceChildren();
    ui.status.textContent = words.unavailable;
  }
}
