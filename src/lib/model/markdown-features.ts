/**
 * The Markdown features Astro's processor is configured with (astro.config.mjs),
 * shared with the MDX policy (src/lib/checks/mdx-policy.ts) so the policy reads
 * an .mdx file exactly as Astro compiles it: `## Heading { #id }` is a heading
 * with a fixed id there, not an expression `{ #id }`.
 */
export const MARKDOWN_FEATURES = { headingAttributes: true } as const;
