/**
 * The components an .mdx article may import, each by the name it is imported
 * as, and the folder they live in (from the project root). The schema check's
 * advice and the build benchmark's generated articles read them here, so a
 * moved or renamed component fails a unit test instead of a 1,000-entry build.
 */
export const CONTENT_COMPONENTS_DIR = 'src/content-components';

export const CONTENT_COMPONENTS = {
  EvidenceGradeTable: 'EvidenceGradeTable.astro',
  GradeRule: 'GradeRule.astro',
  GlossaryList: 'GlossaryList.astro',
} as const;

export type ContentComponent = keyof typeof CONTENT_COMPONENTS;

/** The line that imports `name` into an article whose folder reaches CONTENT_COMPONENTS_DIR as `dir`. */
export function componentImport(name: ContentComponent, dir: string): string {
  return `import ${name} from '${dir}/${CONTENT_COMPONENTS[name]}';`;
}
