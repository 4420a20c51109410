/**
 * The bodies of synthetic entries: about as long as the real ones of their
 * kind, built from the real articles' paragraphs, with the required
 * `## … { #id }` sections, extra h2/h3 sections, internal links (with
 * #fragments) to other entries and, in a few, the content components
 * articles use.
 */
import { componentImport } from '../../src/lib/model/content-components.ts';
import { compareSlug } from '../../src/lib/model/urls.ts';
import type { Random } from './random.ts';
import type { Kind, Pools } from './real-content.ts';

export interface Entry {
  kind: Kind;
  id: string;
  title: string;
  data: Record<string, unknown>;
  body: string;
  /** Fragment ids other pages may link to on this page: those every page of its kind has (src/lib/model/sections.ts). */
  anchors: string[];
}

export interface Site {
  byKind: Record<Kind, Entry[]>;
  /** kind/id → entry */
  index: Map<string, Entry>;
}

export const get = (site: Site, kind: Kind, id: string): Entry => {
  const found = site.index.get(`${kind}/${id}`);
  if (!found) throw new Error(`no ${kind} entry ${id}`);
  return found;
};

function link(random: Random, target: Entry, text = target.title.toLowerCase(), fragment = random.chance(0.4)): string {
  const anchor = fragment && target.anchors.length ? `#${random.pick(target.anchors)}` : '';
  return `[${text}](/${target.kind}/${target.id}/${anchor})`;
}

function paragraphs(random: Random, p: Pools, count: number): string[] {
  return Array.from({ length: count }, () => random.pick(p.paragraphs));
}

function list(random: Random, p: Pools, count: number): string {
  return random.sample(p.listItems, count).map((item) => `- ${item}`).join('\n');
}

