/**
 * Shapes of a simple front-view figure, one per body region (ids match
 * content/regions). The body map highlights the regions a page concerns.
 */
export interface MapShape {
  region: string;
  /** SVG path data in a 120 x 260 viewBox. */
  d: string;
}

const rect = (x: number, y: number, w: number, h: number, r = 6) =>
  `M${x + r},${y}h${w - 2 * r}a${r},${r} 0 0 1 ${r},${r}v${h - 2 * r}a${r},${r} 0 0 1 -${r},${r}h-${w - 2 * r}a${r},${r} 0 0 1 -${r},-${r}v-${h - 2 * r}a${r},${r} 0 0 1 ${r},-${r}z`;

export const BODY_SHAPES: MapShape[] = [
  { region: 'head', d: rect(46, 4, 28, 26, 13) },
  { region: 'jaw', d: rect(49, 30, 22, 7, 3) },
  { region: 'neck', d: rect(53, 37, 14, 9, 3) },
  { region: 'shoulders', d: `${rect(26, 46, 22, 12, 6)}${rect(72, 46, 22, 12, 6)}` },
  { region: 'chest', d: rect(48, 46, 24, 22, 4) },
  { region: 'upper-back', d: rect(40, 68, 40, 20, 4) },
  { region: 'lower-back', d: rect(42, 88, 36, 20, 4) },
  { region: 'arms', d: `${rect(20, 60, 12, 62, 6)}${rect(88, 60, 12, 62, 6)}` },
  { region: 'hands-and-wrists', d: `${rect(16, 124, 16, 20, 6)}${rect(88, 124, 16, 20, 6)}` },
  { region: 'hips-and-pelvis', d: rect(40, 108, 40, 22, 6) },
  { region: 'legs', d: `${rect(41, 132, 17, 98, 7)}${rect(62, 132, 17, 98, 7)}` },
  { region: 'feet', d: `${rect(36, 232, 22, 12, 5)}${rect(62, 232, 22, 12, 5)}` },
];

/** Which shapes to highlight; every region when the focus is the whole body. */
export function highlighted(regions: string[], fullBody = false): Set<string> {
  return new Set(fullBody ? BODY_SHAPES.map((s) => s.region) : regions);
}
