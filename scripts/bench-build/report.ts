/** What bench:build prints: a line per build, the summary table, and the targets it checks. */
import type { Measured } from './measure.ts';
import { fmt, pad } from './numbers.ts';

export const TARGET_ENTRIES = 10_000;
const TARGET_WALL_S = 180;
const TARGET_REBUILD_WALL_S = 120;
const TARGET_PEAK_MIB = 4 * 1024;
const TARGET_REAL_WALL_S = 30;
const LINEAR_FACTOR = 1.5;


export interface Row {
  label: string;
  entries: number | undefined;
  types: number | undefined;
  /** A second build of the set after one edit, with the first build's cache. */
  rebuild?: boolean;
  m: Measured;
}

/** Where one build's time and memory went. */
export function describe(row: Row): string {
  const m = row.m;
  const dirs = [...m.byDir].sort((a, b) => b[1] - a[1]).map(([d, n]) => `${d} ${fmt(n)}`).join(', ');
  return (
    `  ${row.label}: astro rendered ${fmt(m.pages)} pages in ${m.renderS?.toFixed(1) ?? '?'} s, pagefind indexed ${m.indexed ?? '?'} pages in ${m.pagefindS?.toFixed(1) ?? '?'} s; ` +
    `peak MiB: tree ${fmt(m.peakTreeMiB)}, one process ${fmt(m.peakHwmMiB)}${m.timeMaxRssMiB === undefined ? '' : `, time -v ${fmt(m.timeMaxRssMiB)}`}; tree by step: ${m.peakPhase}\n` +
    `    time by step: ${m.phaseTimes}\n` +
    `    HTML files by folder: ${dirs}\n` +
    `    render time by route (total s, pages, avg ms): ${m.routes.slice(0, 8).map((r) => `${r.route} ${(r.ms / 1000).toFixed(1)} s/${fmt(r.pages)}/${(r.ms / r.pages).toFixed(1)}`).join(', ')}`
  );
}

export function table(rows: Row[]): string {
  const lines = ['  entries    types    pages   pair pages   wall s    cpu s   ms/page   peak MiB'];
  for (const { label, entries, types, rebuild, m } of rows) {
    lines.push(
      `${pad(entries === undefined ? label : `${fmt(entries)}${rebuild ? ' re' : ''}`, 9)}${pad(types === undefined ? '' : fmt(types), 9)}${pad(fmt(m.pages), 9)}${pad(fmt(m.byDir.get('compare') ?? 0), 13)}` +
        `${pad(m.wallS.toFixed(1), 9)}${pad(m.cpuS?.toFixed(1) ?? '–', 9)}${pad(((m.wallS * 1000) / Math.max(1, m.pages)).toFixed(2), 10)}${pad(fmt(m.peakMiB), 11)}${m.ok ? '' : '   FAILED'}`,
    );
  }
  return lines.join('\n');
}

/** Prints a PASS or FAIL line per target and returns the failed ones. */
export function checkTargets(rows: Row[], log: (line: string) => void = console.log): string[] {
  const failures: string[] = [];
  const check = (ok: boolean, text: string) => {
    log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
    if (!ok) failures.push(text);
  };
  const sets = rows.filter((r) => r.entries !== undefined && !r.rebuild && r.m.ok);
  if (sets.length >= 2) {
    const first = sets[0]!;
    const last = sets.at(-1)!;
    const perPage = (r: Row) => (r.m.wallS * 1000) / r.m.pages;
    const ratio = perPage(last) / perPage(first);
    check(ratio <= LINEAR_FACTOR, `linear growth: ms/page at ${fmt(last.entries!)} entries is ${ratio.toFixed(2)}× that at ${fmt(first.entries!)} (limit ${LINEAR_FACTOR}×)`);
    // ms/page depends on the page mix, so show the cost per entry too.
    const perEntry = (r: Row, s: number | undefined) => ((s ?? NaN) * 1000) / r.entries!;
    log(
      `      per entry: wall ${perEntry(first, first.m.wallS).toFixed(0)} → ${perEntry(last, last.m.wallS).toFixed(0)} ms, ` +
        `CPU ${perEntry(first, first.m.cpuS).toFixed(0)} → ${perEntry(last, last.m.cpuS).toFixed(0)} ms (${fmt(first.entries!)} → ${fmt(last.entries!)} entries)`,
    );
  }
  const target = rows.find((r) => r.entries === TARGET_ENTRIES && !r.rebuild);
  if (target) {
    check(target.m.ok && target.m.wallS <= TARGET_WALL_S, `${fmt(TARGET_ENTRIES)} entries in ≤ ${TARGET_WALL_S} s: ${target.m.wallS.toFixed(1)} s`);
    check(target.m.ok && target.m.peakMiB <= TARGET_PEAK_MIB, `${fmt(TARGET_ENTRIES)} entries in ≤ ${TARGET_PEAK_MIB / 1024} GiB peak: ${fmt(target.m.peakMiB)} MiB`);
  } else {
    log(`(no ${fmt(TARGET_ENTRIES)}-entry set in this run: its targets were not checked)`);
  }
  const rebuilt = rows.find((r) => r.entries === TARGET_ENTRIES && r.rebuild);
  if (rebuilt) check(rebuilt.m.ok && rebuilt.m.wallS <= TARGET_REBUILD_WALL_S, `${fmt(TARGET_ENTRIES)} entries rebuilt after one edit in ≤ ${TARGET_REBUILD_WALL_S} s: ${rebuilt.m.wallS.toFixed(1)} s`);
  const realRow = rows.find((r) => r.label === 'real site');
  if (realRow) check(realRow.m.ok && realRow.m.wallS <= TARGET_REAL_WALL_S, `real site full build in ≤ ${TARGET_REAL_WALL_S} s: ${realRow.m.wallS.toFixed(1)} s`);
  for (const r of rows) if (!r.m.ok) check(false, `${r.label} built`);
  return failures;
}
