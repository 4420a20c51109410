/**
 * Measures one build of a project snapshot: wall and CPU time, pages, the
 * render time of each route family, Pagefind's share, and peak memory as the
 * highest of (a) the summed VmRSS of the build's whole process tree, sampled
 * every 100 ms through /proc/<pid>/task/<tid>/children, (b) the kernel's VmHWM
 * of any one process in the tree, and (c) `/usr/bin/time -v`'s "Maximum
 * resident set size" when that program exists.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fmt } from './numbers.ts';

const BIN = join(resolve(import.meta.dirname, '../..'), 'node_modules/.bin');
export const TIME = '/usr/bin/time';

export interface Measured {
  ok: boolean;
  wallS: number;
  pages: number;
  renderS: number | undefined;
  routes: { route: string; pages: number; ms: number }[];
  pagefindS: number | undefined;
  indexed: number | undefined;
  peakMiB: number;
  peakTreeMiB: number;
  peakHwmMiB: number;
  timeMaxRssMiB: number | undefined;
  /** User + system CPU seconds of the whole tree (from /usr/bin/time): less sensitive than wall time to other work on the machine. */
  cpuS: number | undefined;
  /** The highest summed RSS of the tree in each step of the build. */
  peakPhase: string;
  /** How long each step of the build took. */
  phaseTimes: string;
  byDir: Map<string, number>;
  htmlFiles: number;
  log: string;
}

function readStatus(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const current = queue.shift()!;
    found.push(current);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${current}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean)) queue.push(Number(child));
      } catch {
        // the task ended between the two reads
      }
    }
  }
  return found;
}

/** Astro's per-route log lines ("├─ /types/x/index.html (+3ms)"), summed by first path segment. */
function routeTimes(log: string): { route: string; pages: number; ms: number }[] {
  const byRoute = new Map<string, { pages: number; ms: number }>();
  for (const m of log.matchAll(/[├└]─ \/([^/\s]*)\S* \(\+([\d.]+)(m?s)\)/g)) {
    const route = m[1]!.replace(/\.(html|json|xml|txt|png)$/, '') || '/';
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const r = byRoute.get(route) ?? { pages: 0, ms: 0 };
    r.pages++;
    r.ms += ms;
    byRoute.set(route, r);
  }
  return [...byRoute].map(([route, r]) => ({ route, ...r })).sort((a, b) => b.ms - a.ms);
}

/** The steps of a build and the wall-clock time each began, from the timestamps in Astro's log. */
function phases(log: string, started: number): { name: string; start: number }[] {
  const markers: [RegExp, string][] = [
    [/^(\d\d:\d\d:\d\d) \[content\] Syncing content/m, 'content sync'],
    [/^(\d\d:\d\d:\d\d) \[build\] Building static entrypoints/m, 'vite bundle'],
    [/^(\d\d:\d\d:\d\d) \[build\] Rearranging server assets/m, 'rendering'],
    [/^(\d\d:\d\d:\d\d) \[build\] \d+ page\(s\) built/m, 'pagefind'],
  ];
  const found = [{ name: 'start-up', start: started }];
  for (const [pattern, name] of markers) {
    const clock = pattern.exec(log)?.[1];
    if (!clock) continue;
    const [h, m, s] = clock.split(':').map(Number) as [number, number, number];
    const when = new Date(started);
    when.setHours(h, m, s, 0);
    if (when.getTime() < started - 1000) when.setDate(when.getDate() + 1);
    found.push({ name, start: when.getTime() });
  }
  return found;
}

/** How long each step took, from its start to the next one's (the last to the end of the build). */
function durations(steps: { name: string; start: number }[], end: number): string {
  return steps.map((step, i) => `${step.name} ${((Math.max(step.start, steps[i + 1]?.start ?? end) - step.start) / 1000).toFixed(0)} s`).join(', ');
}

/** The highest summed RSS (MiB) seen in each step. */
function peakByPhase(samples: { at: number; kb: number }[], steps: { name: string; start: number }[]): string {
  return steps
    .map((step, i) => {
      const end = steps[i + 1]?.start ?? Infinity;
      const kb = Math.max(0, ...samples.filter((s) => s.at >= step.start && s.at < end).map((s) => s.kb));
      return `${step.name} ${fmt(kb / 1024)}`;
    })
    .join(', ');
}

