/**
 * Runs before `npm run dev` and `npm run check` (as `npm run build` runs it
 * itself): content is checked against its schemas first, so a misspelt key or
 * a wrong type is one line naming the file, the field and the fix, and never
 * Astro's error block with its stack trace. `--for` names what it stopped.
 */
import { parseArgs } from 'node:util';
import { CONTENT_ROOT } from '../src/lib/build/build-dirs.ts';
import { formatProblems } from '../src/lib/checks/content-problems.ts';
import { contentSchemaProblems } from './lib/check-schemas.ts';

const { values } = parseArgs({ options: { for: { type: 'string', default: 'the build' } } });
const problems = contentSchemaProblems(CONTENT_ROOT);
if (problems.length > 0) {
  console.error(`\n${formatProblems(problems, values.for)}\n`);
  process.exit(1);
}
