/**
 * Runs before `npm run dev` and `npm run check` (`npm run build` calls
 * schemaReport itself): content is checked against its schemas first, so a
 * misspelt key or a wrong type is one line naming the file, the field and the
 * fix, and never Astro's error block with its stack trace. `--for` names what
 * it stopped.
 */
import { parseArgs } from 'node:util';
import { CONTENT_ROOT } from '../src/lib/build/build-dirs.ts';
import { schemaReport } from './lib/check-schemas.ts';

const { values } = parseArgs({ options: { for: { type: 'string' } } });
if (!values.for) throw new Error('name what the check runs before: --for "the dev server"');
const report = schemaReport(CONTENT_ROOT, values.for);
if (report) {
  console.error(`\n${report}\n`);
  process.exit(1);
}
