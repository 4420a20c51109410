/**
 * Turns the claims types make (`helps` in content/types) into graded claims,
 * from the research recorded once in content/findings.yaml and what health
 * websites and providers say in content/statements.yaml. A claim collects the
 * findings that tested its type by name and those about massage in general;
 * its grade is gradeFromFindings over them, lowered only where an author says
 * why. Pure: plain records in, graded claims and content problems out.
 */
import type { ContentProblem } from './content-problems.ts';
import {
  compareGrades,
  isResearch,
  type Certainty,
  type Comparison,
  type EvidenceGrade,
  type EvidenceRow,
  type FindingLine,
  type FindingResult,
  type SourceKind,
} from './evidence.ts';
import { changesOf, type GradeChange } from './grade-history.ts';
import { assessFindings, decideGrade, RULE_VERSION, type AssessedFinding, type Decision, type NotCounted, type SourceRelations } from './grade-rule.ts';
import { comparisonStatements, type ComparisonStatement, type StatementWords } from './grade-statements.ts';

export const FINDINGS_FILE = 'content/findings.yaml';
export const STATEMENTS_FILE = 'content/statements.yaml';
export const SOURCES_FILE = 'content/sources.yaml';

export interface SourceRecord {
  id: string;
  authors: string;
  year?: number | undefined;
  publisher: string;
  kind: SourceKind;
  /** Earlier reviews this one updates: their findings are shown as replaced and no longer count. */
  supersedes?: string[] | undefined;
  /** Reviews this overview or evidence map summarises: beside them, its findings do not count again. */
  summarises?: string[] | undefined;
}

export interface FindingRecord {
  id: string;
  source: string;
  condition: string;
  studied: string;
  types: string[];
  /** Types closest to a protocol the source describes but does not name: it applies to them only, as indirect evidence. */
  closestTypes: string[];
  comparedWith?: string | undefined;
  comparison: Comparison;
  /** False for an outcome the source names as secondary. */
  primary: boolean;
  outcome: string;
  timeframe?: string | undefined;
  result: FindingResult;
  certainty: Certainty;
  certaintyNote?: string | undefined;
  studies?: number | undefined;
  participants?: number | undefined;
  found: string;
}

export interface StatementRecord {
  id: string;
  source: string;
  condition: string;
  types: string[];
  says: string;
}

export interface ClaimRecord {
  condition: string;
  note?: string | undefined;
  lower?: { grade: EvidenceGrade; reason: string } | undefined;
}

export interface TypeClaims {
  id: string;
  /** The file the claims were read from, for messages. */
  file: string;
  helps: ClaimRecord[];
}

/** A finding or statement as it applies to one claim. */
export interface Applied<T> {
  record: T;
  /** The study or page is not about this type by name: massage in general, or a protocol close to the style. */
  general: boolean;
}

/** A finding as the rule weighed it for one claim. */
export type WeighedFinding = AssessedFinding<FindingRecord & { direct: boolean }>;

export interface GradedClaim {
  typeId: string;
  condition: string;
  /** The grade shown: the computed one, or lower where an author lowered it. */
  grade: EvidenceGrade;
  computed: EvidenceGrade;
  lowered?: string | undefined;
  note?: string | undefined;
  findings: Applied<FindingRecord>[];
  /** Every finding as the rule weighed it, in the order of `findings`. */
  weighed: WeighedFinding[];
  decision: Decision;
  /** The grade rests on a study of this style by name. */
  direct: boolean;
  statements: Applied<StatementRecord>[];
  /** Every source behind the claim, research first, without repeats. */
  sourceIds: string[];
}

/** Records keyed by condition, so each claim reads only its own condition's research. */
function byCondition<T extends { id: string; condition: string }>(records: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  // By id, so the grade, the statements and the published map never depend on the order a loader reads them in.
  for (const r of [...records].sort((a, b) => a.id.localeCompare(b.id))) map.set(r.condition, [...(map.get(r.condition) ?? []), r]);
  return map;
}

/** The records that apply to a type: those that tested it by name first, then those close to it or about massage in general. */
function applying<T extends { types: string[]; closestTypes?: string[] }>(records: T[], typeId: string): Applied<T>[] {
  const named = records.filter((r) => r.types.includes(typeId)).map((record) => ({ record, general: false }));
  const closest = (r: T) => r.closestTypes ?? [];
  const general = records
    .filter((r) => r.types.length === 0 && (closest(r).length === 0 || closest(r).includes(typeId)))
    .map((record) => ({ record, general: true }));
  return [...named, ...general];
}

