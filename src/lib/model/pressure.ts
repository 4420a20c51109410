/** The pressure scale, lightest first; a type's pressure is a range on it. */
export const PRESSURE_LEVELS = ['very-light', 'light', 'medium', 'firm', 'deep'] as const;
export type PressureLevel = (typeof PRESSURE_LEVELS)[number];

export const PRESSURE_LABELS: Record<PressureLevel, string> = {
  'very-light': 'Very light',
  light: 'Light',
  medium: 'Medium',
  firm: 'Firm',
  deep: 'Deep',
};

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

/** "Light to firm", or "Deep" when the range is one level. */
export function describePressure(range: PressureRange): string {
  if (range.min === range.max) return PRESSURE_LABELS[range.min];
  return `${PRESSURE_LABELS[range.min]} to ${PRESSURE_LABELS[range.max].toLowerCase()}`;
}

export function isValidRange(range: PressureRange): boolean {
  return PRESSURE_LEVELS.indexOf(range.min) <= PRESSURE_LEVELS.indexOf(range.max);
}
