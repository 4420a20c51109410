/**
 * The search page map: Pagefind result id → [url, title, kind], written next
 * to the index after Pagefind runs (/search-pages.json). With it the search
 * page ranks and lists results, and shows more, without loading a fragment per
 * result; a fragment is loaded only for a result on screen, for its excerpt.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type PageMap = Record<string, [url: string, title: string, kind: string]>;

/** Pagefind writes each fragment as gzip of a "pagefind_dcd" signature and JSON. */
export function readFragment(data: Buffer): { url: string; meta: Record<string, string> } {
  const text = gunzipSync(data).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{')));
}

export function pageMapOf(pagefindDir: string): PageMap {
  const dir = join(pagefindDir, 'fragment');
  const map: PageMap = {};
  for (const file of readdirSync(dir).sort()) {
    const { url, meta } = readFragment(readFileSync(join(dir, file)));
    map[file.replace(/\.pf_fragment$/, '')] = [url, meta['title'] ?? url, meta['kind'] ?? ''];
  }
  return map;
}

export function writePageMap(siteDir: string): void {
  writeFileSync(join(siteDir, 'search-pages.json'), JSON.stringify(pageMapOf(join(siteDir, 'pagefind'))));
}