/** Which reviews replace which, and what each overview summarises, from the bibliography. */
export function sourceRelations(sources: Map<string, SourceRecord>): SourceRelations {
  const supersededBy = new Map<string, string>();
  const summarises = new Map<string, string[]>();
  for (const s of sources.values()) {
    for (const old of s.supersedes ?? []) supersededBy.set(old, s.id);
    if (s.summarises?.length) summarises.set(s.id, s.summarises);
  }
  return { supersededBy, summarises };
}

/** The id among `ids` that differs from `id` only in case ("Cochrane-LBP" for "cochrane-lbp"), if there is one. */
function sameButCase(id: string, ids: Iterable<string>): string | undefined {
  const lower = id.toLowerCase();
  for (const candidate of ids) if (candidate.toLowerCase() === lower) return candidate;
  return undefined;
}

/**
 * The problem of an id that names no source, or undefined when it names one.
 * Ids are matched exactly, as URLs and the API use them: one that differs only
 * in case is named, never taken for it.
 */
function unknownSource(file: string, field: string, id: string, sources: Map<string, SourceRecord>, unknown: { message: string; fix: string }): ContentProblem | undefined {
  if (sources.has(id)) return undefined;
  const twin = sameButCase(id, sources.keys());
  if (twin) return { file, field, message: `${id} differs only in case from the source ${twin}, and ids are matched exactly`, fix: `write it exactly as ${twin}` };
  return { file, field, ...unknown };
}

/** Findings must come from research and statements from everything else; each mistake is a problem naming the entry. */
export function checkEvidenceSources(findings: FindingRecord[], statements: StatementRecord[], sources: Map<string, SourceRecord>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const f of findings) {
    const field = `${f.id} → source`;
    const unknown = unknownSource(FINDINGS_FILE, field, f.source, sources, {
      message: `${f.source} is not in ${SOURCES_FILE}, so nobody can tell what kind of research this is`,
      fix: `use the id of a systematic review, guideline or trial in ${SOURCES_FILE} (ids are case-sensitive), or add that source after checking its record`,
    });
    const kind = sources.get(f.source)?.kind;
    if (unknown) problems.push(unknown);
    else if (kind && !isResearch(kind)) {
      problems.push({
        file: FINDINGS_FILE,
        field,
        message: `${f.source} is a ${kind} source, and only a systematic review, guideline or trial can carry a research finding`,
        fix: `move this entry to ${STATEMENTS_FILE} as what the page says (a \`says\` phrase), or cite the review or trial the page draws on`,
      });
    }
  }
  for (const source of sources.values()) {
    for (const [name, ids] of [['supersedes', source.supersedes], ['summarises', source.summarises]] as const) {
      for (const id of ids ?? []) {
        if (sources.get(id) && isResearch(sources.get(id)!.kind)) continue;
        const field = `${source.id} → ${name}`;
        const notResearch = { message: `${id} is not a review, guideline or trial in ${SOURCES_FILE}`, fix: 'use the id of a research source exactly as written there (ids are case-sensitive)' };
        problems.push(unknownSource(SOURCES_FILE, field, id, sources, notResearch) ?? { file: SOURCES_FILE, field, ...notResearch });
      }
    }
  }
  for (const s of statements) {
    const field = `${s.id} → source`;
    const unknown = unknownSource(STATEMENTS_FILE, field, s.source, sources, {
      message: `${s.source} is not in ${SOURCES_FILE}, so the page could not say who says this`,
      fix: `use the id of a source in ${SOURCES_FILE} (ids are case-sensitive), or add that source after checking it`,
    });
    const kind = sources.get(s.source)?.kind;
    if (unknown) problems.push(unknown);
    else if (kind && isResearch(kind)) {
      problems.push({
        file: STATEMENTS_FILE,
        field,
        message: `${s.source} is research (${kind}), so what it found is a finding, not a statement`,
        fix: `record it in ${FINDINGS_FILE} with its result, comparison and certainty, so it counts toward the grade`,
      });
    }
  }
  return problems;
}

