/** The pressure scale, lightest first; a type's pressure is a range on it. Its words are each language's (src/i18n/, `pressure`). */
export const PRESSURE_LEVELS = ['very-light', 'light', 'medium', 'firm', 'deep'] as const;
export type PressureLevel = (typeof PRESSURE_LEVELS)[number];

export interface PressureRange {
  min: PressureLevel;
  max: PressureLevel;
}

/** 1-based positions of a range on the scale, for drawing it. */
export function pressureSteps(range: PressureRange): { from: number; to: number; of: number } {
  return {
    from: PRESSURE_LEVELS.indexOf(range.min) + 1,
    to: PRESSURE_LEVELS.indexOf(range.max) + 1,
    of: PRESSURE_LEVELS.length,
  };
}

export function isValidRange(range: PressureRange): boolean {
  return PRESSURE_LEVELS.indexOf(range.min) <= PRESSURE_LEVELS.indexOf(range.max);
}
