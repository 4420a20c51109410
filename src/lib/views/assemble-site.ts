/**
 * The site from its content, as one pure function: the entries of every
 * collection in, the graded content (for siteIndex) and every content problem
 * out.
 * It grades the evidence, plans alias redirects and kept URLs, works out the
 * pair pages and code pages, and runs the checks that span several entries.
 * It reads no disk, clock or environment (those come in `Surroundings`), so
 * the build (src/data/site.ts), the view tests and scripts assemble the same
 * site the same way.
 */
import type { CollectionEntry } from 'astro:content';
import { basename } from 'node:path';
import { claimWordingProblems } from '../checks/claim-wording.ts';
import { gradeEvidence } from '../checks/evidence-grades.ts';
import { siteContentProblems, type CheckedArticle, type CheckedFile } from '../checks/site-content.ts';
import { entryLinesById } from '../checks/yaml-entries.ts';
import { keptUrls, parseRedirects, renamedFrom, sharedUrlProblems, siteUrlClaims } from '../checks/url-contract.ts';
import { planAliasRedirects } from '../model/aliases.ts';
import type { FindingRecord, SourceRecord, StatementRecord } from '../model/claims.ts';
import { contentFile, type ContentProblem } from '../model/content-problems.ts';
import { gradeHistory } from '../model/grade-history.ts';
import { buildRelationIndex } from '../model/relations.ts';
import { ARTICLE_KINDS, isArticleKind, KINDS, type ArticleKind, type CollectionName } from '../model/kinds.ts';
import { codeUrl } from '../model/urls.ts';
import { codeIndex } from './codes.ts';
import { pairsWithPages } from './comparisons.ts';
import { decisionGuide } from './decision.ts';
import { sectionFacts } from './section-facts.ts';
import { withGradedClaims, type ArticleEntry, type Articles, type ComparisonEntry, type SiteContent } from './site-index.ts';
import { dataPages } from './sitemap.ts';
import { pairTranslations } from './translated-articles.ts';

/** Every collection's entries, as Astro's loaders give them. */
export type SiteEntries = { [C in CollectionName]: CollectionEntry<C>[] };

/** What the assembly needs from outside the content. */
export interface Surroundings {
  /** A content file's text as written (entries carry only the parsed body): line numbers and source checks read it. */
  fileText: (path: string) => string;
  /** The glossary file's path, as problems name it. */
  glossaryFile: string;
  /** Every URL the site has published (the URL contract); none for a site never published. */
  published: string[];
  /** Every section anchor of an article or pair page the site has published, and the file that records them. */
  anchors: { file: string; published: string[] };
  /** The contract's redirects file (src/lib/checks/url-contract.ts: parseRedirects) and its text. */
  redirects: { file: string; text: string };
  /** Whether a site path is a file in public/. */
  inPublic: (path: string) => boolean;
  /** Our own origins, so an absolute link to the site is checked like a site path. */
  ownOrigins: string[];
  /** Today, for review dates and grade history. */
  now: Date;
}

/** Each file read once, however many checks read it. */
function memoised(read: (path: string) => string): (path: string) => string {
  const texts = new Map<string, string>();
  return (path) => {
    let text = texts.get(path);
    if (text === undefined) texts.set(path, (text = read(path)));
    return text;
  };
}

/** A kind's entries in the order its index lists them: the authors' `order` where the kinds table says so, else A to Z. */
const listOrder = (kind: ArticleKind) => (a: ArticleEntry, b: ArticleEntry) =>
  KINDS[kind].authorsOrder ? orderOf(a) - orderOf(b) : a.data.title.localeCompare(b.data.title);
const orderOf = (entry: ArticleEntry) => ('order' in entry.data ? entry.data.order : 0);
/** Findings and statements name their source, condition and types by reference; the evidence model reads ids. */
const byIds = <T extends { source: { id: string }; condition: { id: string }; types: { id: string }[] }>(r: T) => ({ ...r, source: r.source.id, condition: r.condition.id, types: r.types.map((t) => t.id) });
const findingByIds = <T extends { source: { id: string }; condition: { id: string }; types: { id: string }[]; closestTypes: { id: string }[] }>(r: T) => ({ ...byIds(r), closestTypes: r.closestTypes.map((t) => t.id) });

