/**
 * The evidence on every page is the evidence map: each type page's claims,
 * each condition page's table and research list, and the /compare/ matrix
 * show exactly the grades and findings of /api/v1/evidence.json, null
 * results included.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, DIST } from '../../scripts/lib/built-site.ts';
import { recomputeEvidence } from '../../scripts/lib/evidence-content.ts';
import { strings } from '../../src/i18n/index.ts';
import { EVIDENCE_GRADES, type EvidenceGrade } from '../../src/lib/model/evidence.ts';
import { localeOfPath } from '../../src/lib/model/locales.ts';

interface Finding { id: string; source: string; sourceKind: string; result: string; certainty: string; testedByName: boolean }
interface Claim {
  type: string;
  condition: string;
  grade: string;
  computedGrade: string;
  direct: boolean;
  decidedBy: string[];
  findings: Finding[];
  statements: { source: string }[];
  comparisons: { statement: string; findings: string[]; certainty?: string }[];
}
const map: { version: number; built: string; claims: Claim[]; conditions: { id: string; comparisons: { statement: string }[] }[]; sources: { id: string; kind: string }[] } = JSON.parse(
  readFileSync(`${DIST}/api/v1/evidence.json`, 'utf8'),
);
const pages = new Map(builtPages().map((p) => [p.path, p.html]));
const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
/** The sentences a page shows in its statement lists and lines, in order. */
const statementsIn = (html: string) => [
  ...[...html.matchAll(/<ul data-statements>(.*?)<\/ul>/g)].flatMap((list) => [...list[1]!.matchAll(/<li>(.*?)<\/li>/g)].map((li) => text(li[1]!))),
  ...[...html.matchAll(/<p class="meta" data-statement>(.*?)<\/p>/g)].map((p) => text(p[1]!)),
];

test('the published map is exactly what the rule recomputes from content/ (npm run evidence)', () => {
  const { map: recomputed, problems } = recomputeEvidence('content', new Date(map.built));
  expect(problems).toEqual([]);
  const { version, built, ...published } = map;
  expect(version).toBe(1);
  expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(published).toEqual(JSON.parse(JSON.stringify(recomputed)));
});

test("every statement a page shows is the map's, and every type page shows what decided each claim", () => {
  const known = new Set([...map.claims.flatMap((c) => c.comparisons), ...map.conditions.flatMap((c) => c.comparisons)].map((c) => c.statement));
  let shown = 0;
  for (const [path, html] of pages) {
    for (const sentence of statementsIn(html)) {
      // A pair page joins a side's sentences under the type's name.
      const parts = sentence.replace(/^(For both|[^:]+): (?=For )/, '').split(/(?<=\.) (?=For )/);
      for (const part of parts) expect(known.has(part), `${path}: ${part}`).toBe(true);
      shown++;
    }
  }
  expect(shown).toBeGreaterThan(200);
  // A type page states its own research in full, and for research on massage in general the line that decided the grade
  // unless it is only 'we are very uncertain', which the grade and its 'indirect' label say.
  const deciding = (c: Claim) => c.comparisons.filter((s) => s.findings.some((id) => c.decidedBy.includes(id))).slice(0, 1);
  const onTypePage = (c: Claim) => (c.direct ? c.comparisons : deciding(c).filter((s) => s.certainty !== 'very-low')).map((s) => s.statement);
  for (const [type, claims] of Map.groupBy(map.claims, (c) => c.type)) {
    expect(statementsIn(pages.get(`/types/${type}/`)!), type).toEqual(claims.flatMap(onTypePage));
  }
});

/**
 * The claims a page shows, each with its grade and the finding sources inside it: on a type page each claim is an
 * item with the id claim-<condition> whose first badge is its grade; on a condition page a link carries data-claim.
 */
