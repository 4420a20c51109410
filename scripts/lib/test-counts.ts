/** How many tests passed and failed, read from each runner's machine-readable report. */

export interface Counts {
  passed: number;
  failed: number;
}

/** node:test's TAP report ends with "# pass N" and "# fail N" (cancelled tests count as failed). */
export function nodeTestCounts(tap: string): Counts | undefined {
  const count = (label: string) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
  const [passed, failed, cancelled] = [count('pass'), count('fail'), count('cancelled')];
  if (Number.isNaN(passed) || Number.isNaN(failed)) return undefined;
  return { passed, failed: failed + (Number.isNaN(cancelled) ? 0 : cancelled) };
}

/** Playwright's JSON report: expected and flaky tests passed, unexpected ones failed. */
export function playwrightCounts(json: string): Counts | undefined {
  try {
    const { stats } = JSON.parse(json) as { stats?: { expected: number; unexpected: number; flaky: number } };
    return stats ? { passed: stats.expected + stats.flaky, failed: stats.unexpected } : undefined;
  } catch {
    return undefined;
  }
}

export const summaryLine = ({ passed, failed }: Counts) => `${passed} passed, ${failed} failed`;
