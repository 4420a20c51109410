import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { sourceRevision } from '../../../src/lib/model/translations.ts';
import { behindReport } from '../../../scripts/lib/translation-status.ts';

const SCRIPT = resolve('scripts/translations.ts');
const ENGLISH = '---\ntitle: Swedish massage\n---\n\n## What is it? { #what-it-is }\n\nLong, gliding strokes at light to firm pressure.\n';

test('a changed English article puts its translation behind: the build lists it, and npm run translations says what changed', () => {
  const root = mkdtempSync(join(tmpdir(), 'translations-'));
  try {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root, encoding: 'utf8' });
    mkdirSync(join(root, 'content/types'), { recursive: true });
    mkdirSync(join(root, 'content/es/types'), { recursive: true });
    mkdirSync(join(root, 'content/conditions'), { recursive: true });
    writeFileSync(join(root, 'content/types/swedish-massage.md'), ENGLISH);
    writeFileSync(join(root, 'content/conditions/sciatica.md'), '---\ntitle: Sciatica\n---\n');
    writeFileSync(
      join(root, 'content/es/types/swedish-massage.md'),
      `---\ntranslation: { source: ${sourceRevision(ENGLISH)}, translated: 2026-12-08 }\ntitle: Masaje sueco\n---\n`,
    );
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'first');
    assert.equal(behindReport(join(root, 'content')), undefined, 'a current translation is not listed');

    writeFileSync(join(root, 'content/types/swedish-massage.md'), ENGLISH.replace('light to firm', 'light to medium'));
    git('commit', '-qam', 'softer');
    assert.match(behindReport(join(root, 'content'))!, /1 translation\(s\) are behind[^\n]*\n- \S*content\/es\/types\/swedish-massage\.md/);

    const report = execFileSync(process.execPath, [SCRIPT], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: 'content' } });
    assert.match(report, /es: 1 of 2 articles and lists translated, 1 behind their English text/);
    assert.match(report, /\[-firm-\]\{\+medium\+\}/, 'the words that changed');
    assert.match(report, /Not yet translated:\n\s+content\/conditions\/sciatica\.md/);
    assert.equal(readFileSync(join(root, 'content/es/types/swedish-massage.md'), 'utf8').includes('Masaje sueco'), true);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
