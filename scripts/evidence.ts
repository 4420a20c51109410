/**
 * `npm run evidence`: recomputes every grade from content/ with the rule
 * (src/lib/model/grade-rule.ts), prints them, and compares them with the last
 * published map (dist/api/v1/evidence.json from the last build, or the file
 * named by --against). Exits 1 when the grade history or the content has a
 * problem; a difference from the published map is reported, not an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/lib/model/content-problems.ts';
import type { EvidenceGrade } from '../src/lib/model/evidence.ts';
import { strings } from '../src/i18n/index.ts';
import { recomputeEvidence } from './lib/evidence-content.ts';

const { values } = parseArgs({ options: { against: { type: 'string', default: 'dist/api/v1/evidence.json' } } });
const { map, problems } = recomputeEvidence();
const label = (g: EvidenceGrade) => strings().evidence.grades[g].label;

console.log(`Rule version ${map.ruleVersion}; evidence as of ${map.evidenceAsOf}; ${map.claims.length} claims.`);
const counts = new Map<string, number>();
for (const c of map.claims) counts.set(c.grade, (counts.get(c.grade) ?? 0) + 1);
console.log([...counts].map(([g, n]) => `${label(g as EvidenceGrade)}: ${n}`).join('; '));
for (const c of map.claims) console.log(`${c.type}/${c.condition}: ${label(c.grade)}${c.direct ? '' : ' (indirect)'}`);

if (existsSync(values.against)) {
  const published = JSON.parse(readFileSync(values.against, 'utf8')) as { claims: { type: string; condition: string; grade: EvidenceGrade }[] };
  const before = new Map(published.claims.map((c) => [`${c.type}/${c.condition}`, c.grade]));
  const now = new Map(map.claims.map((c) => [`${c.type}/${c.condition}`, c.grade]));
  const differences = [...new Set([...before.keys(), ...now.keys()])]
    .filter((claim) => before.get(claim) !== now.get(claim))
    .map((claim) => `  ${claim}: ${before.has(claim) ? label(before.get(claim)!) : '(new)'} → ${now.has(claim) ? label(now.get(claim)!) : '(removed)'}`);
  console.log(differences.length ? `\nDifferences from ${values.against}:\n${differences.join('\n')}` : `\nThe same grades as ${values.against}.`);
} else {
  console.log(`\nNo published map at ${values.against} to compare with (run npm run build first).`);
}
if (problems.length) {
  console.error(`\n${formatProblems(problems, 'the evidence map')}`);
  process.exit(1);
}