function section(heading: string, id: string | undefined, blocks: string[]): string {
  return [`## ${heading}${id ? ` { #${id} }` : ''}`, ...blocks].join('\n\n');
}

function sub(heading: string, blocks: string[]): string {
  return [`### ${heading}`, ...blocks].join('\n\n');
}

const EXTRA_H2 = ['Where the name comes from', 'What the research does not show', 'How it fits with other care', 'Questions to ask before you book', 'What a good therapist checks first', 'A short history'];
const EXTRA_H3 = ['Before the session', 'During the session', 'Afterwards', 'At home', 'At work', 'When it is not the answer', 'How long it takes', 'What it feels like', 'Who it suits best', 'Common mix-ups'];

export function typeBody(random: Random, e: Entry, site: Site, p: Pools, components: string): string {
  const d = e.data as { techniques: string[]; helps: { condition: string }[]; related: string[] };
  const techniques = d.techniques.map((id) => get(site, 'techniques', id)).slice(0, 3);
  const helped = d.helps.slice(0, 3).map((h) => get(site, 'conditions', h.condition));
  const related = d.related.map((id) => get(site, 'types', id));
  const h3 = random.shuffle([...EXTRA_H3]);
  const withTable = random.chance(0.1);
  return [
    ...(withTable ? [componentImport('EvidenceGradeTable', components), ''] : []),
    section(`What is ${e.title.toLowerCase()}?`, 'what-it-is', [
      `${e.title} is a hands-on treatment that mainly uses ${techniques.map((t) => link(random, t, t.title.toLowerCase(), false)).join(', ')}.`,
      ...paragraphs(random, p, 2),
    ]),
    section('What happens in a session?', 'what-to-expect', [paragraphs(random, p, 1)[0]!, sub(h3[0]!, paragraphs(random, p, 1)), sub(h3[1]!, paragraphs(random, p, 1)), list(random, p, 4)]),
    section(`What can ${e.title.toLowerCase()} help with?`, 'benefits', [
      `The evidence is summarised in [what the evidence says](#evidence). Its graded claims are for ${helped.map((c) => link(random, c)).join(', ')}.`,
      ...random.sample(p.paragraphs, 2),
      ...(withTable ? [sub('How we grade the evidence', ['<EvidenceGradeTable />'])] : []),
    ]),
    section('How will I feel afterward?', 'aftercare', [...paragraphs(random, p, 2), sub(h3[2]!, paragraphs(random, p, 1))]),
    section('How is it different from other types?', 'differences', [
      ...related.map((r) => `**${r.title}.** ${random.pick(p.paragraphs)} Compare them [side by side](/compare/${compareSlug(e.id, r.id)}/#side-by-side).`),
      paragraphs(random, p, 1)[0]!,
    ]),
    ...(random.chance(0.5) ? [section(random.pick(EXTRA_H2), undefined, paragraphs(random, p, 2))] : []),
  ].join('\n\n');
}

export function conditionBody(random: Random, e: Entry, site: Site, p: Pools, components: string, helpedBy: Map<string, Entry[]>): string {
  const d = e.data as { regions: string[]; related: string[] };
  const regions = d.regions.map((id) => get(site, 'regions', id));
  const types = helpedBy.get(e.id) ?? [];
  const h3 = random.shuffle([...EXTRA_H3]);
  const rule = random.chance(0.1);
  return [
    ...(rule ? [componentImport('GradeRule', components), ''] : []),
    section(`What is ${e.title.toLowerCase()}?`, 'what-it-is', [
      `${e.title} affects the ${regions.map((r) => link(random, r, r.title.toLowerCase(), false)).join(' and ')}.`,
      ...paragraphs(random, p, 2),
    ]),
    section('What are the symptoms?', 'symptoms', [paragraphs(random, p, 1)[0]!, list(random, p, 4), sub(h3[0]!, paragraphs(random, p, 1))]),
    section('Can massage help?', 'benefits', [
      types.length
        ? `Massage types graded for it include ${types.slice(0, 3).map((t) => link(random, t, t.title.toLowerCase(), false)).join(', ')}; see [their grades](#evidence).`
        : `No massage type here is graded for it yet; see [what the evidence says](#evidence).`,
      ...(rule ? ['Each grade on this page comes from these steps, the first that applies:', '<GradeRule />'] : []),
      ...random.sample(p.paragraphs, 2),
    ]),
    section('What can I do myself?', 'self-care', [...paragraphs(random, p, 2), sub(h3[1]!, paragraphs(random, p, 1)), `If it gets worse, read [is it safe for me](#safety).`]),
    ...(random.chance(0.5) ? [section(random.pick(EXTRA_H2), undefined, paragraphs(random, p, 2))] : []),
  ].join('\n\n');
}

export function techniqueBody(random: Random, e: Entry, site: Site, p: Pools): string {
  const related = (e.data['related'] as string[]).map((id) => get(site, 'techniques', id));
  const h3 = random.shuffle([...EXTRA_H3]);
  return [
    section(`What is ${e.title.toLowerCase()}?`, 'what-it-is', [
      `${e.title} is one of the hands-on methods a therapist chooses from${related.length ? `, close to ${related.map((r) => link(random, r)).join(' and ')}` : ''}.`,
      ...paragraphs(random, p, 2),
    ]),
    section('How is it done?', 'how-it-is-done', [paragraphs(random, p, 1)[0]!, list(random, p, 3), sub(h3[0]!, paragraphs(random, p, 1))]),
    section('What is it good for?', 'benefits', [...paragraphs(random, p, 2), `It is used in [several massage types](#used-in), for example ${link(random, random.pick(site.byKind.types))}.`]),
    ...(random.chance(0.3) ? [section(random.pick(EXTRA_H2), undefined, paragraphs(random, p, 1))] : []),
  ].join('\n\n');
}

export function regionBody(random: Random, e: Entry, site: Site, p: Pools): string {
  return [
    section(`What does the ${e.title.toLowerCase()} region include?`, 'what-it-is', [...paragraphs(random, p, 2), list(random, p, 4)]),
    section('What problems bring people here?', undefined, [`Common reasons include ${random.sample(site.byKind.conditions, 3).map((c) => link(random, c)).join(', ')}.`, ...paragraphs(random, p, 1)]),
    section('How do therapists work on it?', undefined, [...paragraphs(random, p, 2), `Techniques such as ${random.sample(site.byKind.techniques, 2).map((t) => link(random, t)).join(' and ')} are common here.`]),
    section('What should you be careful about?', undefined, [list(random, p, 3), `For general cautions, see the [safety guide](/guides/safety/).`]),
  ].join('\n\n');
}

export function guideBody(random: Random, e: Entry, site: Site, p: Pools, components: string): string {
  const withTable = random.chance(0.25);
  const h3 = random.shuffle([...EXTRA_H3]);
  return [
    ...(withTable ? [componentImport('EvidenceGradeTable', components), ''] : []),
    `This guide covers ${e.title.charAt(0).toLowerCase()}${e.title.slice(1)}. ${paragraphs(random, p, 1)[0]!}`,
    section('Where to start', 'where-to-start', [...paragraphs(random, p, 2), `Most people begin with ${link(random, random.pick(site.byKind.types))}.`]),
    section('What to expect', 'what-to-expect', [sub(h3[0]!, paragraphs(random, p, 1)), sub(h3[1]!, paragraphs(random, p, 1)), list(random, p, 4)]),
    section('Choosing well', 'choosing-well', [...paragraphs(random, p, 2), `Compare types on [the comparison page](/compare/) or read about ${link(random, random.pick(site.byKind.conditions))}.`]),
    ...(withTable ? [section('How strong is the evidence?', 'evidence-grades', ['<EvidenceGradeTable />'])] : []),
    section('Staying safe', 'staying-safe', [paragraphs(random, p, 1)[0]!, `See [who should avoid massage](/guides/safety/).`]),
  ].join('\n\n');
}

export function comparisonBody(random: Random, a: Entry, b: Entry, p: Pools): string {
  return [
    section('Which one should I book?', 'which-to-book', [...paragraphs(random, p, 2), `Start with ${link(random, a, a.title.toLowerCase(), false)} if you want the gentler option.`]),
    section('How do they feel different?', 'how-they-feel', [...paragraphs(random, p, 2), list(random, p, 3)]),
    section('What the evidence says', 'evidence-compared', [paragraphs(random, p, 1)[0]!, `See ${link(random, b, b.title.toLowerCase(), false)} for the graded claims.`]),
    section('Cost and session length', 'cost-compared', paragraphs(random, p, 1)),
  ].join('\n\n');
}

export function summary(random: Random, kind: Kind, title: string): string {
  const t = title.toLowerCase();
  const options: Record<Kind, string[]> = {
    types: [`${title}: what happens in a session, who it suits, what the evidence says about it and who should avoid it.`, `What ${t} is, how it feels, how often to go and what it costs, with the safety points to check first.`],
    conditions: [`${title}: what causes it, how it feels, which massage types have been studied for it and when to see a doctor instead.`, `Why ${t} happens, what you can do yourself, and what the evidence says about massage for it.`],
    techniques: [`${title}: how a therapist does it, what it feels like, which massage types use it and who should be careful.`, `How ${t} works, when therapists use it and when it should be avoided.`],
    regions: [`The ${t}: the muscles and joints, the problems that bring people here, and how therapists work on the area safely.`],
    guides: [`A practical guide: ${t}. What to expect, what it costs and the safety points to check first.`],
    comparisons: [`${title}: how they differ in pressure, purpose, evidence and cost, and which one to book.`],
  };
  const text = random.pick(options[kind]);
  return text.length <= 220 ? text : `${text.slice(0, 216)}…`;
}
