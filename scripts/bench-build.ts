/**
 * `npm run bench:build [-- 1000 5000 10000] [--keep] [--no-real | --real-only]`: does the build scale?
 *
 * It copies the project (src, public, scripts, content, config; node_modules
 * linked) into a folder under the system temp folder, builds the real site
 * from that copy, then for each size generates a synthetic content folder
 * beside it and builds that with the same `scripts/build.ts` (Astro, then
 * Pagefind): CONTENT_ROOT points at the generated content, BUILD_OUT into the
 * temp folder, ASTRO_CACHE_DIR is fresh for every build (so each is cold), and
 * nothing is written to dist/, .astro/ or node_modules/.astro. It measures:
 *
 * - wall: the whole build.ts run (astro build + pagefind + the swap), in seconds;
 * - pages: what Astro reports as "N page(s) built" (every route file, redirect pages included);
 * - ms/page: wall / pages;
 * - peak MiB: the highest of (a) the summed VmRSS of the build's whole process
 *   tree, sampled every 100 ms through /proc/<pid>/task/<tid>/children, (b) the
 *   kernel's VmHWM of any one process in the tree, and (c) `/usr/bin/time -v`'s
 *   "Maximum resident set size" (the largest waited-for descendant) when that
 *   program exists. (b) and (c) catch the astro child's real peak between samples.
 *
 * The table also shows the CPU seconds (user + system, from /usr/bin/time) and,
 * per set, the render time of each route family, which shows where the time goes.
 * Each set is then built a second time ("re" in the table) after a one-line
 * edit to one article, with the first build's cache folder: share images and
 * rendered Markdown are reused, as on an author's machine or a CI with a cache.
 * --keep leaves the temp folder (content, logs, output) for a closer look.
 * Node's default heap limit (about 4.2 GB here) applies as in `npm run build`;
 * NODE_OPTIONS=--max-old-space-size=8192 is passed on to the builds if set.
 *
 * Targets (exit status 1 if one fails): 10,000 entries in ≤ 120 s and ≤ 4 GiB
 * peak; growth linear (ms/page of the largest set ≤ 1.5 × that of the smallest);
 * the real site (content/) in ≤ 30 s.
 *
 * Synthetic content. The real content/ (99 articles, with sources.yaml and
 * glossary.yaml, copied unchanged) is the core of every set; generated
 * entries top each kind up to this share of the total:
 *
 *   types        2 %   (at least the 20 real ones: massage types are few)
 *   regions      0.4 % (12 to 40: body areas are small and nearly fixed)
 *   guides       1 %   (at least 8)
 *   comparisons  0.5 % (hand-written pair prose, at least 4)
 *   techniques   35 %
 *   conditions   the rest (≈ 61 %)
 *
 * so 10,000 entries = 200 types, 40 regions, 100 guides, 50 comparisons,
 * 3,500 techniques and 6,110 conditions. Generated entries pass the real
 * schemas and cross-entry checks: types carry 5 to 20 graded `helps` claims
 * (skewed towards common conditions) with sources, 3 to 7 techniques, focus
 * regions and 1 to 4 related types; conditions 1 to 3 regions, related
 * conditions and for half of them ICD-10-CM codes; every entry has 0 to 4
 * aliases (each a redirect page), FAQs, cautions, red flags and 2 to 8 sources.
 * Bodies are about as long as the real ones of the same kind (600 to 1,100
 * words), built from the real articles' paragraphs, with the required
 * `## … { #id }` sections, extra h2/h3 sections, 4 to 10 internal links (with
 * #fragments) to other entries, and the content components articles use
 * (EvidenceGradeTable in guides and some types, EvidenceBadge in some conditions).
 * As in content/, an entry is .mdx only when it imports a component (about 7%
 * of generated entries, against 2 of the 99 real ones), and .md otherwise.
 * The generator is seeded, so a size always gives the same content.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { EVIDENCE_GRADES, type EvidenceGrade } from '../src/lib/evidence.ts';
import { PRESSURE_LEVELS } from '../src/lib/pressure.ts';
import { slugify } from '../src/lib/slug.ts';
import { ARTICLE_KINDS, compareSlug, type ArticleKind } from '../src/lib/urls.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules/.bin');
/** What a build reads from the project root; copied into a private snapshot (node_modules is linked). */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content'];
const TIME = '/usr/bin/time';

const TARGET_ENTRIES = 10_000;
const TARGET_WALL_S = 120;
const TARGET_PEAK_MIB = 4 * 1024;
const TARGET_REAL_WALL_S = 30;
const LINEAR_FACTOR = 1.5;

type Kind = ArticleKind | 'comparisons';
const KINDS: readonly Kind[] = [...ARTICLE_KINDS, 'comparisons'];

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

// ---------------------------------------------------------------- random

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let random = rng(1);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (p: number) => random() < p;
/** An index skewed towards the start of a list: common conditions are claimed more often. */
const skewedPick = <T>(list: readonly T[]): T => list[Math.floor(random() ** 2 * list.length)]!;

function sample<T>(list: readonly T[], count: number, draw: (l: readonly T[]) => T = pick): T[] {
  const chosen = new Set<T>();
  const want = Math.min(count, list.length);
  for (let tries = 0; chosen.size < want && tries < want * 20; tries++) chosen.add(draw(list));
  return [...chosen];
}

