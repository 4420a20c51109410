/**
 * The components an .mdx article may import, each by the name it is imported
 * as with its file and the props it takes, and the folder they live in (from
 * the project root). The MDX policy, the schema check's advice and the build
 * benchmark's generated articles read them here, so a moved or renamed
 * component fails a unit test instead of a 1,000-entry build.
 */
export const CONTENT_COMPONENTS_DIR = 'src/content-components';

export const CONTENT_COMPONENTS = {
  EvidenceGradeTable: { file: 'EvidenceGradeTable.astro', props: [] },
  GradeRule: { file: 'GradeRule.astro', props: [] },
  GlossaryList: { file: 'GlossaryList.astro', props: ['terms'] },
} as const satisfies Record<string, { file: string; props: readonly string[] }>;

export function isContentComponent(name: string): name is ContentComponent {
  return Object.hasOwn(CONTENT_COMPONENTS, name);
}

export type ContentComponent = keyof typeof CONTENT_COMPONENTS;

/** The line that imports `name` into an article whose folder reaches CONTENT_COMPONENTS_DIR as `dir`. */
export function componentImport(name: ContentComponent, dir: string): string {
  return `import ${name} from '${dir}/${CONTENT_COMPONENTS[name].file}';`;
}
