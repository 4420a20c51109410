/**
 * Generated text reads as written: on every built page, no doubled full stop
 * ("knots..") and no type or condition name lower-cased after "Choose " or
 * " vs " ("Choose swedish massage if:"). Text inside code and URLs is skipped.
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

function titles(kind: string): string[] {
  return readdirSync(`content/${kind}`)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => String(splitFrontmatter<{ title: string }>(readFileSync(`content/${kind}/${f}`, 'utf8')).data.title))
    .filter((t) => t !== t.toLowerCase());
}

test('no page has a doubled full stop outside code and addresses', () => {
  const found: string[] = [];
  for (const page of pages) {
    for (const m of pageText(page.html).matchAll(/.{0,30}[^.]\.\.(?!\.).{0,10}/g)) found.push(`${page.path}: "${m[0].trim()}"`);
  }
  expect(found).toEqual([]);
});

test('no page lower-cases a type or condition name after "Choose " or " vs "', () => {
  const names = [...titles('types'), ...titles('conditions')];
  expect(names.length).toBeGreaterThan(20);
  const found: string[] = [];
  for (const page of pages) {
    const text = pageText(page.html);
    for (const name of names) {
      const lower = name.toLowerCase();
      for (const wrong of [`Choose ${lower}`, ` vs ${lower}`]) if (text.includes(wrong)) found.push(`${page.path}: "${wrong.trim()}"`);
    }
  }
  expect(found).toEqual([]);
});
