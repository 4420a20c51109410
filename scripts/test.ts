/**
 * `npm test`: every check the project has, in order, each step's output shown
 * as it runs, then one line across all steps: "N passed, N failed".
 *
 * It starts with what takes seconds: the system programs the end-to-end
 * tests need (installed here as root on Debian, as CI runs; otherwise it
 * stops with the one command that installs them) and the lock file
 * (`npm ci --dry-run`, so a lock file CI's clean install would refuse fails
 * here first). Then the unit tests, the layers of the imports, the words
 * readers see outside src/i18n/, the type check, the broken-content builds,
 * a throwaway kind, the build and the end-to-end tests. The
 * first failing step stops the run, as each later one costs minutes; the
 * summary says which steps did not run.
 * Test counts come from the runners' own reports (node:test's TAP,
 * Playwright's JSON); a step that is not a test runner counts as one.
 * `npm test -- unit check` runs only the named steps (lockfile, unit, layers,
 * words, check, content-errors, kinds, bench, build, e2e); the system programs are checked
 * only when e2e is one of them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTools, TOOLS } from './lib/system-tools.ts';
import { nodeTestCounts, playwrightCounts, summaryLine, type Counts } from './lib/test-counts.ts';

const reports = mkdtempSync(join(tmpdir(), 'npm-test-'));
/**
 * Our children write to a pipe, where colour libraries turn colours on only
 * under CI; logs are read as text. NO_COLOR says so to most of them.
 * Playwright sets FORCE_COLOR=1 for its workers and servers, and Node warns
 * about every process that gets both, so Playwright is told FORCE_COLOR=0,
 * which turns off its reporter's colours.
 */
const NO_COLOUR = { NO_COLOR: '1' };
const npm = process.env['npm_execpath'] ? [process.execPath, process.env['npm_execpath']] : ['npm'];

interface Step {
  /** For `npm test -- <id>`. */
  id: string;
  name: string;
  command: string[];
  extraEnv?: Record<string, string>;
  /** How to turn the step's colours off, if not with NO_COLOR. */
  noColour?: Record<string, string>;
  /** Show only what the step writes to stderr (its errors). */
  errorsOnly?: boolean;
  /** The step's test counts from its report, or undefined to count the step itself as one. */
  counts?: () => Counts | undefined;
}

const tap = (name: string) => join(reports, `${name}.tap`);
const nodeTest = (id: string, name: string, args: string[]): Step => ({
  id,
  name,
  command: [process.execPath, '--test', '--test-reporter=dot', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap(name)}`, ...args],
  counts: () => nodeTestCounts(readFileSync(tap(name), 'utf8')),
});
const playwrightReport = join(reports, 'e2e.json');

const STEPS: Step[] = [
  // A dry run lists every package it would install; only a refusal matters.
  { id: 'lockfile', name: 'lock file', command: [...npm, 'ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], errorsOnly: true },
  nodeTest('unit', 'unit tests', ['tests/unit/**/*.test.ts']),
  // Imports point down the layers (.dependency-cruiser.mjs); a wrong one fails with the rule's name.
  { id: 'layers', name: 'layers', command: ['depcruise', 'src', 'scripts', '--config', '.dependency-cruiser.mjs'] },
  // Reader-facing English belongs in src/i18n/ (eslint.config.mjs); files still moving theirs are listed in tests/i18n-baseline.txt.
  { id: 'words', name: 'reader-facing words', command: ['eslint', 'src'] },
  { id: 'check', name: 'type check', command: ['astro', 'check', '--minimumSeverity', 'warning'] },
  nodeTest('content-errors', 'broken content', ['--test-concurrency=1', 'tests/build/bad-content.test.ts']),
  // Adding a kind is the steps docs/architecture.md lists: a copy of the project takes them and builds.
  nodeTest('kinds', 'a throwaway kind', ['tests/build/throwaway-kind.test.ts']),
  // A small set of the build benchmark, so what it generates keeps matching the schemas and components.
  nodeTest('bench', 'build benchmark', ['tests/build/bench-build.test.ts']),
  // Built for a deployment address, as the canonical, share and sitemap tests need one; no localhost in the output.
  { id: 'build', name: 'build', command: [process.execPath, 'scripts/build.ts', '--site', 'https://massage-guide.example'] },
  {
    id: 'e2e',
    name: 'end-to-end tests',
    command: ['playwright', 'test', '--reporter=dot,json'],
    extraEnv: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
    noColour: { FORCE_COLOR: '0' },
    counts: () => playwrightCounts(readFileSync(playwrightReport, 'utf8')),
  },
];

function run(step: Step): Promise<number> {
  const [command, ...args] = step.command as [string, ...string[]];
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', step.errorsOnly ? 'ignore' : 'inherit', 'inherit'], env: { ...process.env, ...(step.noColour ?? NO_COLOUR), ...step.extraEnv } });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      done(1);
    });
    child.on('exit', (code) => done(code ?? 1));
  });
}

function countsOf(step: Step, status: number): Counts {
  let counts: Counts | undefined;
  try {
    counts = step.counts?.();
  } catch {
    // No report: the runner stopped before writing one.
  }
  // A runner that failed without a failed test (a crash, a syntax error) still failed once.
  if (counts && status !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
  return counts ?? (status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
}

const only = process.argv.slice(2);
const unknown = only.filter((id) => !STEPS.some((s) => s.id === id));
if (unknown.length) {
  console.error(`No step ${unknown.join(', ')}; the steps are ${STEPS.map((s) => s.id).join(', ')}.`);
  process.exit(2);
}
const steps = only.length ? STEPS.filter((s) => only.includes(s.id)) : STEPS;

const total: Counts = { passed: 0, failed: 0 };
const lines: string[] = [];
// Every system program serves the end-to-end tests only.
const missing = steps.some((s) => s.id === 'e2e') ? ensureTools(TOOLS) : undefined;
if (missing) {
  console.error(missing);
  total.failed++;
  lines.push('system tools: missing (see above)');
} else {
  for (const [i, step] of steps.entries()) {
    console.log(`\n── ${step.name} (${i + 1}/${steps.length}) ──`);
    const started = performance.now();
    const status = await run(step);
    const counts = countsOf(step, status);
    total.passed += counts.passed;
    total.failed += counts.failed;
    lines.push(`${step.name}: ${summaryLine(counts)} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    if (status !== 0) {
      const skipped = steps.slice(i + 1).map((s) => s.name);
      if (skipped.length) lines.push(`not run after that failure: ${skipped.join(', ')}`);
      break;
    }
  }
}
rmSync(reports, { recursive: true, force: true });
console.log(`\n${lines.join('\n')}\n${summaryLine(total)}`);
process.exit(total.failed > 0 ? 1 : 0);
