/**
 * `npm run build`: the Astro build, then the Pagefind index, into a staging
 * folder that replaces dist/ only when every step passed, so a content error
 * never leaves a half-written site behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const STAGING = 'dist-staging';
const OUT = 'dist';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    rmSync(STAGING, { recursive: true, force: true });
    console.error(`\nBuild failed at: ${command} ${args.join(' ')}. ${OUT}/ was left as it was.`);
    process.exit(result.status ?? 1);
  }
}

rmSync(STAGING, { recursive: true, force: true });
run('astro', ['build'], { ...process.env, ASTRO_OUT_DIR: STAGING });
run('pagefind', ['--site', STAGING]);
rmSync(OUT, { recursive: true, force: true });
renameSync(STAGING, OUT);
if (!existsSync(`${OUT}/index.html`)) throw new Error('The build produced no home page.');
