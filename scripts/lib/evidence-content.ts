/**
 * The evidence map recomputed from content/ alone, without Astro: the same
 * schemas (with their defaults), the same grading rule, statements and grade
 * history as the build, so `npm run evidence` and its test can show that the
 * published /api/v1/evidence.json is exactly what the rule gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { idReference } from '../../src/schemas/context.ts';
import { gradeEvidence } from '../../src/lib/checks/evidence-grades.ts';
import { claimStatements, conditionStatements, evidenceMap, type BibliographyEntry, type FindingRecord, type StatementRecord } from '../../src/lib/model/claims.ts';
import { gradeHistory, type GradeChangeRecord } from '../../src/lib/model/grade-history.ts';
import type { ContentProblem } from '../../src/lib/model/content-problems.ts';
import { ARTICLE_KINDS } from '../../src/lib/model/urls.ts';
import { inSentence, properWords } from '../../src/lib/views/list-words.ts';
import { splitFrontmatter } from './frontmatter.ts';

const SCHEMAS = collectionSchemas({ reference: idReference });
type Ref = { id: string };
const ids = (refs: Ref[]) => refs.map((r) => r.id);

function yamlList<T>(root: string, file: string, schema: { parse: (x: unknown) => T }): T[] {
  return (parse(readFileSync(join(root, file), 'utf8')) as unknown[]).map((item) => schema.parse(item));
}

function articles(root: string, kind: string): { id: string; file: string; data: Record<string, unknown>; body: string }[] {
  return readdirSync(join(root, kind))
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const file = join(root, kind, name);
      const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'), file);
      return { id: name.replace(/\.mdx?$/, ''), file: `content/${kind}/${name}`, data, body };
    });
}

export function recomputeEvidence(root = 'content', today = new Date()): { map: ReturnType<typeof evidenceMap>; problems: ContentProblem[] } {
  const byKind = Object.fromEntries(ARTICLE_KINDS.map((kind) => [kind, articles(root, kind)]));
  const proper = properWords(ARTICLE_KINDS.flatMap((kind) => byKind[kind]!.flatMap((e) => [String(e.data['summary']), e.body])));
  const title = (kind: string, id: string) => String(byKind[kind]!.find((e) => e.id === id)?.data['title'] ?? id);
  // Sorted by title, as the loader lists types, so claims come out in the published order.
  const types = [...byKind['types']!].sort((a, b) => title('types', a.id).localeCompare(title('types', b.id)));
  const sources = yamlList(root, 'sources.yaml', SCHEMAS.sources) as BibliographyEntry[];
  const findings: FindingRecord[] = yamlList(root, 'findings.yaml', SCHEMAS.findings).map((f) => ({
    ...f,
    source: f.source.id,
    condition: f.condition.id,
    types: ids(f.types),
    closestTypes: ids(f.closestTypes),
  }));
  const statements: StatementRecord[] = yamlList(root, 'statements.yaml', SCHEMAS.statements).map((s) => ({ ...s, source: s.source.id, condition: s.condition.id, types: ids(s.types) }));
  const research = new Map(sources.map((s) => [s.id, s]));
  const evidence = gradeEvidence(
    types.map((t) => ({
      id: t.id,
      file: t.file,
      helps: SCHEMAS.types.parse(t.data).helps.map((h) => ({ condition: h.condition.id, note: h.note, lower: h.lower })),
    })),
    findings,
    statements,
    research,
  );
  const claims = [...evidence.claims.values()].flat();
  const records: GradeChangeRecord[] = yamlList(root, 'grade-history.yaml', SCHEMAS.gradeHistory);
  const history = gradeHistory(records, new Map(claims.map((c) => [`${c.typeId}/${c.condition}`, c.grade])), today);
  const statementsOf = (claim: (typeof claims)[number]) => claimStatements(claim, inSentence(title('types', claim.typeId), proper), inSentence(title('conditions', claim.condition), proper), research);
  const asOf = history.changes.map((c) => c.date).sort().at(-1) ?? '';
  // In the loader's order: conditions by title.
  const conditions = [...byKind['conditions']!]
    .sort((a, b) => title('conditions', a.id).localeCompare(title('conditions', b.id)))
    .map((c) => ({ id: c.id, statements: conditionStatements(findings.filter((f) => f.condition === c.id), inSentence(title('conditions', c.id), proper), research).all }));
  return { map: evidenceMap(claims, sources, statementsOf, { changes: history.changes, asOf }, conditions), problems: [...evidence.problems, ...history.problems] };
}
