/**
 * The evidence map recomputed from content/ alone, without Astro: content read
 * by the scripts' reader and assembled by the build's own function, so
 * `npm run evidence` and its test show that the published
 * /api/v1/evidence.json is exactly what the rule gives for today's content.
 */
import type { ContentProblem } from '../../src/lib/model/content-problems.ts';
import { siteEvidenceMap } from '../../src/lib/views/api.ts';
import { readSite } from './read-content.ts';

export function recomputeEvidence(root = 'content', today = new Date()): { map: ReturnType<typeof siteEvidenceMap>; problems: ContentProblem[] } {
  const { site, problems } = readSite(root, today);
  return { map: siteEvidenceMap(site), problems };
}