/**
 * Grades every claim. Problems: a claim with nothing behind it, a lowered
 * grade that is not lower, and a finding that tested a type by name for a
 * condition that type does not claim (its result, null or not, would show on
 * no page of that type).
 */
export function gradeClaims(
  types: TypeClaims[],
  findings: FindingRecord[],
  statements: StatementRecord[],
  sources: Map<string, SourceRecord>,
): { claims: Map<string, GradedClaim[]>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const findingsFor = byCondition(findings);
  const statementsFor = byCondition(statements);
  const relations = sourceRelations(sources);
  const claims = new Map<string, GradedClaim[]>();
  for (const type of types) {
    const graded = type.helps.map((claim, i): GradedClaim => {
      const field = `helps[${i}] (${claim.condition})`;
      const applied = applying(findingsFor.get(claim.condition) ?? [], type.id);
      const said = applying(statementsFor.get(claim.condition) ?? [], type.id);
      if (applied.length === 0 && said.length === 0) {
        problems.push({
          file: type.file,
          field,
          message: `no research finding or statement about ${claim.condition}, for this type or for massage in general`,
          fix: `record what a review, guideline or trial found in ${FINDINGS_FILE} (or what a health website or provider says in ${STATEMENTS_FILE}), or remove the claim`,
        });
      }
      const weighed = assessFindings(
        applied.map(({ record, general }) => ({ ...record, direct: !general })),
        relations,
      );
      const decision = decideGrade(weighed);
      const computed = decision.grade;
      if (claim.lower && compareGrades(claim.lower.grade, computed) <= 0) {
        problems.push({
          file: type.file,
          field: `${field} → lower.grade`,
          message: `"${claim.lower.grade}" is not below the grade the findings give (${computed}); an author may lower a grade, never raise or restate it`,
          fix: `delete \`lower\`, or choose a grade that comes after ${computed} in src/lib/model/evidence.ts (EVIDENCE_GRADES)`,
        });
      }
      const grade = claim.lower && compareGrades(claim.lower.grade, computed) > 0 ? claim.lower.grade : computed;
      return {
        typeId: type.id,
        condition: claim.condition,
        grade,
        computed,
        lowered: grade === computed ? undefined : claim.lower?.reason,
        note: claim.note,
        findings: applied,
        weighed,
        decision,
        direct: weighed.some((w) => decision.deciding.includes(w.finding.id) && w.finding.direct),
        statements: said,
        sourceIds: [...new Set([...applied.map((a) => a.record.source), ...said.map((s) => s.record.source)])],
      };
    });
    claims.set(type.id, graded);
  }
  const claimed = new Set(types.flatMap((t) => t.helps.map((c) => `${t.id}/${c.condition}`)));
  const typeFiles = new Map(types.map((t) => [t.id, t.file]));
  for (const f of findings) {
    for (const typeId of f.types) {
      if (claimed.has(`${typeId}/${f.condition}`) || !typeFiles.has(typeId)) continue;
      problems.push({
        file: FINDINGS_FILE,
        field: `${f.id} → types`,
        message: `this finding tested ${typeId} by name for ${f.condition}, but ${typeFiles.get(typeId)} makes no claim for ${f.condition}, so its result would show on no page of that type`,
        fix: `add "- condition: ${f.condition}" to helps in ${typeFiles.get(typeId)}`,
      });
    }
  }
  return { claims, problems };
}

/**
 * The words the evidence lines are made of, in the page's language:
 * src/i18n/ holds them (its `evidence`), and the model, which imports no
 * language, is handed them by the views.
 */
export interface EvidenceWords {
  /** Certainty in the words of a one-line finding: "low-certainty evidence". */
  certainty: Record<Certainty, string>;
  statements: StatementWords;
  research: {
    kinds: Record<'guideline' | 'trial' | 'cochrane' | 'review', { named: string; cited: string }>;
    named(kind: string, author: string): string;
    cited(author: string, year: number | undefined): string;
    studies(n: number): string;
    people(n: number): string;
    finding(f: { who: string; people?: string | undefined; found: string; comparedWith?: string | undefined; timeframe?: string | undefined; certainty: string; certaintyNote?: string | undefined }): string;
    notCounted: { superseded(by: string): string; summarised(by: string[]): string; secondary: string };
    statement(who: string, says: string): string;
    providerArticle: string;
    massageInGeneral: string;
    massage: string;
  };
  downgradedIndirect: string;
  restsOn: {
    general(count: number, alsoByName: boolean, noDifference: number): string;
    noResearch: string;
    statements(count: number): string;
    sentence(parts: string[]): string;
  };
}

