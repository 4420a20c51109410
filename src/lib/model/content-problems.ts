/**
 * Problems with content that Zod cannot see because they span several entries
 * (an alias claimed twice, a required section missing). Each names the file,
 * the field and the fix, and the build stops on the first report.
 */
export interface ContentProblem {
  /** Path from the project root, e.g. content/types/medical-massage.md. */
  file: string;
  field: string;
  message: string;
  fix: string;
}

/**
 * An entry that does not match its schema. Zod carries one text per issue,
 * and that text already says what to write (src/schemas/messages.ts), as
 * Astro shows it in `astro dev` and `astro check`: so no separate fix.
 */
export type SchemaProblem = Omit<ContentProblem, 'fix'>;

/** `stopped` names what the problems stopped: the build, or the dev server or type check that ran the same check first. */
export function formatProblems(problems: (ContentProblem | SchemaProblem)[], stopped = 'the build'): string {
  const lines = problems.map((p) => `- ${p.file} → ${p.field}: ${p.message}${'fix' in p ? `\n  Fix: ${p.fix}` : ''}`);
  return `${problems.length} content problem${problems.length === 1 ? '' : 's'} stopped ${stopped}:\n${lines.join('\n')}`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = 'ContentError';
    // The message names the file, the field and the fix; a stack trace of the
    // build's own code would only bury it, and Astro prints one whenever it has one.
    this.stack = '';
  }
}

export function throwIfAny(problems: ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}

/** The file an entry was read from (.md or .mdx), as Astro's glob loader records it for every entry. */
export function contentFile(entry: { id: string; filePath?: string | undefined }, kind: string): string {
  return entry.filePath ?? `content/${kind}/${entry.id}`;
}
