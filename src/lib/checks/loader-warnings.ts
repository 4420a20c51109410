/**
 * Astro's content loaders only warn when they skip or replace an entry (a
 * duplicate id, a file with no contents, a missing folder), and the build
 * goes on without it. Every such warning is a lost page or a wrong one, so
 * the build script stops on them.
 */

/** The warning lines a content loader or the content layer printed, without their time stamps. */
export function contentLoaderWarnings(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /\[WARN\] \[(?:[\w-]+-loader|content)\]/.test(line))
    .map((line) => line.replace(/^.*?\[WARN\] /, '').trim());
}

export function formatLoaderWarnings(warnings: string[]): string {
  return [
    `${warnings.length} content loader warning${warnings.length === 1 ? '' : 's'} stopped the build (each means an entry was skipped or replaced):`,
    ...warnings.map((w) => `- ${w}`),
    '  Fix: correct the file each warning names; content warnings are errors here, so no page is silently lost.',
  ].join('\n');
}
