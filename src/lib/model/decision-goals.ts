/**
 * The answers to the decision guide's "What do you most want from it?", by id.
 * A condition joins one with `decisionGoal` in its frontmatter, so the schema
 * and the guide share this list; the words a reader sees live with the guide.
 */
export const GOAL_IDS = ['relaxation', 'recovery', 'pain', 'swelling'] as const;
export type Goal = (typeof GOAL_IDS)[number];