function claimsOn(html: string, type?: string): Map<string, { grade: string; sources: string[] }> {
  const found = new Map<string, { grade: string; sources: string[] }>();
  const opens = type
    ? [...html.matchAll(/<li id="claim-([a-z-]+)"><p><strong>.*?<\/strong> <span class="grade g-([a-z-]+)"/g)].map((m) => ({ index: m.index, claim: `${type}/${m[1]}`, grade: m[2]! }))
    : [...html.matchAll(/<a\b[^>]*data-claim="([^"]+)"[^>]*data-grade="([^"]+)"[^>]*>/g)].map((m) => ({ index: m.index, claim: m[1]!, grade: m[2]! }));
  opens.forEach((m, i) => {
    const end = i + 1 < opens.length ? opens[i + 1]!.index : html.indexOf('</section>', m.index);
    const inner = html.slice(m.index, end > m.index ? end : undefined);
    found.set(m.claim, { grade: m.grade, sources: [...inner.matchAll(/data-finding-source="([^"]+)"/g)].map((s) => s[1]!) });
  });
  return found;
}

test('the evidence map is well formed: research findings only, every cited source listed', () => {
  expect(map.version).toBe(1);
  expect(map.claims.length).toBeGreaterThan(50);
  const ids = new Set(map.sources.map((s) => s.id));
  for (const claim of map.claims) {
    for (const f of claim.findings) {
      expect(['systematic-review', 'guideline', 'trial'], `${claim.type}/${claim.condition}: ${f.id}`).toContain(f.sourceKind);
      expect(ids.has(f.source)).toBe(true);
    }
    for (const s of claim.statements) expect(ids.has(s.source)).toBe(true);
  }
});

test("every type page shows the map's claims, grades and the findings that tested the style by name", () => {
  const byType = Map.groupBy(map.claims, (c) => c.type);
  for (const [type, claims] of byType) {
    const shown = claimsOn(pages.get(`/types/${type}/`)!, type);
    expect([...shown.keys()].sort(), type).toEqual(claims.map((c) => `${type}/${c.condition}`).sort());
    for (const c of claims) {
      const row = shown.get(`${type}/${c.condition}`)!;
      expect(row.grade, `${type}/${c.condition}`).toBe(c.grade);
      // The studies of this style by name are listed on the type page; those of massage in general, on the condition's.
      expect(row.sources, `${type}/${c.condition}`).toEqual(c.findings.filter((f) => f.testedByName).map((f) => f.source));
    }
  }
});

test("every condition page's grade list has the map's grades, and its research list every finding, null results included", () => {
  const byCondition = Map.groupBy(map.claims, (c) => c.condition);
  for (const [condition, claims] of byCondition) {
    const html = pages.get(`/conditions/${condition}/`)!;
    const shown = claimsOn(html);
    expect([...shown.keys()].sort(), condition).toEqual(claims.map((c) => `${c.type}/${condition}`).sort());
    for (const c of claims) expect(shown.get(`${c.type}/${condition}`)!.grade, `${c.type}/${condition}`).toBe(c.grade);
    const findings = new Map(claims.flatMap((c) => c.findings).map((f) => [f.id, f]));
    const listed = [...html.matchAll(/<li data-finding-source="([^"]+)" data-result="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(listed.sort(), condition).toEqual([...findings.values()].map((f) => `${f.source} ${f.result}`).sort());
  }
});

test('the /compare/ matrix links each grade to the claim it shows', () => {
  const html = pages.get('/compare/')!;
  for (const c of map.claims) {
    const cell = new RegExp(`href="/types/${c.type}/#claim-${c.condition}"><span class="grade g-${c.grade}"`);
    expect(html, `${c.type}/${c.condition}`).toMatch(cell);
  }
});

test("every grade badge names its grade in the page's language's words", () => {
  const seen = new Set<string>();
  for (const [path, html] of pages) {
    const { grades } = strings(localeOfPath(path)).evidence;
    for (const badge of html.matchAll(/<span class="grade g-([a-z-]+)">(.*?)<\/span>/g)) {
      expect(text(badge[2]!), `${path}: ${badge[1]}`).toBe(grades[badge[1] as EvidenceGrade].label);
      seen.add(badge[1]!);
    }
  }
  expect([...seen].sort()).toEqual([...EVIDENCE_GRADES].sort());
});

test('null results reach readers: every no-difference finding shows on its type page', () => {
  const nulls = map.claims.filter((c) => c.findings.some((f) => f.result === 'no-difference'));
  expect(nulls.length, 'the research includes null results (e.g. Cochrane 2024 on neck pain)').toBeGreaterThan(0);
  for (const c of nulls) expect(claimsOn(pages.get(`/types/${c.type}/`)!, c.type).has(`${c.type}/${c.condition}`), `${c.type}/${c.condition}`).toBe(true);
});

test('region pages group each condition\'s types under the grades of the map', () => {
  const grade = new Map(map.claims.map((c) => [`${c.type}/${c.condition}`, c.grade]));
  let checked = 0;
  for (const [path, html] of pages) {
    if (!path.startsWith('/regions/') || path === '/regions/') continue;
    for (const item of html.matchAll(/<li><span class="grade g-([a-z-]+)">.*?<\/li>/g)) {
      for (const link of item[0].matchAll(/href="\/types\/([a-z-]+)\/#claim-([a-z-]+)"/g)) {
        expect(grade.get(`${link[1]}/${link[2]}`), `${path}: ${link[1]}/${link[2]}`).toBe(item[1]);
        checked++;
      }
    }
  }
  expect(checked).toBeGreaterThan(20);
});
