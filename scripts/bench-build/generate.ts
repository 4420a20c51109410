/**
 * Writes a synthetic content folder of a given size: the real content/ as its
 * core, topped up per kind with generated entries that pass the real schemas
 * and cross-entry checks (see main.ts for the distribution and what each kind
 * carries). All randomness comes from the generator passed in.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { RESEARCH_KINDS, type Certainty } from '../../src/lib/model/evidence.ts';
import { CONTENT_COMPONENTS_DIR } from '../../src/lib/model/content-components.ts';
import { recomputeEvidence } from '../lib/evidence-content.ts';
import { formatProblems, type SchemaProblem } from '../../src/lib/model/content-problems.ts';
import { collectionEntryProblems } from '../lib/check-schemas.ts';
import { PRESSURE_LEVELS } from '../../src/lib/model/pressure.ts';
import { PRESCRIPTIONS } from '../../src/lib/model/prescription.ts';
import { slugify } from '../../src/lib/model/slug.ts';
import { TRANSLATED_LOCALES } from '../../src/lib/model/locales.ts';
import { alwaysLinkable } from '../../src/lib/model/sections.ts';
import { ARTICLE_KINDS, compareSlug } from '../../src/lib/model/urls.ts';
import { comparisonBody, conditionBody, guideBody, regionBody, summary, techniqueBody, typeBody, type Entry, type Site } from './bodies.ts';
import { BODY_PARTS, CONDITION_QUALIFIERS, cross, GUIDE_AUDIENCES, GUIDE_TOPICS, namer, PROBLEMS, REGION_NAMES, TECHNIQUE_ACTIONS, TECHNIQUE_MODIFIERS, TECHNIQUE_TOOLS, TYPE_BASES, TYPE_PREFIXES } from './names.ts';
import type { Random } from './random.ts';
import { KINDS, pools, strings, type Kind, type Pools, type RealEntry } from './real-content.ts';

/** How many entries of each kind a set of `total` entries has (real ones included). */
export function distribution(total: number): Record<Kind, number> {
  const types = Math.max(20, Math.round(total * 0.02));
  const regions = Math.min(40, Math.max(12, Math.round(total * 0.004)));
  const guides = Math.max(8, Math.round(total * 0.01));
  const comparisons = Math.max(4, Math.round(total * 0.005));
  const techniques = Math.max(22, Math.round(total * 0.35));
  const conditions = total - types - regions - guides - comparisons - techniques;
  return { types, techniques, conditions, regions, guides, comparisons };
}

/**
 * Generated entries of each kind in every set, even where the real ones
 * already fill the kind's share: so every part of the generator runs in every
 * set, the small one in `npm test` included (types reach their 2 % share
 * only above 1,000 entries).
 */
const MIN_SYNTHETIC = 2;

export interface Generated {
  counts: Record<Kind, number>;
  synthetic: Record<Kind, number>;
  files: number;
  /** How many of the files are .mdx. */
  mdx: number;
}