/** Lines of a file before its body's first line, so a problem in the body names the file's own line. */
function frontmatterLines(source: string, body: string): number {
  const lines = source.split('\n');
  const closing = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  // Astro's body may drop blank lines after the frontmatter: count to where its first line stands.
  const first = body.split('\n')[0] ?? '';
  const at = lines.findIndex((line, i) => i > closing && line === first);
  return at < 0 ? closing + 1 : at;
}

/** A problem named by its body line ("body line 3") named by the line of its file instead. */
export function fileLine(problem: ContentProblem, bodyOffset: number | undefined): ContentProblem {
  const line = /^body line (\d+)$/.exec(problem.field)?.[1];
  return line === undefined || bodyOffset === undefined ? problem : { ...problem, field: `line ${Number(line) + bodyOffset}` };
}

/** A problem with one entry of a YAML list ("<id> → source") named by the line the entry starts on too. */
export function entryLine(problem: ContentProblem, linesById: ReadonlyMap<string, number> | undefined): ContentProblem {
  const line = linesById?.get(/^[\w-]+/.exec(problem.field)?.[0] ?? '');
  return line === undefined || /\bline \d/.test(problem.field) ? problem : { ...problem, field: `${problem.field} (line ${line})` };
}

/** An entry as the checks read it, with the file as written. */
function checkedFile(entry: CollectionEntry<ArticleKind | 'comparisons'>, collection: string, fileText: (path: string) => string): CheckedFile {
  return { id: entry.id, file: contentFile(entry, collection), data: entry.data, body: entry.body ?? '', source: entry.filePath ? fileText(entry.filePath) : '' };
}

function gradedTypes(typeFiles: CollectionEntry<'types'>[], findings: FindingRecord[], statements: StatementRecord[], research: Map<string, SourceRecord>) {
  const evidence = gradeEvidence(
    typeFiles.map((t) => ({ id: t.id, file: contentFile(t, 'types'), helps: t.data.helps.map((h) => ({ condition: h.condition.id, note: h.note, lower: h.lower })) })),
    findings,
    statements,
    research,
  );
  return { ...evidence, types: withGradedClaims(typeFiles, evidence.claims) };
}