const firstAuthor = (authors: string) => authors.split(/,| et al/)[0]!.trim().split(' ')[0]!;

/** What kind of research a source is, as a reader names it: a Cochrane review apart from other reviews. */
const researchKind = (source: SourceRecord) => (source.kind === 'guideline' || source.kind === 'trial' ? source.kind : /cochrane/i.test(source.publisher) ? 'cochrane' : 'review');

/** "Cochrane review (Gross et al.), 2024, 33 studies": who found it, as a reader can look it up. */
export function researchLabel(source: SourceRecord, words: EvidenceWords, studies?: number): string {
  const said = words.research;
  const parts = [said.named(said.kinds[researchKind(source)].named, firstAuthor(source.authors)), ...(source.year ? [String(source.year)] : []), ...(studies ? [said.studies(studies)] : [])];
  return parts.join(', ');
}

/** "Gross et al. 2024, Cochrane review, 10 studies": who found it, inside a statement's brackets. */
function citedAs(f: { studies?: number | undefined; participants?: number | undefined }, source: SourceRecord, words: EvidenceWords): string {
  const said = words.research;
  const counts = [...(f.studies ? [said.studies(f.studies)] : []), ...(f.participants ? [said.people(f.participants)] : [])];
  return [said.cited(firstAuthor(source.authors), source.year), said.kinds[researchKind(source)].cited, ...counts].join(', ');
}

/** Names the sources a statement rests on, each once. */
const citedBy = (sources: Map<string, SourceRecord>, words: EvidenceWords) => (findings: { source: string; studies?: number | undefined; participants?: number | undefined }[]) =>
  [...new Map(findings.map((f) => [f.source, citedAs(f, sources.get(f.source)!, words)])).values()].join('; ');

/**
 * The one statement a short view (a region's list, a pair page) shows: the first that speaks for the deciding
 * findings, in the order of COMPARISON_CLASSES, so a comparison against a sham comes before weaker controls.
 */
export function headline(statements: ComparisonStatement[], decision: Decision): ComparisonStatement[] {
  return statements.filter((s) => s.findings.some((id) => decision.deciding.includes(id))).slice(0, 1);
}

/**
 * A claim's statements, one per comparison, in GRADE's words: what the most
 * certain findings of each comparison found, for the style by name or for
 * massage in general, and how certain that is for this style.
 */
export function claimStatements(claim: GradedClaim, typeTitle: string, conditionInSentence: string, sources: Map<string, SourceRecord>, words: EvidenceWords): ComparisonStatement[] {
  return comparisonStatements(
    // The style by name where a study tested it; else what the study did test: a protocol close to the style, or massage in general.
    (findings) =>
      findings.some((f) => f.direct) ? typeTitle : findings.every((f) => f.closestTypes.length) ? words.statements.and([...new Set(findings.map((f) => f.studied))]) : words.research.massageInGeneral,
    conditionInSentence,
    claim.weighed,
    citedBy(sources, words),
    words.statements,
  );
}

/**
 * What research on massage in general found for a condition, whatever the
 * style, one statement per comparison, and the most certain of them: for the
 * condition's and regions' pages. Certainty is the sources' own, as no style
 * is judged here.
 */
export function conditionStatements(
  findings: FindingRecord[],
  conditionInSentence: string,
  sources: Map<string, SourceRecord>,
  words: EvidenceWords,
): { all: ComparisonStatement[]; headline: ComparisonStatement[] } {
  const general = findings
    .filter((f) => f.types.length === 0 && f.closestTypes.length === 0)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((f) => ({ ...f, direct: true }));
  const weighed = assessFindings(general, sourceRelations(sources));
  const all = comparisonStatements(() => words.research.massage, conditionInSentence, weighed, citedBy(sources, words), words.statements);
  return { all, headline: headline(all, decideGrade(weighed)) };
}

