/**
 * Shapes of a simple front-view figure, one per body region (ids match
 * content/regions). The body map highlights the regions a page concerns.
 */
export interface MapShape {
  region: string;
  /** Rounded rectangles [x, y, width, height, corner radius] in a 120 x 250 viewBox: <rect> is far shorter than path data. */
  rects: [number, number, number, number, number][];
}

export const BODY_SHAPES: MapShape[] = [
  { region: 'head', rects: [[46, 4, 28, 26, 13]] },
  { region: 'jaw', rects: [[49, 30, 22, 7, 3]] },
  { region: 'neck', rects: [[53, 37, 14, 9, 3]] },
  { region: 'shoulders', rects: [[26, 46, 22, 12, 6], [72, 46, 22, 12, 6]] },
  { region: 'chest', rects: [[48, 46, 24, 22, 4]] },
  { region: 'upper-back', rects: [[40, 68, 40, 20, 4]] },
  { region: 'lower-back', rects: [[42, 88, 36, 20, 4]] },
  { region: 'arms', rects: [[20, 60, 12, 62, 6], [88, 60, 12, 62, 6]] },
  { region: 'hands-and-wrists', rects: [[16, 124, 16, 20, 6], [88, 124, 16, 20, 6]] },
  { region: 'hips-and-pelvis', rects: [[40, 108, 40, 22, 6]] },
  { region: 'legs', rects: [[41, 132, 17, 98, 7], [62, 132, 17, 98, 7]] },
  { region: 'feet', rects: [[36, 232, 22, 12, 5], [62, 232, 22, 12, 5]] },
];

/** Which shapes to highlight; every region when the focus is the whole body. */
export function highlighted(regions: string[], fullBody = false): Set<string> {
  return new Set(fullBody ? BODY_SHAPES.map((s) => s.region) : regions);
}
