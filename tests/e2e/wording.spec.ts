/**
 * Generated text reads as written: on every built page, no doubled full stop
 * ("knots..") and no type or condition name lower-cased after "Choose "
 * ("Choose swedish massage if:"). Text inside code and URLs is skipped.
 * In running prose authors write common names in lower case ("deep tissue
 * massage vs medical massage"), so there the check is for proper names, those
 * whose first word the content itself capitalizes mid-sentence ("Swedish"),
 * and names with an abbreviation ("TMJ disorder"): never all in lower case.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { splitFrontmatter } from '../../scripts/lib/frontmatter.ts';

const pages = builtPages().filter((p) => !p.isRedirect);

/** The page's text, one space where each tag was, without scripts, styles, code or addresses. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style|code|pre)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\b(https?|mailto):\S+/g, ' ')
    .replace(/\s+/g, ' ');
}

const files = (kind: string) => readdirSync(`content/${kind}`).filter((f) => /\.mdx?$/.test(f)).map((f) => readFileSync(`content/${kind}/${f}`, 'utf8'));
const corpus = ['types', 'conditions', 'techniques', 'regions', 'guides', 'comparisons'].flatMap(files).join('\n');

function titles(kind: string): string[] {
  return files(kind)
    .map((text) => String(splitFrontmatter<{ title: string }>(text).data.title))
    .filter((t) => t !== t.toLowerCase());
}

/** A name whose first word the articles capitalize after a lower-case word: "Swedish massage", "TMJ disorder". */
function isProperName(title: string): boolean {
  const first = title.split(' ')[0]!;
  return first.slice(1) !== first.slice(1).toLowerCase() || new RegExp(`[a-z,] ${first}\\b`).test(corpus);
}

test('no page has a doubled full stop outside code and addresses', () => {
  const found: string[] = [];
  for (const page of pages) {
    for (const m of pageText(page.html).matchAll(/.{0,30}[^.]\.\.(?!\.).{0,10}/g)) found.push(`${page.path}: "${m[0].trim()}"`);
  }
  expect(found).toEqual([]);
});

test('no page lower-cases a proper or abbreviated type or condition name, nor any name after "Choose "', () => {
  const names = [...titles('types'), ...titles('conditions')];
  expect(names.length).toBeGreaterThan(20);
  const proper = names.filter(isProperName);
  expect(proper).toContain('Swedish massage');
  expect(proper).not.toContain('Deep tissue massage');
  const found: string[] = [];
  for (const page of pages) {
    const text = pageText(page.html);
    for (const name of names) {
      const lower = name.toLowerCase();
      // A generated heading is "Choose <title> if:" whatever the name. A proper name ("Swedish massage") or one
      // with an abbreviation ("Repetitive strain injury (RSI)") is never written all in lower case, anywhere.
      const keepsCapitals = proper.includes(name) || /[A-Z]/.test(name.slice(1));
      const wrong = [`Choose ${lower} if:`, ...(keepsCapitals ? [lower] : [])];
      for (const w of wrong) if (text.includes(w)) found.push(`${page.path}: "${w.trim()}"`);
    }
  }
  expect(found).toEqual([]);
});