/** Why a finding shown under a claim does not count toward its grade, in a reader's words. */
export function notCountedText(reason: NotCounted, sources: Map<string, SourceRecord>, words: EvidenceWords): string {
  const name = (id: string) => researchLabel(sources.get(id)!, words);
  const said = words.research.notCounted;
  if (reason.because === 'superseded') return said.superseded(name(reason.by));
  if (reason.because === 'summarised') return said.summarised(reason.by.map(name));
  return said.secondary;
}

/** One finding in a line: "Cochrane review (Furlan et al.), 2015, 25 studies: short-term pain relief compared with no treatment; low-certainty evidence". */
export function findingLine(f: FindingRecord, source: SourceRecord, words: EvidenceWords): string {
  return words.research.finding({
    who: researchLabel(source, words, f.studies),
    people: f.participants ? words.research.people(f.participants) : undefined,
    found: f.found,
    comparedWith: f.comparedWith,
    timeframe: f.timeframe,
    certainty: words.certainty[f.certainty],
    certaintyNote: f.certaintyNote,
  });
}

/** "Mayo Clinic lists anxiety among …": who says it, then what. The page labels these as statements, not research. */
export function statementLine(s: StatementRecord, source: SourceRecord, words: EvidenceWords): string {
  return words.research.statement(source.kind === 'seed-article' ? words.research.providerArticle : source.publisher, s.says);
}

/**
 * What a type's page states for a claim: its own research in full; for research on massage in general, the line that
 * decided the grade, unless that is only "we are very uncertain", which the grade and its "indirect" label already
 * say (the condition's page states every comparison, and the evidence map has them all).
 */
function shownOnOwnPage(claim: GradedClaim, comparisons: ComparisonStatement[]): ComparisonStatement[] {
  if (claim.direct) return comparisons;
  return claim.decision.level === 'very-low' ? [] : headline(comparisons, claim.decision);
}

/** A graded claim as a table row: its statements, one line per finding and per statement. */
export function claimRow(
  claim: GradedClaim,
  other: { id: string; href: string; title: string },
  sources: Map<string, SourceRecord>,
  comparisons: ComparisonStatement[],
  words: EvidenceWords,
): EvidenceRow {
  const line = <T extends { source: string }>(applied: Applied<T>, text: (r: T, s: SourceRecord, words: EvidenceWords) => string, result?: (r: T) => FindingResult): FindingLine => ({
    text: text(applied.record, sources.get(applied.record.source)!, words),
    sourceId: applied.record.source,
    general: applied.general,
    ...(result ? { result: result(applied.record) } : {}),
  });
  const findings = claim.findings.map((f) => ({ ...line(f, findingLine, (r) => r.result), studied: f.record.studied }));
  const statements = claim.statements.map((s) => line(s, statementLine));
  return {
    ...other,
    grade: claim.grade,
    computed: claim.computed,
    lowered: claim.lowered,
    note: claim.note,
    direct: claim.direct,
    headline: headline(comparisons, claim.decision).map((c) => c.sentence),
    shown: shownOnOwnPage(claim, comparisons).map((c) => c.sentence),
    findings,
    statements,
    restsOn: restsOnText({ findings, statements }, words),
  };
}

/** Every finding about a condition, the strongest certainty first, each with what it studied. */
export function conditionFindingLines(findings: FindingRecord[], sources: Map<string, SourceRecord>, words: EvidenceWords): FindingLine[] {
  const rank = (f: FindingRecord) => ['high', 'moderate', 'low', 'very-low', 'not-graded'].indexOf(f.certainty);
  const weighed = assessFindings(findings.map((f) => ({ ...f, direct: true })), sourceRelations(sources));
  return weighed
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.finding.id.localeCompare(b.finding.id))
    .map(({ finding: f, notCounted }) => ({
      text: findingLine(f, sources.get(f.source)!, words),
      sourceId: f.source,
      result: f.result,
      general: f.types.length === 0,
      studied: f.studied,
      ...(notCounted ? { notCounted: notCountedText(notCounted, sources, words) } : {}),
    }));
}

/**
 * What a grade rests on besides the studies of the style by name, in one
 * sentence: how many studies of massage in general (and how many found no
 * difference), and what else is said. The lines themselves are on the
 * condition page, once, rather than repeated on every type that claims it.
 */
