/**
 * The URL contract is append-only in fact, not only in its header: every line
 * ever committed to the manifests (contract/, and content/published-urls.txt
 * before it moved) must still be in the working copy. Read from git's own
 * history, so a line deleted and committed is caught too; a fresh clone has
 * the full history.
 */
import { spawnSync } from 'node:child_process';

/** Every path the manifests were ever committed under. */
export const MANIFEST_PATHS = ['contract/published-urls.txt', 'contract/published-anchors.txt', 'content/published-urls.txt'];

/**
 * Each line a `git log -p --reverse --format="commit %H"` output adds, with
 * the first commit that added it. Comment lines (the header) are not URLs.
 */
export function firstAdded(patch: string): Map<string, string> {
  const added = new Map<string, string>();
  let commit = '';
  for (const line of patch.split('\n')) {
    if (line.startsWith('commit ')) commit = line.slice('commit '.length);
    else if (line.startsWith('+') && !line.startsWith('+++') && !line.startsWith('+#') && line.length > 1 && !added.has(line.slice(1))) added.set(line.slice(1), commit);
  }
  return added;
}

/** Lines once committed that the working copy no longer holds, with the commit that added each. */
export function droppedLines(added: ReadonlyMap<string, string>, current: ReadonlySet<string>): { line: string; commit: string }[] {
  return [...added].filter(([line]) => !current.has(line)).map(([line, commit]) => ({ line, commit }));
}

/** The manifests' history as one patch, or undefined outside a git checkout. */
export function manifestHistory(): string | undefined {
  const git = spawnSync('git', ['log', '-p', '--reverse', '--no-renames', '--format=commit %H', '--', ...MANIFEST_PATHS], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return git.status === 0 ? git.stdout : undefined;
}
