/**
 * Turns the claims types make (`helps` in content/types) into graded claims,
 * from the research recorded once in content/findings.yaml and what health
 * websites and providers say in content/statements.yaml. A claim collects the
 * findings that tested its type by name and those about massage in general;
 * its grade is gradeFromFindings over them, lowered only where an author says
 * why. Pure: plain records in, graded claims and content problems out.
 */
import type { ContentProblem } from '../checks/content-problems.ts';
import {
  CERTAINTY_WORDS,
  compareGrades,
  gradeFromFindings,
  isResearch,
  type Certainty,
  type Comparison,
  type EvidenceGrade,
  type EvidenceRow,
  type FindingLine,
  type FindingResult,
  type ResearchKind,
  type SourceKind,
} from './evidence.ts';

export const FINDINGS_FILE = 'content/findings.yaml';
export const STATEMENTS_FILE = 'content/statements.yaml';

export interface SourceRecord {
  id: string;
  authors: string;
  year?: number | undefined;
  publisher: string;
  kind: SourceKind;
}

export interface FindingRecord {
  id: string;
  source: string;
  condition: string;
  studied: string;
  types: string[];
  comparedWith?: string | undefined;
  comparison: Comparison;
  outcome: string;
  timeframe?: string | undefined;
  result: FindingResult;
  certainty: Certainty;
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
  /** The study or page is about massage in general, not this type by name. */
  general: boolean;
}

export interface GradedClaim {
  typeId: string;
  condition: string;
  /** The grade shown: the computed one, or lower where an author lowered it. */
  grade: EvidenceGrade;
  computed: EvidenceGrade;
  lowered?: string | undefined;
  note?: string | undefined;
  findings: Applied<FindingRecord>[];
  statements: Applied<StatementRecord>[];
  /** Every source behind the claim, research first, without repeats. */
  sourceIds: string[];
}

/** Records keyed by condition, so each claim reads only its own condition's research. */
function byCondition<T extends { condition: string }>(records: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of records) map.set(r.condition, [...(map.get(r.condition) ?? []), r]);
  return map;
}

function applying<T extends { types: string[] }>(records: T[], typeId: string): Applied<T>[] {
  const named = records.filter((r) => r.types.includes(typeId)).map((record) => ({ record, general: false }));
  const general = records.filter((r) => r.types.length === 0).map((record) => ({ record, general: true }));
  return [...named, ...general];
}