export function restsOnText(row: Pick<EvidenceRow, 'findings' | 'statements'>, words: EvidenceWords): string {
  const said = words.restsOn;
  const named = row.findings.some((f) => !f.general);
  const general = row.findings.filter((f) => f.general);
  const nulls = general.filter((f) => f.result === 'no-difference').length;
  const parts: string[] = [];
  if (general.length) parts.push(said.general(general.length, named, nulls));
  else if (!named) parts.push(said.noResearch);
  if (row.statements.length) parts.push(said.statements(row.statements.length));
  return parts.length ? said.sentence(parts) : '';
}

/** The row's line of what its grade rests on (restsOnText), made with the row in its page's language. */
export function restsOn(row: EvidenceRow): string {
  return row.restsOn;
}

/** A bibliography entry as the evidence map lists it. */
export type BibliographyEntry = SourceRecord & { title: string; url?: string | undefined; doi?: string | undefined; pmid?: string | undefined };

/**
 * The evidence map of /api/v1/evidence.json: every claim with its statements,
 * the findings the rule weighed and how, and the sources they cite; anyone
 * can recompute each grade from it with the rule (`npm run evidence` does).
 * Version 1 only gains fields.
 */
export function evidenceMap(
  claims: GradedClaim[],
  bibliography: BibliographyEntry[],
  statementsOf: (claim: GradedClaim) => ComparisonStatement[],
  history: { changes: GradeChange[]; asOf: string },
  /** What research on massage in general found for each condition, as its page says it. */
  conditions: { id: string; statements: ComparisonStatement[] }[],
  words: EvidenceWords,
) {
  const kindOf = new Map(bibliography.map((s) => [s.id, s.kind]));
  const cited = new Set(claims.flatMap((c) => c.sourceIds));
  const supersededBy = new Map(bibliography.flatMap((s) => (s.supersedes ?? []).map((old) => [old, s.id] as const)));
  return {
    ruleVersion: RULE_VERSION,
    evidenceAsOf: history.asOf,
    conditions: conditions
      .filter((c) => c.statements.length)
      .map((c) => ({ id: c.id, comparisons: c.statements.map((s) => ({ comparison: s.comparison, result: s.result, ...(s.level ? { certainty: s.level } : {}), findings: s.findings, statement: s.sentence })) })),
    claims: claims.map((c) => ({
      type: c.typeId,
      condition: c.condition,
      grade: c.grade,
      computedGrade: c.computed,
      ...(c.lowered ? { loweredBecause: c.lowered } : {}),
      direct: c.direct,
      decidedBy: c.decision.deciding,
      comparisons: statementsOf(c).map((s) => ({ comparison: s.comparison, result: s.result, ...(s.level ? { certainty: s.level } : {}), findings: s.findings, statement: s.sentence })),
      gradeChanges: changesOf(history.changes, `${c.typeId}/${c.condition}`).map(({ date, from, to, why }) => ({ date, from, to, why })),
      findings: c.weighed.map(({ finding: f, used, downgraded, notCounted }) => ({
        id: f.id,
        source: f.source,
        sourceKind: kindOf.get(f.source),
        studied: f.studied,
        testedByName: f.direct,
        comparedWith: f.comparedWith,
        comparison: f.comparison,
        outcome: f.outcome,
        primary: f.primary,
        ...(f.timeframe ? { timeframe: f.timeframe } : {}),
        result: f.result,
        certainty: f.certainty,
        certaintyUsed: used,
        ...(downgraded ? { downgradedBecause: words.downgradedIndirect } : {}),
        counted: !notCounted,
        ...(notCounted ? { notCountedBecause: notCounted.because } : {}),
        ...(supersededBy.has(f.source) ? { supersededBy: supersededBy.get(f.source) } : {}),
        ...(f.studies ? { studies: f.studies } : {}),
        ...(f.participants ? { participants: f.participants } : {}),
      })),
      statements: c.statements.map(({ record: s }) => ({ id: s.id, source: s.source, sourceKind: kindOf.get(s.source), says: s.says })),
    })),
    sources: bibliography
      .filter((s) => cited.has(s.id))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({
        id: s.id,
        title: s.title,
        kind: s.kind,
        ...(s.url ? { url: s.url } : {}),
        ...(s.doi ? { doi: s.doi } : {}),
        ...(s.pmid ? { pmid: s.pmid } : {}),
        ...(s.supersedes ? { supersedes: s.supersedes } : {}),
        ...(s.summarises ? { summarises: s.summarises } : {}),
      })),
  };
}
