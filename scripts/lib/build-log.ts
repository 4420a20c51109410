/**
 * What `npm run build` shows of Astro's output. Astro lists every route it
 * renders (1,200 lines here, 44,000 at 10,000 entries); a reader needs none
 * of them to see that the build worked, and a real warning drowns in them.
 * So the route lines go, and every other line stays: Astro's steps and
 * timings, warnings, errors. BUILD_LOG=full keeps everything (bench:build
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
