/**
 * What `npm run build` shows of Astro's and Pagefind's output. Astro lists
 * every route it renders (1,200 lines here, 44,000 at 10,000 entries) and
 * Pagefind describes each of its steps; a reader needs neither to see that
 * the build worked, and a real warning drowns in them. So the route lines
 * and Pagefind's step headings go, and every other line stays: Astro's steps
 * and timings, warnings, errors. BUILD_LOG=full keeps everything (bench:build
 * reads the route times from it).
 */

/** Astro's per-route lines ("├─ /types/x/index.html (+3ms)") and the bare timings its concurrent renders leave behind. */
const ROUTE_LINE = /^(\d\d:\d\d:\d\d\s+)?\s*[├└]─ |^\s*\(\+[\d.]+m?s\)\s*$/;

export function shortAstroLog(text: string): string {
  return text
    .split('\n')
    .filter((line) => !ROUTE_LINE.test(line))
    .join('\n');
}

/** Pagefind's report reduced to one line; anything it warns about is kept. */
export function shortPagefindLog(text: string): string {
  const pages = /Indexed (\d+) pages/.exec(text)?.[1];
  const seconds = /Finished in ([\d.]+) seconds/.exec(text)?.[1];
  const warnings = text.split('\n').filter((line) => /warn|error/i.test(line));
  const summary = pages && seconds ? [`[pagefind] indexed ${pages} pages in ${seconds} s`] : [];
  return [...warnings, ...summary].map((line) => `${line}\n`).join('');
}