export function assembleSite(entries: SiteEntries, around: Surroundings): { content: SiteContent; problems: ContentProblem[] } {
  const { types: typeFiles, comparisons, sources, glossary, findings: findingEntries, statements: statementEntries, gradeHistory: gradeChanges } = entries;
  const fileText = memoised(around.fileText);
  const research = new Map<string, SourceRecord>(sources.map((s) => [s.id, s.data]));
  const findings: FindingRecord[] = findingEntries.map((f) => findingByIds(f.data));
  const evidence = gradedTypes(typeFiles, findings, statementEntries.map((s) => byIds(s.data)), research);
  const history = gradeHistory(
    gradeChanges.map((c) => c.data),
    new Map([...evidence.claims.values()].flat().map((c) => [`${c.typeId}/${c.condition}`, c.grade])),
    around.now,
  );
  const articles = Object.fromEntries(
    ARTICLE_KINDS.map((kind) => [kind, (kind === 'types' ? evidence.types : entries[kind] as ArticleEntry[]).sort(listOrder(kind))]),
  ) as unknown as Articles;
  const all = ARTICLE_KINDS.flatMap((kind) => articles[kind].map((entry: ArticleEntry) => ({ kind, entry })));
  const aliasPlan = planAliasRedirects(all.map(({ kind, entry }) => ({ kind, id: entry.id, aliases: [...entry.data.aliases, ...entry.data.searchTerms], file: contentFile(entry, kind) })));
  const { published } = around;
  const explicit = parseRedirects(around.redirects.file, around.redirects.text);
  const kept = [...keptUrls(published, renamedFrom([...aliasPlan.redirects, ...explicit.redirects])), ...explicit.redirects.map(({ from, to }) => ({ from, to }))];
  const pairs = pairsWithPages(
    articles.types.map((t) => ({ id: t.id, related: t.data.related.map((r) => r.id) })),
    comparisons.map((c) => c.id),
    // A published pair of a renamed type keeps its page under the new slugs.
    [...published, ...kept.map((k) => k.to)],
  );
  const relations = buildRelationIndex(articles.types.map((t) => ({ id: t.id, data: { ...t.data, helps: t.claims } })), articles.conditions);
  const checkedComparisons = comparisons.map((c) => checkedFile(c, 'comparisons', fileText));
  const checked = all.map(({ kind, entry }): CheckedArticle => ({
    ...checkedFile(entry, kind, fileText),
    kind,
    facts: sectionFacts(kind, entry, relations),
    related: 'related' in entry.data ? entry.data.related.map((r) => r.id) : [],
    helps: 'helps' in entry.data ? entry.data.helps.map((h) => h.condition.id) : [],
  }));
  const codes = codeIndex(articles.conditions.map((c) => ({ id: c.id, codes: c.data.codes?.icd10cm ?? [] })));
  const glossaryFile = around.glossaryFile;
  const worded = (e: ArticleEntry | ComparisonEntry, file: string) => {
    const body = e.body ?? '';
    const source = e.filePath ? fileText(e.filePath) : body;
    return {
      id: e.id,
      file,
      title: e.data.title,
      aliases: 'aliases' in e.data ? e.data.aliases : [],
      summary: e.data.summary,
      body,
      bodyOffset: frontmatterLines(source, body),
      faq: e.data.faq,
    };
  };
  const conditionFile = new Map(checked.filter((c) => c.kind === 'conditions').map((c) => [c.id, c.file]));
  const englishEntry = (kind: string, id: string) =>
    kind === 'comparisons' ? comparisons.find((c) => c.id === id) : isArticleKind(kind) ? (articles[kind] as ArticleEntry[]).find((e) => e.id === id) : undefined;
  const translated = pairTranslations(entries.translations, englishEntry, fileText);
  const problems = [
    ...translated.problems,
    ...aliasPlan.problems,
    ...explicit.problems,
    ...sharedUrlProblems(
      siteUrlClaims(
        checked,
        [...codes].map(([code, [id = '']]) => ({ code, url: codeUrl(code), file: conditionFile.get(id) ?? id })),
        aliasPlan.redirects,
        { file: around.redirects.file, redirects: explicit.redirects },
      ),
    ),
    ...evidence.problems,
    ...history.problems,
    ...siteContentProblems({
      articles: checked,
      comparisons: checkedComparisons,
      pairs,
      glossary: { file: glossaryFile, terms: glossary.map((g) => ({ id: g.id, article: g.data.article })) },
      ids: new Map<string, Set<string>>([...ARTICLE_KINDS.map((kind) => [kind, new Set(articles[kind].map((e) => e.id))] as const), ['sources', new Set(sources.map((s) => s.id))]]),
      ownOrigins: around.ownOrigins,
      inPublic: around.inPublic,
      generatedPages: dataPages(decisionGuide(articles.regions, articles.conditions), codes),
      now: around.now,
      anchors: around.anchors,
    }),
    ...claimWordingProblems({
      types: articles.types.map((t) => ({ ...worded(t, contentFile(t, 'types')), claims: t.claims.map((c) => ({ condition: c.condition.id, grade: c.grade, note: c.note })) })),
      conditions: articles.conditions.map((c) => worded(c, contentFile(c, 'conditions'))),
      others: [
        ...ARTICLE_KINDS.filter((kind) => kind !== 'types' && kind !== 'conditions').flatMap((kind) => articles[kind].map((e: ArticleEntry) => worded(e, contentFile(e, kind)))),
        ...comparisons.map((c) => worded(c, contentFile(c, 'comparisons'))),
      ],
      glossary: { file: glossaryFile, definitions: glossary.map((g) => ({ id: g.id, text: g.data.definition })) },
    }),
  ];
  const content: SiteContent = {
    ...articles,
    comparisons,
    sources,
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term)),
    relations,
    redirects: aliasPlan.redirects,
    kept,
    codes,
    pairs,
    claimsByType: evidence.claims,
    findings,
    gradeHistory: { changes: history.changes, asOf: history.changes.map((c) => c.date).sort().at(-1) ?? '' },
    research,
    translations: translated.articles,
  };
  // The checks count a body's lines, and name a YAML entry by its id; an author reads the file's lines. One place turns the one into the other.
  const offsets = new Map([
    ...[...checked, ...checkedComparisons].map((f) => [f.file, frontmatterLines(f.source, f.body)] as const),
    ...translated.articles.map((t) => [t.file, frontmatterLines(fileText(t.file), t.entry.body ?? '')] as const),
  ]);
  const lists = [sources, glossary, findingEntries, statementEntries, gradeChanges].flatMap((list) => (list[0]?.filePath ? [list[0].filePath] : []));
  const entryLines = new Map(lists.map((path) => [basename(path), entryLinesById(path, fileText(path))]));
  return { content, problems: problems.map((p) => entryLine(fileLine(p, offsets.get(p.file)), entryLines.get(basename(p.file)))) };
}