function htmlCounts(out: string): { total: number; byDir: Map<string, number> } {
  const byDir = new Map<string, number>();
  let total = 0;
  if (!existsSync(out)) return { total, byDir };
  for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    total++;
    const top = name.includes('/') ? name.slice(0, name.indexOf('/')) : '(root)';
    byDir.set(top, (byDir.get(top) ?? 0) + 1);
  }
  return { total, byDir };
}

/** Runs scripts/build.ts in `project` (BUILD_LOG=full keeps Astro's per-route lines, which the route times read). */
export async function measureBuild(project: string, work: string, contentRoot: string | undefined, cacheDir = join(work, 'cache')): Promise<Measured> {
  mkdirSync(work, { recursive: true });
  const out = join(work, 'dist');
  const logFile = join(work, 'build.log');
  const timeFile = join(work, 'time.txt');
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${BIN}:${process.env['PATH'] ?? ''}`, BUILD_OUT: out, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', BUILD_LOG: 'full' };
  if (contentRoot) env['CONTENT_ROOT'] = contentRoot;
  else delete env['CONTENT_ROOT'];
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const args = useTime ? ['-v', '-o', timeFile, process.execPath, 'scripts/build.ts'] : ['scripts/build.ts'];
  const fd = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(command, args, { cwd: project, env, stdio: ['ignore', fd, fd] });
  let peakTree = 0;
  const samples: { at: number; kb: number }[] = [];
  const startedAt = Date.now();
  const hwm = new Map<number, number>();
  const poll = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of descendants(child.pid)) {
      const s = readStatus(pid);
      if (!s) continue;
      sum += s.rss;
      hwm.set(pid, Math.max(hwm.get(pid) ?? 0, s.hwm));
    }
    peakTree = Math.max(peakTree, sum);
    samples.push({ at: Date.now(), kb: sum });
  };
  const timer = setInterval(poll, 100);
  const status = await new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const wallS = (performance.now() - started) / 1000;
  clearInterval(timer);
  closeSync(fd);
  const log = readFileSync(logFile, 'utf8');
  const timeReport = useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const timeField = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(timeReport)?.[1] ?? NaN);
  const timeMaxRss = timeField('Maximum resident set size \\(kbytes\\)');
  const cpu = timeField('User time \\(seconds\\)') + timeField('System time \\(seconds\\)');
  const built = /\[build\] (\d+) page\(s\) built in (?:(\d+)m ?)?([\d.]+)(m?s)/.exec(log);
  // The after-build integration logs Pagefind's one-line report (src/lib/build/pagefind-log.ts).
  const pagefind = /\[pagefind\] indexed \d+ pages in ([\d.]+) s/.exec(log);
  const indexed = /\[pagefind\] indexed (\d+) pages/.exec(log);
  const { total, byDir } = htmlCounts(out);
  const steps = phases(log, startedAt);
  const mib = (kb: number) => kb / 1024;
  const peakHwm = Math.max(0, ...hwm.values());
  return {
    ok: status === 0,
    wallS,
    pages: built ? Number(built[1]) : total,
    renderS: built ? Number(built[2] ?? 0) * 60 + Number(built[3]) / (built[4] === 'ms' ? 1000 : 1) : undefined,
    routes: routeTimes(log),
    pagefindS: pagefind ? Number(pagefind[1]) : undefined,
    indexed: indexed ? Number(indexed[1]) : undefined,
    peakMiB: mib(Math.max(peakTree, peakHwm, Number.isNaN(timeMaxRss) ? 0 : timeMaxRss)),
    peakTreeMiB: mib(peakTree),
    peakHwmMiB: mib(peakHwm),
    timeMaxRssMiB: Number.isNaN(timeMaxRss) ? undefined : mib(timeMaxRss),
    cpuS: Number.isNaN(cpu) ? undefined : cpu,
    peakPhase: peakByPhase(samples, steps),
    phaseTimes: durations(steps, startedAt + wallS * 1000),
    byDir,
    htmlFiles: total,
    log,
  };
}