/** Findings must come from research and statements from everything else; each mistake is a problem naming the entry. */
export function checkEvidenceSources(findings: FindingRecord[], statements: StatementRecord[], sources: Map<string, SourceRecord>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const f of findings) {
    const kind = sources.get(f.source)?.kind;
    if (kind && !isResearch(kind)) {
      problems.push({
        file: FINDINGS_FILE,
        field: `${f.id} → source`,
        message: `${f.source} is a ${kind} source, and only a systematic review, guideline or trial can carry a research finding`,
        fix: `move this entry to ${STATEMENTS_FILE} as what the page says (a \`says\` phrase), or cite the review or trial the page draws on`,
      });
    }
  }
  for (const s of statements) {
    const kind = sources.get(s.source)?.kind;
    if (kind && isResearch(kind)) {
      problems.push({
        file: STATEMENTS_FILE,
        field: `${s.id} → source`,
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
      const computed = gradeFromFindings(
        applied.map(({ record }) => ({ ...record, sourceKind: (sources.get(record.source)?.kind ?? 'trial') as ResearchKind })),
      );
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

const firstAuthor = (authors: string) => authors.split(/,| et al/)[0]!.trim().split(' ')[0]!;

/** "Cochrane review (Gross et al.), 2024, 33 studies": who found it, as a reader can look it up. */
export function researchLabel(source: SourceRecord, studies?: number): string {
  const kind = source.kind === 'guideline' ? 'Guideline' : source.kind === 'trial' ? 'Trial' : /cochrane/i.test(source.publisher) ? 'Cochrane review' : 'Systematic review';
  const parts = [`${kind} (${firstAuthor(source.authors)} et al.)`, ...(source.year ? [String(source.year)] : []), ...(studies ? [`${studies} ${studies === 1 ? 'study' : 'studies'}`] : [])];
  return parts.join(', ');
}

/** One finding in a line: "Cochrane review (Furlan et al.), 2015, 25 studies: short-term pain relief compared with no treatment; low-certainty evidence". */
export function findingLine(f: FindingRecord, source: SourceRecord): string {
  const when = f.timeframe ? `, ${f.timeframe}` : '';
  const people = f.participants ? ` (${f.participants.toLocaleString('en-US')} people)` : '';
  const against = f.comparedWith ? ` compared with ${f.comparedWith}` : '';
  return `${researchLabel(source, f.studies)}${people}: ${f.found}${against}${when}; ${CERTAINTY_WORDS[f.certainty]}`;
}

/** "Mayo Clinic lists anxiety among …": who says it, then what. The page labels these as statements, not research. */
export function statementLine(s: StatementRecord, source: SourceRecord): string {
  const who = source.kind === 'seed-article' ? "A massage provider's article" : source.publisher;
  return `${who} ${s.says}`;
}

/** A graded claim as a table row, with one line per finding and statement. */
export function claimRow(claim: GradedClaim, other: { id: string; href: string; title: string }, sources: Map<string, SourceRecord>): EvidenceRow {
  const line = <T extends { source: string }>(applied: Applied<T>, text: (r: T, s: SourceRecord) => string, result?: (r: T) => FindingResult): FindingLine => ({
    text: text(applied.record, sources.get(applied.record.source)!),
    sourceId: applied.record.source,
    general: applied.general,
    ...(result ? { result: result(applied.record) } : {}),
  });
  return {
    ...other,
    grade: claim.grade,
    computed: claim.computed,
    lowered: claim.lowered,
    note: claim.note,
    findings: claim.findings.map((f) => ({ ...line(f, findingLine, (r) => r.result), studied: f.record.studied })),
    statements: claim.statements.map((s) => line(s, statementLine)),
  };
}

/** Every finding about a condition, the strongest certainty first, each with what it studied. */
export function conditionFindingLines(findings: FindingRecord[], sources: Map<string, SourceRecord>): FindingLine[] {
  const rank = (f: FindingRecord) => ['high', 'moderate', 'low', 'very-low', 'not-graded'].indexOf(f.certainty);
  return [...findings]
    .sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id))
    .map((f) => ({ text: findingLine(f, sources.get(f.source)!), sourceId: f.source, result: f.result, general: f.types.length === 0, studied: f.studied }));
}

const count = (n: number, one: string, many: string) => `${n === 1 ? 'one' : n} ${n === 1 ? one : many}`;

/**
 * What a grade rests on besides the studies of the style by name, in one
 * sentence: how many studies of massage in general (and how many found no
 * difference), and what else is said. The lines themselves are on the
 * condition page, once, rather than repeated on every type that claims it.
 */
export function restsOn(row: EvidenceRow): string {
  const named = row.findings.some((f) => !f.general);
  const general = row.findings.filter((f) => f.general);
  const nulls = general.filter((f) => f.result === 'no-difference').length;
  const parts: string[] = [];
  if (general.length) parts.push(`${named ? 'Also ' : ''}${count(general.length, 'finding', 'findings')} on massage in general${nulls ? ` (${nulls} found no difference)` : ''}`);
  else if (!named) parts.push('No research found');
  if (row.statements.length) parts.push(`${count(row.statements.length, 'statement', 'statements')} by websites or providers (not counted)`);
  return parts.length ? `${parts.join('; ')}.` : '';
}

/** The evidence map of /api/v1/evidence.json: every claim with its findings, and the sources they cite. Version 1 only gains fields. */
export function evidenceMap(claims: GradedClaim[], bibliography: (SourceRecord & { title: string; url?: string | undefined; doi?: string | undefined; pmid?: string | undefined })[]) {
  const kindOf = new Map(bibliography.map((s) => [s.id, s.kind]));
  const cited = new Set(claims.flatMap((c) => c.sourceIds));
  return {
    claims: claims.map((c) => ({
      type: c.typeId,
      condition: c.condition,
      grade: c.grade,
      computedGrade: c.computed,
      ...(c.lowered ? { loweredBecause: c.lowered } : {}),
      findings: c.findings.map(({ record: f, general }) => ({
        id: f.id,
        source: f.source,
        sourceKind: kindOf.get(f.source),
        studied: f.studied,
        testedByName: !general,
        comparedWith: f.comparedWith,
        comparison: f.comparison,
        outcome: f.outcome,
        ...(f.timeframe ? { timeframe: f.timeframe } : {}),
        result: f.result,
        certainty: f.certainty,
        ...(f.studies ? { studies: f.studies } : {}),
        ...(f.participants ? { participants: f.participants } : {}),
      })),
      statements: c.statements.map(({ record: s }) => ({ id: s.id, source: s.source, sourceKind: kindOf.get(s.source), says: s.says })),
    })),
    sources: bibliography
      .filter((s) => cited.has(s.id))
      .map((s) => ({ id: s.id, title: s.title, kind: s.kind, ...(s.url ? { url: s.url } : {}), ...(s.doi ? { doi: s.doi } : {}), ...(s.pmid ? { pmid: s.pmid } : {}) })),
  };
}