const perKind = <T>(make: () => T): Record<Kind, T> => Object.fromEntries(KINDS.map((k) => [k, make()])) as Record<Kind, T>;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function reviewDate(random: Random): string {
  const d = new Date(Date.UTC(2025, 0, 1) + random.int(0, 690) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function aliasesFor(random: Random, title: string, kind: Kind, claimed: Set<string>): string[] {
  const words = title.split(/\s+/);
  // No initials: "ITS" or "AS" is a word of every article's prose, and would make it name the entry.
  const candidates = [
    words.length > 1 ? `${words.slice(1).join(' ')}, ${words[0]!.toLowerCase()}` : `${title} care`,
    title.replace(/ise/g, 'ize').replace(/our/g, 'or'),
    `${title.toLowerCase()} ${kind === 'conditions' ? 'syndrome' : kind === 'techniques' ? 'method' : 'approach'}`,
  ];
  const chosen: string[] = [];
  for (const alias of candidates.slice(0, random.int(0, 4))) {
    const slug = slugify(alias);
    if (alias.length < 2 || !slug || claimed.has(slug)) continue;
    claimed.add(slug);
    chosen.push(alias);
  }
  return chosen;
}

function faq(random: Random, p: Pools): { question: string; answer: string }[] {
  return random.sample(p.faq, random.int(0, 3));
}

function icdCode(random: Random): string {
  const letter = random.pick(['M', 'G', 'R', 'S', 'F']);
  const head = `${letter}${String(random.int(0, 99)).padStart(2, '0')}`;
  return random.chance(0.2) ? head : `${head}.${String(random.int(0, 99)).slice(0, random.int(1, 2))}`;
}

/** The real entries, indexed, with every slug and alias they claim. */
function realSite(real: RealEntry[]): { site: Site; claimed: Record<Kind, Set<string>> } {
  const site: Site = { byKind: perKind<Entry[]>(() => []), index: new Map() };
  const claimed = perKind(() => new Set<string>());
  for (const entry of real) {
    claimed[entry.kind].add(entry.id);
    // Search terms claim their URLs as aliases do (src/data/site.ts plans redirects for both).
    for (const alias of [...strings(entry.data['aliases']), ...strings(entry.data['searchTerms'])]) claimed[entry.kind].add(slugify(alias));
    const anchors = entry.kind === 'comparisons' ? [] : alwaysLinkable(entry.kind);
    site.byKind[entry.kind].push({ kind: entry.kind, id: entry.id, title: String(entry.data['title']), data: entry.data, body: entry.body, anchors });
  }
  return { site, claimed };
}

/** Names every synthetic article first, so each entry can reference any other. */
function nameArticles(random: Random, site: Site, claimed: Record<Kind, Set<string>>, synthetic: Record<Kind, number>): Entry[] {
  const names: Record<Exclude<Kind, 'comparisons'>, () => { title: string; id: string }> = {
    types: namer(random, cross(TYPE_PREFIXES, TYPE_BASES), claimed.types),
    techniques: namer(random, cross(TECHNIQUE_MODIFIERS, TECHNIQUE_TOOLS, TECHNIQUE_ACTIONS), claimed.techniques),
    conditions: namer(random, cross(CONDITION_QUALIFIERS, BODY_PARTS, PROBLEMS), claimed.conditions),
    regions: namer(random, [...REGION_NAMES], claimed.regions),
    guides: namer(random, GUIDE_AUDIENCES.flatMap((a) => GUIDE_TOPICS.map((t) => `Massage for ${a}: ${t}`)), claimed.guides),
  };
  const fresh: Entry[] = [];
  for (const kind of ARTICLE_KINDS) {
    for (let i = 0; i < synthetic[kind]; i++) {
      const { title, id } = names[kind]();
      const entry: Entry = { kind, id, title: capitalise(title), data: {}, body: '', anchors: alwaysLinkable(kind) };
      site.byKind[kind].push(entry);
      fresh.push(entry);
    }
  }
  for (const kind of KINDS) for (const e of site.byKind[kind]) site.index.set(`${kind}/${e.id}`, e);
  return fresh;
}

interface DataContext {
  random: Random;
  p: Pools;
  typeIds: string[];
  techniqueIds: string[];
  conditionIds: string[];
  regionIds: string[];
  /** Filled in as types claim conditions: the types graded for each condition. */
  helpedBy: Map<string, Entry[]>;
}

function typeData({ random, p, typeIds, techniqueIds, conditionIds, regionIds, helpedBy }: DataContext, e: Entry): Record<string, unknown> {
  const lo = random.int(0, 3);
  const fullBody = random.chance(0.5);
  // Claims name the condition only: their grades come from the findings (syntheticFindings).
  const helps = random.sample(conditionIds, random.int(5, 20), random.skewedPick).map((condition) => ({
    condition,
    ...(random.chance(0.3) ? { note: random.pick(p.notes) } : {}),
  }));
  for (const claim of helps) helpedBy.set(claim.condition, [...(helpedBy.get(claim.condition) ?? []), e]);
  return {
    purpose: random.pick(p.typeFields.purpose),
    goal: random.pick(p.typeFields.goal),
    pressure: { min: PRESSURE_LEVELS[lo]!, max: PRESSURE_LEVELS[random.int(lo, PRESSURE_LEVELS.length - 1)]! },
    focus: { fullBody, regions: random.sample(regionIds, fullBody ? random.int(0, 2) : random.int(1, 3)), description: random.pick(p.typeFields.focusDescription) },
    prescription: random.pick(PRESCRIPTIONS),
    supervision: random.pick(p.typeFields.supervision),
    techniques: random.sample(techniqueIds, random.int(3, 7), random.skewedPick),
    helps,
    related: random.sample(typeIds.filter((id) => id !== e.id), random.int(1, 4)),
    sessionMinutes: random.pick(p.sessionMinutes),
    afterEffects: random.pick(p.typeFields.afterEffects),
    frequency: random.pick(p.typeFields.frequency),
    insurance: random.pick(p.typeFields.insurance),
    chooseIf: random.sample(p.chooseIf, random.int(2, 4)),
    notIdealIf: random.sample(p.notIdealIf, random.int(1, 3)),
    ...(random.chance(0.3) && p.prices.length ? { prices: random.pick(p.prices) } : {}),
    cautions: random.sample(p.cautions, random.int(2, 6)),
    redFlags: random.sample(p.redFlags, random.int(1, 4)),
  };
}

function conditionData({ random, p, conditionIds, regionIds }: DataContext, e: Entry): Record<string, unknown> {
  return {
    cautions: random.sample(p.cautions, random.int(2, 5)),
    redFlags: random.sample(p.redFlags, random.int(1, 3)),
    regions: random.sample(regionIds, random.int(1, 3)),
    ...(random.chance(0.5) ? { codes: { icd10cm: [...new Set(Array.from({ length: random.int(1, 2) }, () => icdCode(random)))] } } : {}),
    related: random.sample(conditionIds, random.int(0, 4)).filter((id) => id !== e.id),
  };
}

function techniqueData({ random, p, techniqueIds }: DataContext, e: Entry): Record<string, unknown> {
  return { cautions: random.sample(p.techniqueCautions, random.int(1, 3)), related: random.sample(techniqueIds, random.int(0, 3)).filter((id) => id !== e.id) };
}

/** The frontmatter of every synthetic article; returns the types graded for each condition. */
function writeData(random: Random, fresh: Entry[], site: Site, claimed: Record<Kind, Set<string>>, p: Pools): Map<string, Entry[]> {
  const ids = (kind: Kind) => site.byKind[kind].map((e) => e.id);
  const context: DataContext = {
    random,
    p,
    typeIds: ids('types'),
    techniqueIds: ids('techniques'),
    conditionIds: random.shuffle(ids('conditions')),
    regionIds: ids('regions'),
    helpedBy: new Map(),
  };
  let order = 100;
  for (const e of fresh) {
    const common = {
      title: e.title,
      summary: summary(random, e.kind, e.title),
      aliases: aliasesFor(random, e.title, e.kind, claimed[e.kind]),
      lastReviewed: reviewDate(random),
      sources: random.sample(p.sources, random.int(2, 8)),
      faq: faq(random, p),
    };
    const own =
      e.kind === 'types' ? typeData(context, e)
      : e.kind === 'conditions' ? conditionData(context, e)
      : e.kind === 'techniques' ? techniqueData(context, e)
      : { order: order++ };
    e.data = { ...common, ...own };
  }
  return context.helpedBy;
}

/** Hand-written comparison prose for `count` pairs of types that have none yet. */
function comparisonEntries(random: Random, site: Site, p: Pools, count: number): Entry[] {
  const pairs = new Set(site.byKind.comparisons.map((c) => c.id));
  const made: Entry[] = [];
  for (let i = 0; i < count; i++) {
    let a: Entry, b: Entry, slug: string;
    do {
      [a, b] = random.sample(site.byKind.types, 2) as [Entry, Entry];
      if (b.id < a.id) [a, b] = [b, a];
      slug = compareSlug(a.id, b.id);
    } while (pairs.has(slug));
    pairs.add(slug);
    const title = `${a.title} vs ${b.title.toLowerCase()}`;
    const entry: Entry = { kind: 'comparisons', id: slug, title, data: {}, body: '', anchors: [] };
    entry.data = { title, summary: summary(random, 'comparisons', title), aliases: [], lastReviewed: reviewDate(random), sources: random.sample(p.sources, random.int(2, 5)), faq: faq(random, p) };
    entry.body = comparisonBody(random, a, b, p);
    site.byKind.comparisons.push(entry);
    made.push(entry);
  }
  return made;
}

/**
 * One review's finding for massage in general per condition a synthetic type
 * claims, so every claim has research behind it: a benefit at moderate or low
 * certainty, which the rule weighs like any real finding.
 */
function syntheticFindings(random: Random, helpedBy: Map<string, Entry[]>, research: string[]): ({ id: string } & Record<string, unknown>)[] {
  return [...helpedBy.keys()].map((condition) => ({
    id: `bench-${condition}`,
    source: random.pick(research),
    condition,
    studied: 'massage, style not stated',
    comparedWith: 'no treatment',
    comparison: 'inactive',
    outcome: 'pain',
    result: 'benefit',
    certainty: random.pick<Certainty>(['moderate', 'low']),
    found: 'short-term relief of symptoms',
  }));
}

/**
 * The set's grade history: every claim's grade, computed with the rule as the build will, recorded once, as a
 * site's first publication would be (the build stops on a grade that content/grade-history.yaml does not record).
 */
function recordGrades(dir: string): void {
  const { map } = recomputeEvidence(dir);
  const grades = Object.fromEntries(map.claims.map((c) => [`${c.type}/${c.condition}`, c.grade]));
  writeFileSync(join(dir, 'grade-history.yaml'), stringify([{ id: 'bench-first-grades', date: '2026-12-07', why: 'The grades of the generated set as first built.', grades }], { lineWidth: 0 }));
}

export interface GenerateOptions {
  /** Entries in the set, real ones included. */
  total: number;
  /** The empty folder to write the content into. */
  dir: string;
  real: RealEntry[];
  /** The project snapshot whose content/ and src/content-components the set uses. */
  project: string;
  random: Random;
}

/** Writes a content folder of `total` entries into `dir`. */
export function generate({ total, dir, real, project, random }: GenerateOptions): Generated {
  const realContent = join(project, 'content');
  const counts = distribution(total);
  const sources = parse(readFileSync(join(realContent, 'sources.yaml'), 'utf8')) as { id: string; kind: string }[];
  const p = pools(real, sources.map((s) => s.id));
  const research = sources.filter((s) => (RESEARCH_KINDS as readonly string[]).includes(s.kind)).map((s) => s.id);
  const components = (kind: Kind) => relative(join(dir, kind), join(project, CONTENT_COMPONENTS_DIR));

  // The real content, translations included (its published pair pages are kept: contract/ stays the real one),
  // unchanged except for component imports that must now reach src/ from the temp folder.
  cpSync(realContent, dir, { recursive: true });
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.mdx'))) {
    const file = join(dir, name);
    const there = relative(dirname(file), join(project, CONTENT_COMPONENTS_DIR));
    writeFileSync(file, readFileSync(file, 'utf8').replace(new RegExp(`from '(?:\\.\\./)+${CONTENT_COMPONENTS_DIR}`, 'g'), `from '${there}`));
  }

  const { site, claimed } = realSite(real);
  const synthetic = Object.fromEntries(KINDS.map((k) => [k, Math.max(MIN_SYNTHETIC, counts[k] - site.byKind[k].length)])) as Record<Kind, number>;
  // A kind with more entries than its share (a new real guide, the minimum of each kind) takes the difference from the conditions, so a set keeps its size.
  synthetic.conditions -= KINDS.filter((k) => k !== 'conditions').reduce((extra, k) => extra + Math.max(0, site.byKind[k].length + synthetic[k] - counts[k]), 0);
  const fresh = nameArticles(random, site, claimed, synthetic);
  const helpedBy = writeData(random, fresh, site, claimed, p);
  const problems: SchemaProblem[] = [];
  fresh.push(...comparisonEntries(random, site, p, synthetic.comparisons));

  const findings = syntheticFindings(random, helpedBy, research);
  const findingsFile = join(dir, 'findings.yaml');
  problems.push(...findings.flatMap((f) => collectionEntryProblems(findingsFile, 'findings', f, f.id)));
  writeFileSync(findingsFile, `${readFileSync(findingsFile, 'utf8')}\n${stringify(findings, { lineWidth: 0 })}`);
  // The synthetic findings have no translation: each language's findings are left out as not yet translated,
  // since a translated list must give every English entry (src/lib/checks/translations.ts).
  for (const locale of TRANSLATED_LOCALES) rmSync(join(dir, locale, 'findings.yaml'), { force: true });

  for (const e of fresh) {
    if (e.kind === 'types') e.body = typeBody(random, e, site, p, components('types'));
    else if (e.kind === 'conditions') e.body = conditionBody(random, e, site, p, components('conditions'), helpedBy);
    else if (e.kind === 'techniques') e.body = techniqueBody(random, e, site, p);
    else if (e.kind === 'regions') e.body = regionBody(random, e, site, p);
    else if (e.kind === 'guides') e.body = guideBody(random, e, site, p, components('guides'));
    // As authors do: .mdx only when the body imports a content component.
    const file = join(dir, e.kind, `${e.id}.${/^import /m.test(e.body) ? 'mdx' : 'md'}`);
    problems.push(...collectionEntryProblems(file, e.kind, e.data));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\n${stringify(e.data, { lineWidth: 0 })}---\n\n${e.body}\n`);
  }
  // Astro would reject these too, but minutes later and without saying the generator wrote them.
  if (problems.length) throw new Error(formatProblems(problems, 'the benchmark (its generator no longer matches the schemas in src/schemas/)'));
  recordGrades(dir);
  const finalCounts = Object.fromEntries(KINDS.map((k) => [k, site.byKind[k].length])) as Record<Kind, number>;
  const mdx = KINDS.reduce((n, k) => n + readdirSync(join(dir, k)).filter((f) => f.endsWith('.mdx')).length, 0);
  return { counts: finalCounts, synthetic, files: KINDS.reduce((n, k) => n + finalCounts[k], 0), mdx };
}