function shuffle<T>(list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- the real content as raw material

interface RealEntry {
  kind: Kind;
  id: string;
  /** md, or mdx for the few that use a content component. */
  ext: string;
  data: Record<string, unknown>;
  body: string;
}

function splitMdx(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('an MDX file without frontmatter');
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

function readReal(content: string): RealEntry[] {
  return KINDS.flatMap((kind) =>
    readdirSync(join(content, kind))
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => ({ kind, id: f.replace(/\.mdx?$/, ''), ext: f.slice(f.lastIndexOf('.') + 1), ...splitMdx(readFileSync(join(content, kind, f), 'utf8')) })),
  );
}

/**
 * A private copy of the project to build from. Astro writes its prerender
 * bundle to <cwd>/.astro/.prerender/ when the output folder is outside the
 * project, so two such builds from /work/main (this benchmark, the
 * bad-content tests) would delete each other's chunks mid-build. The copy
 * also keeps every set on the same snapshot of the code while others edit it.
 */
function snapshotProject(base: string): string {
  const project = join(base, 'project');
  mkdirSync(project);
  for (const name of PROJECT_FILES) {
    cpSync(join(ROOT, name), join(project, name), { recursive: true, filter: (src) => !src.includes('/public/pagefind') });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

interface Pools {
  paragraphs: string[];
  listItems: string[];
  cautions: string[];
  redFlags: string[];
  techniqueCautions: string[];
  faq: { question: string; answer: string }[];
  chooseIf: string[];
  notIdealIf: string[];
  typeFields: Record<'purpose' | 'goal' | 'supervision' | 'afterEffects' | 'frequency' | 'insurance' | 'focusDescription', string[]>;
  notes: string[];
  sessionMinutes: number[][];
  prices: Record<string, unknown>[];
  sources: string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function plainText(line: string): string {
  return line.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*/g, '').trim();
}

function pools(real: RealEntry[], sourceIds: string[]): Pools {
  const p: Pools = {
    paragraphs: [],
    listItems: [],
    cautions: [],
    redFlags: [],
    techniqueCautions: [],
    faq: [],
    chooseIf: [],
    notIdealIf: [],
    typeFields: { purpose: [], goal: [], supervision: [], afterEffects: [], frequency: [], insurance: [], focusDescription: [] },
    notes: [],
    sessionMinutes: [],
    prices: [],
    sources: sourceIds,
  };
  for (const entry of real) {
    for (const block of entry.body.split(/\n\s*\n/)) {
      const text = block.trim();
      if (!text || /^(#|\||<|import |export |```|>|\d+\.)/.test(text) || /[{}<>]/.test(text)) continue;
      if (text.startsWith('- ')) {
        for (const line of text.split('\n')) if (line.startsWith('- ')) p.listItems.push(plainText(line.slice(2)));
      } else if (text.split(/\s+/).length >= 25) p.paragraphs.push(plainText(text.replace(/\n/g, ' ')));
    }
    const d = entry.data;
    if (entry.kind === 'techniques') p.techniqueCautions.push(...strings(d['cautions']));
    else p.cautions.push(...strings(d['cautions']));
    p.redFlags.push(...strings(d['redFlags']));
    p.chooseIf.push(...strings(d['chooseIf']));
    p.notIdealIf.push(...strings(d['notIdealIf']));
    if (Array.isArray(d['faq'])) p.faq.push(...(d['faq'] as { question: string; answer: string }[]));
    if (entry.kind === 'types') {
      for (const key of ['purpose', 'goal', 'supervision', 'afterEffects', 'frequency', 'insurance'] as const) {
        const value = d[key];
        if (typeof value === 'string') p.typeFields[key].push(value);
      }
      const focus = d['focus'] as { description?: string } | undefined;
      if (focus?.description) p.typeFields.focusDescription.push(focus.description);
      if (Array.isArray(d['sessionMinutes'])) p.sessionMinutes.push(d['sessionMinutes'] as number[]);
      if (d['prices']) p.prices.push(d['prices'] as Record<string, unknown>);
      for (const claim of (d['helps'] as { note?: string }[] | undefined) ?? []) if (claim.note) p.notes.push(claim.note);
    }
  }
  return p;
}

// ---------------------------------------------------------------- names

const CONDITION_QUALIFIERS = ['', 'chronic', 'acute', 'recurrent', 'post-operative', 'work-related', 'age-related', 'sport-related', 'postural', 'night-time', 'exercise-induced', 'stress-related', 'pregnancy-related', 'post-traumatic', 'overuse', 'inflammatory', 'degenerative', 'mechanical', 'radiating', 'positional', 'morning', 'referred', 'persistent', 'intermittent', 'one-sided', 'winter'];
const BODY_PARTS = ['knee', 'calf', 'hamstring', 'quadriceps', 'shin', 'ankle', 'heel', 'arch', 'toe', 'hip', 'groin', 'buttock', 'sacroiliac', 'lumbar', 'thoracic', 'rib', 'chest wall', 'abdominal', 'shoulder blade', 'rotator cuff', 'collarbone', 'upper arm', 'elbow', 'forearm', 'wrist', 'thumb', 'finger', 'palm', 'jaw', 'temple', 'scalp', 'neck', 'throat', 'upper trapezius', 'mid-back', 'tailbone', 'pelvic floor', 'iliotibial band', 'achilles', 'plantar', 'psoas', 'piriformis', 'scalene', 'pectoral', 'deltoid', 'biceps', 'triceps', 'gluteal', 'adductor', 'peroneal', 'tibial', 'foot'];
const PROBLEMS = ['pain', 'stiffness', 'strain', 'tendinopathy', 'cramps', 'tension', 'swelling', 'numbness', 'tightness', 'spasm', 'bursitis', 'sprain', 'weakness', 'soreness', 'impingement', 'adhesions', 'instability', 'fatigue', 'trigger points', 'nerve irritation'];
const TECHNIQUE_MODIFIERS = ['slow', 'rhythmic', 'deep', 'light', 'static', 'cross-fibre', 'longitudinal', 'circular', 'alternating', 'sustained', 'active', 'passive', 'assisted', 'resisted', 'oscillating', 'graded', 'broad', 'pinpoint', 'layered', 'warm', 'cool', 'seated', 'side-lying', 'prone', 'supine'];
const TECHNIQUE_TOOLS = ['thumb', 'palm', 'forearm', 'fingertip', 'knuckle', 'elbow', 'two-handed', 'heel-of-hand', 'fist', 'reinforced-hand', 'stone', 'bamboo'];
const TECHNIQUE_ACTIONS = ['stripping', 'kneading', 'compression', 'gliding', 'friction', 'rocking', 'stretching', 'traction', 'percussion', 'vibration', 'pin and stretch', 'skin rolling', 'wringing', 'raking', 'shaking', 'pressure holds', 'circles', 'effleurage', 'petrissage', 'mobilisation'];
const TYPE_PREFIXES = ['Balinese', 'Lomi lomi', 'Ayurvedic', 'Nordic', 'Alpine', 'Coastal', 'Desert', 'Forest', 'Orthopedic', 'Geriatric', 'Pediatric', 'Corporate', 'Bamboo', 'Herbal compress', 'Cupping', 'Kinetic', 'Fascial', 'Rhythmic', 'Postural', 'Breath-led', 'Clinical', 'Restorative', 'Integrative', 'Structural', 'Neurokinetic', 'Visceral', 'Abdominal', 'Facial', 'Scalp', 'Foot', 'Hand', 'Couples', 'Infant', 'Palliative', 'Post-surgical', 'Scar', 'Athletic', 'Recovery', 'Pre-event', 'Post-event', 'Maintenance', 'Tension-release', 'Lymph-flow', 'Joint-focused', 'Stretch-based', 'Ashiatsu', 'Lava shell', 'Salt stone', 'Warm oil', 'Thermal'];
const TYPE_BASES = ['massage', 'bodywork', 'therapy', 'massage therapy', 'treatment'];
const REGION_NAMES = ['Calves', 'Thighs', 'Knees', 'Ankles', 'Elbows', 'Forearms', 'Abdomen', 'Buttocks', 'Scalp', 'Face', 'Upper arms', 'Sacrum', 'Ribs', 'Collarbones', 'Heels', 'Toes', 'Fingers', 'Temples', 'Throat', 'Shins', 'Groin', 'Armpits', 'Shoulder blades', 'Mid-back', 'Tailbone', 'Soles', 'Wrists', 'Inner thighs', 'Outer hips', 'Ears'];
const GUIDE_AUDIENCES = ['office workers', 'runners', 'cyclists', 'older adults', 'new parents', 'students', 'shift workers', 'gardeners', 'musicians', 'drivers', 'swimmers', 'climbers', 'dancers', 'carers', 'teachers', 'nurses', 'builders', 'gamers', 'golfers', 'hikers'];
const GUIDE_TOPICS = ['a first massage', 'self-massage at home', 'booking and costs', 'massage after an injury', 'choosing the pressure', 'massage and sleep', 'massage and stress', 'talking to your therapist', 'aftercare and soreness'];

/** Unique names in a shuffled order; past the end of the pool, numbered editions. */
function namer(combos: string[], claimed: Set<string>): () => { title: string; id: string } {
  shuffle(combos);
  let i = 0;
  let edition = 1;
  return () => {
    for (;;) {
      if (i >= combos.length) {
        i = 0;
        edition++;
      }
      const base = combos[i++]!;
      const title = edition === 1 ? base : `${base} (variant ${edition})`;
      const id = slugify(title);
      if (!claimed.has(id)) {
        claimed.add(id);
        return { title, id };
      }
    }
  };
}

const cross = (...lists: string[][]): string[] =>
  lists.reduce<string[]>((acc, list) => acc.flatMap((a) => list.map((b) => `${a} ${b}`.trim())), ['']);

// ---------------------------------------------------------------- the synthetic site

interface Entry {
  kind: Kind;
  id: string;
  title: string;
  data: Record<string, unknown>;
  body: string;
  /** Fragment ids other pages may link to on this page. */
  anchors: string[];
}

/** Sections a link may target: always rendered by the layout or required in the body. */
const LINKABLE: Record<ArticleKind, string[]> = {
  types: ['what-it-is', 'benefits', 'aftercare', 'safety', 'techniques-used'],
  conditions: ['symptoms', 'self-care', 'evidence', 'safety'],
  techniques: ['how-it-is-done', 'used-in'],
  regions: ['what-it-is', 'conditions', 'types'],
  guides: ['sources'],
};

function reviewDate(): string {
  const d = new Date(Date.UTC(2025, 0, 1) + int(0, 690) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function aliasesFor(title: string, kind: Kind, claimed: Set<string>): string[] {
  const words = title.split(/\s+/);
  const candidates = [
    words.map((w) => w[0]).join('').toUpperCase(),
    words.length > 1 ? `${words.slice(1).join(' ')}, ${words[0]!.toLowerCase()}` : `${title} care`,
    title.replace(/ise/g, 'ize').replace(/our/g, 'or'),
    `${title.toLowerCase()} ${kind === 'conditions' ? 'syndrome' : kind === 'techniques' ? 'method' : 'approach'}`,
  ];
  const chosen: string[] = [];
  for (const alias of candidates.slice(0, int(0, 4))) {
    const slug = slugify(alias);
    if (alias.length < 2 || !slug || claimed.has(slug)) continue;
    claimed.add(slug);
    chosen.push(alias);
  }
  return chosen;
}

function faq(p: Pools): { question: string; answer: string }[] {
  return sample(p.faq, int(0, 3));
}

function icdCode(): string {
  const letter = pick(['M', 'G', 'R', 'S', 'F']);
  const head = `${letter}${String(int(0, 99)).padStart(2, '0')}`;
  return chance(0.2) ? head : `${head}.${String(int(0, 99)).slice(0, int(1, 2))}`;
}

interface Site {
  byKind: Record<Kind, Entry[]>;
  /** kind/id → entry */
  index: Map<string, Entry>;
}

const get = (site: Site, kind: Kind, id: string): Entry => {
  const found = site.index.get(`${kind}/${id}`);
  if (!found) throw new Error(`no ${kind} entry ${id}`);
  return found;
};

function link(target: Entry, text = target.title.toLowerCase(), fragment = chance(0.4)): string {
  const anchor = fragment && target.anchors.length ? `#${pick(target.anchors)}` : '';
  return `[${text}](/${target.kind}/${target.id}/${anchor})`;
}

function paragraphs(p: Pools, count: number): string[] {
  return Array.from({ length: count }, () => pick(p.paragraphs));
}

function list(p: Pools, count: number): string {
  return sample(p.listItems, count).map((item) => `- ${item}`).join('\n');
}

function section(heading: string, id: string | undefined, blocks: string[]): string {
  return [`## ${heading}${id ? ` { #${id} }` : ''}`, ...blocks].join('\n\n');
}

function sub(heading: string, blocks: string[]): string {
  return [`### ${heading}`, ...blocks].join('\n\n');
}

const EXTRA_H2 = ['Where the name comes from', 'What the research does not show', 'How it fits with other care', 'Questions to ask before you book', 'What a good therapist checks first', 'A short history'];
const EXTRA_H3 = ['Before the session', 'During the session', 'Afterwards', 'At home', 'At work', 'When it is not the answer', 'How long it takes', 'What it feels like', 'Who it suits best', 'Common mix-ups'];

function typeBody(e: Entry, site: Site, p: Pools, components: string): string {
  const d = e.data as { techniques: string[]; helps: { condition: string }[]; related: string[] };
  const techniques = d.techniques.map((id) => get(site, 'techniques', id)).slice(0, 3);
  const helped = d.helps.slice(0, 3).map((h) => get(site, 'conditions', h.condition));
  const related = d.related.map((id) => get(site, 'types', id));
  const h3 = shuffle([...EXTRA_H3]);
  const withTable = chance(0.1);
  return [
    ...(withTable ? [`import EvidenceGradeTable from '${components}/EvidenceGradeTable.astro';`, ''] : []),
    section(`What is ${e.title.toLowerCase()}?`, 'what-it-is', [
      `${e.title} is a hands-on treatment that mainly uses ${techniques.map((t) => link(t, t.title.toLowerCase(), false)).join(', ')}.`,
      ...paragraphs(p, 2),
    ]),
    section('What happens in a session?', 'what-to-expect', [paragraphs(p, 1)[0]!, sub(h3[0]!, paragraphs(p, 1)), sub(h3[1]!, paragraphs(p, 1)), list(p, 4)]),
    section(`What can ${e.title.toLowerCase()} help with?`, 'benefits', [
      `The evidence is summarised in [what the evidence says](#evidence). It may help with ${helped.map((c) => link(c)).join(', ')}.`,
      ...paragraphs(p, 2),
      ...(withTable ? [sub('How we grade the evidence', ['<EvidenceGradeTable />'])] : []),
    ]),
    section('How will I feel afterward?', 'aftercare', [...paragraphs(p, 2), sub(h3[2]!, paragraphs(p, 1))]),
    section('How is it different from other types?', 'differences', [
      ...related.map((r) => `**${r.title}.** ${pick(p.paragraphs)} Compare them [side by side](/compare/${compareSlug(e.id, r.id)}/#side-by-side).`),
      paragraphs(p, 1)[0]!,
    ]),
    ...(chance(0.5) ? [section(pick(EXTRA_H2), undefined, paragraphs(p, 2))] : []),
  ].join('\n\n');
}

function conditionBody(e: Entry, site: Site, p: Pools, components: string, helpedBy: Map<string, Entry[]>): string {
  const d = e.data as { regions: string[]; related: string[] };
  const regions = d.regions.map((id) => get(site, 'regions', id));
  const types = helpedBy.get(e.id) ?? [];
  const h3 = shuffle([...EXTRA_H3]);
  const badge = chance(0.1);
  return [
    ...(badge ? [`import EvidenceBadge from '${components}/EvidenceBadge.astro';`, ''] : []),
    section(`What is ${e.title.toLowerCase()}?`, 'what-it-is', [
      `${e.title} affects the ${regions.map((r) => link(r, r.title.toLowerCase(), false)).join(' and ')}.`,
      ...paragraphs(p, 2),
    ]),
    section('What are the symptoms?', 'symptoms', [paragraphs(p, 1)[0]!, list(p, 4), sub(h3[0]!, paragraphs(p, 1))]),
    section('Can massage help?', 'benefits', [
      types.length
        ? `Massage types graded for it include ${types.slice(0, 3).map((t) => link(t, t.title.toLowerCase(), false)).join(', ')}; see [which types may help](#evidence).`
        : `No massage type here is graded for it yet; see [which types may help](#evidence).`,
      ...(badge ? [`Where a claim is graded <EvidenceBadge grade="limited" />, the studies are small.`] : []),
      ...paragraphs(p, 2),
    ]),
    section('What can I do myself?', 'self-care', [...paragraphs(p, 2), sub(h3[1]!, paragraphs(p, 1)), `If it gets worse, read [is it safe for me](#safety).`]),
    ...(chance(0.5) ? [section(pick(EXTRA_H2), undefined, paragraphs(p, 2))] : []),
  ].join('\n\n');
}

function techniqueBody(e: Entry, site: Site, p: Pools): string {
  const related = (e.data['related'] as string[]).map((id) => get(site, 'techniques', id));
  const h3 = shuffle([...EXTRA_H3]);
  return [
    section(`What is ${e.title.toLowerCase()}?`, 'what-it-is', [
      `${e.title} is one of the hands-on methods a therapist chooses from${related.length ? `, close to ${related.map((r) => link(r)).join(' and ')}` : ''}.`,
      ...paragraphs(p, 2),
    ]),
    section('How is it done?', 'how-it-is-done', [paragraphs(p, 1)[0]!, list(p, 3), sub(h3[0]!, paragraphs(p, 1))]),
    section('What is it good for?', 'benefits', [...paragraphs(p, 2), `It is used in [several massage types](#used-in), for example ${link(pick(site.byKind.types))}.`]),
    ...(chance(0.3) ? [section(pick(EXTRA_H2), undefined, paragraphs(p, 1))] : []),
  ].join('\n\n');
}

function regionBody(e: Entry, site: Site, p: Pools): string {
  return [
    section(`What does the ${e.title.toLowerCase()} region include?`, 'what-it-is', [...paragraphs(p, 2), list(p, 4)]),
    section('What problems bring people here?', undefined, [`Common reasons include ${sample(site.byKind.conditions, 3).map((c) => link(c)).join(', ')}.`, ...paragraphs(p, 1)]),
    section('How do therapists work on it?', undefined, [...paragraphs(p, 2), `Techniques such as ${sample(site.byKind.techniques, 2).map((t) => link(t)).join(' and ')} are common here.`]),
    section('What should you be careful about?', undefined, [list(p, 3), `For general cautions, see the [safety guide](/guides/safety/).`]),
  ].join('\n\n');
}

function guideBody(e: Entry, site: Site, p: Pools, components: string): string {
  const withTable = chance(0.25);
  const h3 = shuffle([...EXTRA_H3]);
  return [
    ...(withTable ? [`import EvidenceGradeTable from '${components}/EvidenceGradeTable.astro';`, ''] : []),
    `This guide covers ${e.title.charAt(0).toLowerCase()}${e.title.slice(1)}. ${paragraphs(p, 1)[0]!}`,
    section('Where to start', 'where-to-start', [...paragraphs(p, 2), `Most people begin with ${link(pick(site.byKind.types))}.`]),
    section('What to expect', 'what-to-expect', [sub(h3[0]!, paragraphs(p, 1)), sub(h3[1]!, paragraphs(p, 1)), list(p, 4)]),
    section('Choosing well', 'choosing-well', [...paragraphs(p, 2), `Compare types on [the comparison page](/compare/) or read about ${link(pick(site.byKind.conditions))}.`]),
    ...(withTable ? [section('How strong is the evidence?', 'evidence-grades', ['<EvidenceGradeTable />'])] : []),
    section('Staying safe', 'staying-safe', [paragraphs(p, 1)[0]!, `See [who should avoid massage](/guides/safety/).`]),
  ].join('\n\n');
}

function comparisonBody(a: Entry, b: Entry, p: Pools): string {
  return [
    section('Which one should I book?', 'which-to-book', [...paragraphs(p, 2), `Start with ${link(a, a.title.toLowerCase(), false)} if you want the gentler option.`]),
    section('How do they feel different?', 'how-they-feel', [...paragraphs(p, 2), list(p, 3)]),
    section('What the evidence says', 'evidence-compared', [paragraphs(p, 1)[0]!, `See ${link(b, b.title.toLowerCase(), false)} for the graded claims.`]),
    section('Cost and session length', 'cost-compared', paragraphs(p, 1)),
  ].join('\n\n');
}

function summary(kind: Kind, title: string): string {
  const t = title.toLowerCase();
  const options: Record<Kind, string[]> = {
    types: [`${title}: what happens in a session, who it suits, what the evidence says it may help and who should avoid it.`, `What ${t} is, how it feels, how often to go and what it costs, with the safety points to check first.`],
    conditions: [`${title}: what causes it, how it feels, which massage types may help and when to see a doctor instead.`, `Why ${t} happens, what you can do yourself, and what the evidence says about massage for it.`],
    techniques: [`${title}: how a therapist does it, what it feels like, which massage types use it and who should be careful.`, `How ${t} works, when therapists use it and when it should be avoided.`],
    regions: [`The ${t}: the muscles and joints, the problems that bring people here, and how therapists work on the area safely.`],
    guides: [`A practical guide: ${t}. What to expect, what it costs and the safety points to check first.`],
    comparisons: [`${title}: how they differ in pressure, purpose, evidence and cost, and which one to book.`],
  };
  const text = pick(options[kind]);
  return text.length <= 220 ? text : `${text.slice(0, 216)}…`;
}

interface Generated {
  counts: Record<Kind, number>;
  synthetic: Record<Kind, number>;
  files: number;
  /** How many of the files are .mdx. */
  mdx: number;
}

/** Writes a content folder of `total` entries into `dir`. */
function generate(total: number, dir: string, real: RealEntry[], project: string): Generated {
  const realContent = join(project, 'content');
  random = rng(total);
  const counts = distribution(total);
  const sourceIds = (parse(readFileSync(join(realContent, 'sources.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id);
  const p = pools(real, sourceIds);
  const components = (kind: Kind) => relative(join(dir, kind), join(project, 'src/components'));

  // The real content (published-urls.txt included: its pair pages are kept), unchanged
  // except for component imports that must now reach src/ from the temp folder.
  cpSync(realContent, dir, { recursive: true });
  for (const entry of real.filter((e) => e.ext === 'mdx')) {
    const file = join(dir, entry.kind, `${entry.id}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll("from '../../src/components", `from '${components(entry.kind)}`));
  }

  const site: Site = { byKind: { types: [], techniques: [], conditions: [], regions: [], guides: [], comparisons: [] }, index: new Map() };
  const claimed: Record<Kind, Set<string>> = { types: new Set(), techniques: new Set(), conditions: new Set(), regions: new Set(), guides: new Set(), comparisons: new Set() };
  for (const entry of real) {
    claimed[entry.kind].add(entry.id);
    for (const alias of strings(entry.data['aliases'])) claimed[entry.kind].add(slugify(alias));
    const title = String(entry.data['title']);
    const anchors = entry.kind === 'comparisons' ? [] : LINKABLE[entry.kind];
    site.byKind[entry.kind].push({ kind: entry.kind, id: entry.id, title, data: entry.data, body: entry.body, anchors });
  }
  const synthetic = Object.fromEntries(KINDS.map((k) => [k, Math.max(0, counts[k] - site.byKind[k].length)])) as Record<Kind, number>;

  const names: Record<Exclude<Kind, 'comparisons'>, () => { title: string; id: string }> = {
    types: namer(cross(TYPE_PREFIXES, TYPE_BASES), claimed.types),
    techniques: namer(cross(TECHNIQUE_MODIFIERS, TECHNIQUE_TOOLS, TECHNIQUE_ACTIONS), claimed.techniques),
    conditions: namer(cross(CONDITION_QUALIFIERS, BODY_PARTS, PROBLEMS), claimed.conditions),
    regions: namer([...REGION_NAMES], claimed.regions),
    guides: namer(GUIDE_AUDIENCES.flatMap((a) => GUIDE_TOPICS.map((t) => `Massage for ${a}: ${t}`)), claimed.guides),
  };
  // Names first, so every entry can reference any other.
  const fresh: Entry[] = [];
  for (const kind of ARTICLE_KINDS) {
    for (let i = 0; i < synthetic[kind]; i++) {
      const { title, id } = names[kind]();
      const entry: Entry = { kind, id, title: capitalise(title), data: {}, body: '', anchors: LINKABLE[kind] };
      site.byKind[kind].push(entry);
      fresh.push(entry);
    }
  }
  for (const kind of KINDS) for (const e of site.byKind[kind]) site.index.set(`${kind}/${e.id}`, e);
  const ids = (kind: Kind) => site.byKind[kind].map((e) => e.id);
  const typeIds = ids('types');
  const techniqueIds = ids('techniques');
  const conditionIds = shuffle(ids('conditions'));
  const regionIds = ids('regions');
  const helpedBy = new Map<string, Entry[]>();
  let order = 100;

  for (const e of fresh) {
    const common = {
      title: e.title,
      summary: summary(e.kind, e.title),
      aliases: aliasesFor(e.title, e.kind, claimed[e.kind]),
      lastReviewed: reviewDate(),
      sources: sample(p.sources, int(2, 8)),
      faq: faq(p),
    };
    if (e.kind === 'types') {
      const lo = int(0, 3);
      const fullBody = chance(0.5);
      const helps = sample(conditionIds, int(5, 20), skewedPick).map((condition) => ({
        condition,
        grade: pick<EvidenceGrade>(EVIDENCE_GRADES),
        sources: sample(p.sources, int(1, 3)),
        ...(chance(0.3) ? { note: pick(p.notes) } : {}),
      }));
      for (const claim of helps) helpedBy.set(claim.condition, [...(helpedBy.get(claim.condition) ?? []), e]);
      e.data = {
        ...common,
        purpose: pick(p.typeFields.purpose),
        goal: pick(p.typeFields.goal),
        pressure: { min: PRESSURE_LEVELS[lo]!, max: PRESSURE_LEVELS[int(lo, PRESSURE_LEVELS.length - 1)]! },
        focus: { fullBody, regions: sample(regionIds, fullBody ? int(0, 2) : int(1, 3)), description: pick(p.typeFields.focusDescription) },
        prescription: pick(['required', 'usual', 'not-needed']),
        supervision: pick(p.typeFields.supervision),
        techniques: sample(techniqueIds, int(3, 7), skewedPick),
        helps,
        related: sample(typeIds.filter((id) => id !== e.id), int(1, 4)),
        sessionMinutes: pick(p.sessionMinutes),
        afterEffects: pick(p.typeFields.afterEffects),
        frequency: pick(p.typeFields.frequency),
        insurance: pick(p.typeFields.insurance),
        chooseIf: sample(p.chooseIf, int(2, 4)),
        notIdealIf: sample(p.notIdealIf, int(1, 3)),
        ...(chance(0.3) && p.prices.length ? { prices: pick(p.prices) } : {}),
        cautions: sample(p.cautions, int(2, 6)),
        redFlags: sample(p.redFlags, int(1, 4)),
      };
    } else if (e.kind === 'conditions') {
      e.data = {
        ...common,
        cautions: sample(p.cautions, int(2, 5)),
        redFlags: sample(p.redFlags, int(1, 3)),
        regions: sample(regionIds, int(1, 3)),
        ...(chance(0.5) ? { codes: { icd10cm: [...new Set(Array.from({ length: int(1, 2) }, icdCode))] } } : {}),
        related: sample(conditionIds, int(0, 4)).filter((id) => id !== e.id),
      };
    } else if (e.kind === 'techniques') {
      e.data = { ...common, cautions: sample(p.techniqueCautions, int(1, 3)), related: sample(techniqueIds, int(0, 3)).filter((id) => id !== e.id) };
    } else {
      e.data = { ...common, order: order++ };
    }
  }

  // Hand-written comparison prose for pairs of types that have none yet.
  const pairs = new Set(site.byKind.comparisons.map((c) => c.id));
  for (let i = 0; i < synthetic.comparisons; i++) {
    let a: Entry, b: Entry, slug: string;
    do {
      [a, b] = sample(site.byKind.types, 2) as [Entry, Entry];
      if (b.id < a.id) [a, b] = [b, a];
      slug = compareSlug(a.id, b.id);
    } while (pairs.has(slug));
    pairs.add(slug);
    const title = `${a.title} vs ${b.title.toLowerCase()}`;
    const entry: Entry = { kind: 'comparisons', id: slug, title, data: {}, body: '', anchors: [] };
    entry.data = { title, summary: summary('comparisons', title), aliases: [], lastReviewed: reviewDate(), sources: sample(p.sources, int(2, 5)), faq: faq(p) };
    entry.body = comparisonBody(a, b, p);
    site.byKind.comparisons.push(entry);
    fresh.push(entry);
  }

  for (const e of fresh) {
    if (e.kind === 'types') e.body = typeBody(e, site, p, components('types'));
    else if (e.kind === 'conditions') e.body = conditionBody(e, site, p, components('conditions'), helpedBy);
    else if (e.kind === 'techniques') e.body = techniqueBody(e, site, p);
    else if (e.kind === 'regions') e.body = regionBody(e, site, p);
    else if (e.kind === 'guides') e.body = guideBody(e, site, p, components('guides'));
    // As authors do: .mdx only when the body imports a content component.
    const file = join(dir, e.kind, `${e.id}.${/^import /m.test(e.body) ? 'mdx' : 'md'}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\n${stringify(e.data, { lineWidth: 0 })}---\n\n${e.body}\n`);
  }
  const finalCounts = Object.fromEntries(KINDS.map((k) => [k, site.byKind[k].length])) as Record<Kind, number>;
  const mdx = KINDS.reduce((n, k) => n + readdirSync(join(dir, k)).filter((f) => f.endsWith('.mdx')).length, 0);
  return { counts: finalCounts, synthetic, files: KINDS.reduce((n, k) => n + finalCounts[k], 0), mdx };
}

// ---------------------------------------------------------------- measuring a build

interface Measured {
  ok: boolean;
  wallS: number;
  pages: number;
  renderS: number | undefined;
  routes: { route: string; pages: number; ms: number }[];
  pagefindS: number | undefined;
  indexed: number | undefined;
  peakMiB: number;
  peakTreeMiB: number;
  peakHwmMiB: number;
  timeMaxRssMiB: number | undefined;
  /** User + system CPU seconds of the whole tree (from /usr/bin/time): less sensitive than wall time to other work on the machine. */
  cpuS: number | undefined;
  /** The highest summed RSS of the tree in each step of the build. */
  peakPhase: string;
  byDir: Map<string, number>;
  htmlFiles: number;
  log: string;
}

function readStatus(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const current = queue.shift()!;
    found.push(current);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${current}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean)) queue.push(Number(child));
      } catch {
        // the task ended between the two reads
      }
    }
  }
  return found;
}

/** Astro's per-route log lines ("├─ /types/x/index.html (+3ms)"), summed by first path segment. */
function routeTimes(log: string): { route: string; pages: number; ms: number }[] {
  const byRoute = new Map<string, { pages: number; ms: number }>();
  for (const m of log.matchAll(/[├└]─ \/([^/\s]*)\S* \(\+([\d.]+)(m?s)\)/g)) {
    const route = m[1]!.replace(/\.(html|json|xml|txt|png)$/, '') || '/';
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const r = byRoute.get(route) ?? { pages: 0, ms: 0 };
    r.pages++;
    r.ms += ms;
    byRoute.set(route, r);
  }
  return [...byRoute].map(([route, r]) => ({ route, ...r })).sort((a, b) => b.ms - a.ms);
}

/** The steps of a build and the wall-clock time each began, from the timestamps in Astro's log. */
function phases(log: string, started: number): { name: string; start: number }[] {
  const markers: [RegExp, string][] = [
    [/^(\d\d:\d\d:\d\d) \[content\] Syncing content/m, 'content sync'],
    [/^(\d\d:\d\d:\d\d) \[build\] Building static entrypoints/m, 'vite bundle'],
    [/^(\d\d:\d\d:\d\d) \[build\] Rearranging server assets/m, 'rendering'],
    [/^(\d\d:\d\d:\d\d) \[build\] \d+ page\(s\) built/m, 'pagefind'],
  ];
  const found = [{ name: 'start-up', start: started }];
  for (const [pattern, name] of markers) {
    const clock = pattern.exec(log)?.[1];
    if (!clock) continue;
    const [h, m, s] = clock.split(':').map(Number) as [number, number, number];
    const when = new Date(started);
    when.setHours(h, m, s, 0);
    if (when.getTime() < started - 1000) when.setDate(when.getDate() + 1);
    found.push({ name, start: when.getTime() });
  }
  return found;
}

/** The highest summed RSS (MiB) seen in each step. */
function peakByPhase(samples: { at: number; kb: number }[], steps: { name: string; start: number }[]): string {
  return steps
    .map((step, i) => {
      const end = steps[i + 1]?.start ?? Infinity;
      const kb = Math.max(0, ...samples.filter((s) => s.at >= step.start && s.at < end).map((s) => s.kb));
      return `${step.name} ${fmt(kb / 1024)}`;
    })
    .join(', ');
}

function htmlCounts(out: string): { total: number; byDir: Map<string, number> } {
  const byDir = new Map<string, number>();
  let total = 0;
  if (!existsSync(out)) return { total, byDir };
  for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    total++;
    const top = name.includes('/') ? name.slice(0, name.indexOf('/')) : '(root)';
    byDir.set(top, (byDir.get(top) ?? 0) + 1);
  }
  return { total, byDir };
}

async function measureBuild(project: string, work: string, contentRoot: string | undefined, cacheDir = join(work, 'cache')): Promise<Measured> {
  mkdirSync(work, { recursive: true });
  const out = join(work, 'dist');
  const logFile = join(work, 'build.log');
  const timeFile = join(work, 'time.txt');
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${BIN}:${process.env['PATH'] ?? ''}`, BUILD_OUT: out, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  if (contentRoot) env['CONTENT_ROOT'] = contentRoot;
  else delete env['CONTENT_ROOT'];
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const args = useTime ? ['-v', '-o', timeFile, process.execPath, 'scripts/build.ts'] : ['scripts/build.ts'];
  const fd = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(command, args, { cwd: project, env, stdio: ['ignore', fd, fd] });
  let peakTree = 0;
  const samples: { at: number; kb: number }[] = [];
  const startedAt = Date.now();
  const hwm = new Map<number, number>();
  const poll = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of descendants(child.pid)) {
      const s = readStatus(pid);
      if (!s) continue;
      sum += s.rss;
      hwm.set(pid, Math.max(hwm.get(pid) ?? 0, s.hwm));
    }
    peakTree = Math.max(peakTree, sum);
    samples.push({ at: Date.now(), kb: sum });
  };
  const timer = setInterval(poll, 100);
  const status = await new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const wallS = (performance.now() - started) / 1000;
  clearInterval(timer);
  closeSync(fd);
  const log = readFileSync(logFile, 'utf8');
  const timeReport = useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const timeField = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(timeReport)?.[1] ?? NaN);
  const timeMaxRss = timeField('Maximum resident set size \\(kbytes\\)');
  const cpu = timeField('User time \\(seconds\\)') + timeField('System time \\(seconds\\)');
  const built = /\[build\] (\d+) page\(s\) built in (?:(\d+)m ?)?([\d.]+)(m?s)/.exec(log);
  const pagefind = /Finished in ([\d.]+) seconds/.exec(log);
  const indexed = /Indexed (\d+) pages/.exec(log);
  const { total, byDir } = htmlCounts(out);
  const mib = (kb: number) => kb / 1024;
  const peakHwm = Math.max(0, ...hwm.values());
  return {
    ok: status === 0,
    wallS,
    pages: built ? Number(built[1]) : total,
    renderS: built ? Number(built[2] ?? 0) * 60 + Number(built[3]) / (built[4] === 'ms' ? 1000 : 1) : undefined,
    routes: routeTimes(log),
    pagefindS: pagefind ? Number(pagefind[1]) : undefined,
    indexed: indexed ? Number(indexed[1]) : undefined,
    peakMiB: mib(Math.max(peakTree, peakHwm, Number.isNaN(timeMaxRss) ? 0 : timeMaxRss)),
    peakTreeMiB: mib(peakTree),
    peakHwmMiB: mib(peakHwm),
    timeMaxRssMiB: Number.isNaN(timeMaxRss) ? undefined : mib(timeMaxRss),
    cpuS: Number.isNaN(cpu) ? undefined : cpu,
    peakPhase: peakByPhase(samples, phases(log, startedAt)),
    byDir,
    htmlFiles: total,
    log,
  };
}

// ---------------------------------------------------------------- main

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const skipReal = args.includes('--no-real');
const realOnly = args.includes('--real-only');
const sizes = args.filter((a) => /^\d[\d_,]*$/.test(a)).map((a) => Number(a.replace(/[_,]/g, '')));
if (sizes.length === 0 && !realOnly) sizes.push(1_000, 5_000, 10_000);
sizes.sort((a, b) => a - b);

const base = mkdtempSync(join(tmpdir(), 'bench-build-'));
const project = snapshotProject(base);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pad = (s: string, n: number) => s.padStart(n);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

console.log(`bench:build in ${base} (${existsSync(TIME) ? `peak memory from /proc sampling and ${TIME} -v` : 'peak memory from /proc sampling'})`);
if (sizes.length) {
  console.log('Distribution of entries per set (the real content/ included):');
  console.log(`  ${['entries', ...KINDS].map((k) => pad(k, 13)).join('')}`);
  for (const size of sizes) {
    const d = distribution(size);
    console.log(`  ${[fmt(size), ...KINDS.map((k) => `${fmt(d[k])} ${((d[k] / size) * 100).toFixed(1)}%`)].map((s) => pad(s, 13)).join('')}`);
  }
}

const failures: string[] = [];
interface Row {
  label: string;
  entries: number | undefined;
  types: number | undefined;
  /** A second build of the set after one edit, with the first build's cache. */
  rebuild?: boolean;
  m: Measured;
}
const rows: Row[] = [];

function describe(row: Row): string {
  const m = row.m;
  const dirs = [...m.byDir].sort((a, b) => b[1] - a[1]).map(([d, n]) => `${d} ${fmt(n)}`).join(', ');
  return (
    `  ${row.label}: astro rendered ${fmt(m.pages)} pages in ${m.renderS?.toFixed(1) ?? '?'} s, pagefind indexed ${m.indexed ?? '?'} pages in ${m.pagefindS?.toFixed(1) ?? '?'} s; ` +
    `peak MiB: tree ${fmt(m.peakTreeMiB)}, one process ${fmt(m.peakHwmMiB)}${m.timeMaxRssMiB === undefined ? '' : `, time -v ${fmt(m.timeMaxRssMiB)}`}; tree by step: ${m.peakPhase}\n` +
    `    HTML files by folder: ${dirs}\n` +
    `    render time by route (total s, pages, avg ms): ${m.routes.slice(0, 8).map((r) => `${r.route} ${(r.ms / 1000).toFixed(1)} s/${fmt(r.pages)}/${(r.ms / r.pages).toFixed(1)}`).join(', ')}`
  );
}

if (!skipReal) {
  const work = join(base, 'real');
  mkdirSync(work);
  console.log(`\nBuilding the real site (content/) … load ${load()}`);
  const m = await measureBuild(project, work, undefined);
  if (!m.ok) {
    console.error(m.log.slice(-4000));
    failures.push('the real site did not build');
  }
  rows.push({ label: 'real site', entries: undefined, types: undefined, m });
  console.log(describe(rows.at(-1)!));
  if (!keep) rmSync(work, { recursive: true, force: true });
}

const real = readReal(join(project, 'content'));
for (const size of sizes) {
  const work = join(base, `n${size}`);
  const content = join(work, 'content');
  mkdirSync(content, { recursive: true });
  const t0 = performance.now();
  const g = generate(size, content, real, project);
  console.log(`\n${fmt(size)} entries: generated ${fmt(g.files)} files (${fmt(g.mdx)} of them MDX; ${KINDS.map((k) => `${k} ${g.counts[k]}`).join(', ')}) in ${((performance.now() - t0) / 1000).toFixed(1)} s; building … load ${load()}`);
  const m = await measureBuild(project, work, content);
  rows.push({ label: `${fmt(size)} entries`, entries: size, types: g.counts.types, m });
  if (!m.ok) {
    console.error(m.log.slice(-4000));
    failures.push(`the ${fmt(size)}-entry set did not build`);
  }
  console.log(describe(rows.at(-1)!));
  if (m.ok) {
    // The everyday case: an author changes one article and the site is built
    // again with the cache of the last build (share images, rendered Markdown).
    const edited = join(content, 'conditions', readdirSync(join(content, 'conditions')).find((f) => f.endsWith('.md'))!);
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nOne more sentence, as an author's edit would add.\n`);
    console.log(`\n${fmt(size)} entries: rebuilding after an edit to ${relative(content, edited)}, with the cache of the first build … load ${load()}`);
    const again = await measureBuild(project, `${work}-rebuild`, content, join(work, 'cache'));
    rows.push({ label: `${fmt(size)} entries, rebuilt`, entries: size, types: g.counts.types, rebuild: true, m: again });
    if (!again.ok) failures.push(`the ${fmt(size)}-entry set did not build again`);
    console.log(describe(rows.at(-1)!));
    if (!keep) rmSync(`${work}-rebuild`, { recursive: true, force: true });
  }
  if (!keep) rmSync(work, { recursive: true, force: true });
}
if (!keep) rmSync(base, { recursive: true, force: true });

console.log('\n  entries    types    pages   pair pages   wall s    cpu s   ms/page   peak MiB');
for (const { label, entries, types, rebuild, m } of rows) {
  console.log(
    `${pad(entries === undefined ? label : `${fmt(entries)}${rebuild ? ' re' : ''}`, 9)}${pad(types === undefined ? '' : fmt(types), 9)}${pad(fmt(m.pages), 9)}${pad(fmt(m.byDir.get('compare') ?? 0), 13)}` +
      `${pad(m.wallS.toFixed(1), 9)}${pad(m.cpuS?.toFixed(1) ?? '–', 9)}${pad(((m.wallS * 1000) / Math.max(1, m.pages)).toFixed(2), 10)}${pad(fmt(m.peakMiB), 11)}${m.ok ? '' : '   FAILED'}`,
  );
}

console.log('');
const check = (ok: boolean, text: string) => {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  if (!ok) failures.push(text);
};
const sets = rows.filter((r) => r.entries !== undefined && !r.rebuild && r.m.ok);
if (sets.length >= 2) {
  const first = sets[0]!;
  const last = sets.at(-1)!;
  const perPage = (r: Row) => (r.m.wallS * 1000) / r.m.pages;
  const ratio = perPage(last) / perPage(first);
  check(ratio <= LINEAR_FACTOR, `linear growth: ms/page at ${fmt(last.entries!)} entries is ${ratio.toFixed(2)}× that at ${fmt(first.entries!)} (limit ${LINEAR_FACTOR}×)`);
  // ms/page depends on the page mix, so show the cost per entry too.
  const perEntry = (r: Row, s: number | undefined) => ((s ?? NaN) * 1000) / r.entries!;
  console.log(
    `      per entry: wall ${perEntry(first, first.m.wallS).toFixed(0)} → ${perEntry(last, last.m.wallS).toFixed(0)} ms, ` +
      `CPU ${perEntry(first, first.m.cpuS).toFixed(0)} → ${perEntry(last, last.m.cpuS).toFixed(0)} ms (${fmt(first.entries!)} → ${fmt(last.entries!)} entries)`,
  );
}
const target = rows.find((r) => r.entries === TARGET_ENTRIES && !r.rebuild);
if (target) {
  check(target.m.ok && target.m.wallS <= TARGET_WALL_S, `${fmt(TARGET_ENTRIES)} entries in ≤ ${TARGET_WALL_S} s: ${target.m.wallS.toFixed(1)} s`);
  check(target.m.ok && target.m.peakMiB <= TARGET_PEAK_MIB, `${fmt(TARGET_ENTRIES)} entries in ≤ ${TARGET_PEAK_MIB / 1024} GiB peak: ${fmt(target.m.peakMiB)} MiB`);
} else {
  console.log(`(no ${fmt(TARGET_ENTRIES)}-entry set in this run: its targets were not checked)`);
}
for (const r of rows.filter((r) => r.rebuild && r.m.ok)) {
  console.log(`INFO  ${r.label} after one edit: ${r.m.wallS.toFixed(1)} s, peak ${fmt(r.m.peakMiB)} MiB (the targets above are for the first, cold build)`);
}
const realRow = rows.find((r) => r.label === 'real site');
if (realRow) check(realRow.m.ok && realRow.m.wallS <= TARGET_REAL_WALL_S, `real site full build in ≤ ${TARGET_REAL_WALL_S} s: ${realRow.m.wallS.toFixed(1)} s`);
for (const r of rows) if (!r.m.ok) check(false, `${r.label} built`);
console.log(`load average at the end: ${load()} (2 cores: a load well above 2 means another build shared the machine)`);
process.exit(failures.length ? 1 : 0);
