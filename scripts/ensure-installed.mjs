/**
 * Runs first in `npm start`, `npm test` and `npm run dev`, so each works as the
 * first command on a fresh clone. When node_modules/ is missing, or older than
 * package-lock.json (after a pull that changed dependencies), it installs
 * exactly what the lock file records (`npm ci`), then the command goes on.
 *
 * Plain JavaScript on purpose: on a fresh clone only the system's Node runs
 * (20 or newer); every later step runs on the project's own Node 24
 * (node_modules/.bin/node, which npm puts first on PATH for scripts).
 *
 * npm on Node 20 warns EBADENGINE for each package that asks for Node 22 or
 * newer. Those packages run on the project's Node 24, never on Node 20, so the
 * warnings are folded into one line that says so; every other message of npm
 * is shown as it is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const LOCK = 'package-lock.json';
/** npm writes this after every install: its age is the age of node_modules/. */
const INSTALLED = 'node_modules/.package-lock.json';

const installed =
  existsSync('node_modules/.bin/node') && existsSync(INSTALLED) && statSync(INSTALLED).mtimeMs >= statSync(LOCK).mtimeMs;

if (!installed) {
  console.log(`Installing the dependencies package-lock.json records (npm ci; a minute or two the first time) …`);
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
  const result = spawnSync(command, [...args, 'ci', '--no-audit', '--no-fund'], { stdio: ['inherit', 'inherit', 'pipe'], encoding: 'utf8' });
  const lines = (result.stderr ?? '').split('\n');
  const engineWarnings = lines.filter((line) => /^npm warn EBADENGINE\s+package:/.test(line)).length;
  process.stderr.write(lines.filter((line) => !line.startsWith('npm warn EBADENGINE')).join('\n'));
  if (engineWarnings > 0) {
    console.log(
      `(npm warned EBADENGINE: ${engineWarnings} packages want Node 22 or newer, and npm ran on ${process.version}. They run only on the project's own Node 24, installed just now, so the warnings do not apply.)`,
    );
  }
  if (result.status !== 0) {
    console.error(`\nnpm ci failed (exit ${result.status ?? result.error?.message}); the messages above say why.`);
    process.exit(result.status || 1);
  }
}
