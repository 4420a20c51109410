/**
 * `npm run translations`: every language's translated articles that are
 * behind their English text, with what changed in the English since the
 * revision each records (from git history), and the English articles not yet
 * translated. Exits 0: a translation behind is work to do, not a broken build.
 */
import { execFileSync } from 'node:child_process';
import { CONTENT_ROOT } from '../src/lib/build/build-dirs.ts';
import { sourceRevision } from '../src/lib/model/translations.ts';
import { isBehind, translationStatus, type TranslationStatus } from './lib/translation-status.ts';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The commit whose English file has the revision a translation records, newest first. */
function commitOf(status: TranslationStatus): string | undefined {
  const commits = git('log', '--format=%H', '--', status.english).split('\n').filter(Boolean);
  return commits.find((commit) => {
    try {
      return sourceRevision(execFileSync('git', ['show', `${commit}:${status.english.replace(/^\.\//, '')}`])) === status.recorded;
    } catch {
      return false;
    }
  });
}

/** The English words removed and added since `commit`, as git's word diff gives them. */
function changesSince(commit: string, file: string): string[] {
  return git('diff', '--word-diff=plain', '--unified=0', commit, '--', file)
    .split('\n')
    .filter((line) => /\[-.*?-\]|\{\+.*?\+\}/.test(line))
    .map((line) => `    ${line.trim()}`);
}

const all = translationStatus(CONTENT_ROOT);
for (const locale of [...new Set(all.map((s) => s.locale))]) {
  const mine = all.filter((s) => s.locale === locale);
  const behind = mine.filter(isBehind);
  const missing = mine.filter((s) => !s.translation);
  console.log(`${locale}: ${mine.length - missing.length} of ${mine.length} articles and lists translated, ${behind.length} behind their English text.`);
  for (const status of behind) {
    const commit = commitOf(status);
    console.log(`\n  ${status.translation} translates ${status.english} as it was at ${status.recorded}; it is ${status.current} now.`);
    if (!commit) console.log('    That revision is not in this clone\'s history: compare the two files by hand.');
    else console.log(`    Changed since ${commit.slice(0, 10)}:\n${changesSince(commit, status.english).join('\n') || '    (only whitespace)'}`);
  }
  if (missing.length) console.log(`\n  Not yet translated:\n${missing.map((s) => `    ${s.english}`).join('\n')}`);
}
