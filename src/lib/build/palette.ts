/**
 * The site's colours, light and dark: the one place they are written. The
 * pages' stylesheet gets them as CSS custom properties (`--accent` from
 * `accent`, `--warn-bg` from `warnBg`) through the virtual module
 * `virtual:palette.css` (src/integrations/palette-css.ts); the embed cards
 * use the same properties and the share images draw with the light colours.
 * Every pair of text and background colours here passes WCAG AA contrast in
 * both schemes (the axe tests check every page in both). The grade symbols'
 * rules are made here too, for the same build step to write into the stylesheet.
 */
import { GRADE_SYMBOLS } from '../model/evidence.ts';

export const PALETTE = {
  light: {
    bg: '#fbfcfc',
    surface: '#ffffff',
    text: '#1b2a30',
    muted: '#4a5a61',
    line: '#d5dee1',
    accent: '#0b6660',
    accentSoft: '#e3f2f0',
    warnBg: '#fff6e5',
    warnLine: '#a35c00',
    dangerBg: '#fdecec',
    dangerLine: '#b3261e',
    focus: '#1d4ed8',
  },
  dark: {
    bg: '#11191d',
    surface: '#172227',
    text: '#e4ecef',
    muted: '#a9b8be',
    line: '#33444b',
    accent: '#6fd3c8',
    accentSoft: '#1d3532',
    warnBg: '#2e2412',
    warnLine: '#f0b45a',
    dangerBg: '#361a1a',
    dangerLine: '#ff8f86',
    focus: '#9cc0ff',
  },
} as const;

export type ColourName = keyof (typeof PALETTE)['light'];

/** `warnBg` → `--warn-bg` */
export const cssProperty = (name: ColourName) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const declarations = (scheme: keyof typeof PALETTE) =>
  Object.entries(PALETTE[scheme])
    .map(([name, value]) => `${cssProperty(name as ColourName)}: ${value};`)
    .join(' ');

/**
 * A shape before each grade label, from the symbols the model writes once (GRADE_SYMBOLS). The space after it,
 * not a margin, lets a narrow screen wrap the label under it.
 */
export function gradeSymbolsCss(): string {
  return Object.entries(GRADE_SYMBOLS)
    .map(([grade, symbol]) => `.g-${grade}::before { content: '${symbol} '; }`)
    .join('\n');
}

/** The palette as custom properties on :root, dark ones when the reader's system asks for dark. */
export function paletteCss(): string {
  return `:root { color-scheme: light dark; ${declarations('light')} }\n@media (prefers-color-scheme: dark) { :root { ${declarations('dark')} } }\n`;
}
