/**
 * What the stylesheet takes from TypeScript, so each value is written once:
 *
 * - `import 'virtual:palette.css'`: the colours of src/lib/build/palette.ts as CSS
 *   custom properties, so the stylesheet, the embed cards and the share images
 *   read one palette. Vite bundles it like any stylesheet (Astro inlines it and
 *   hashes it for the Content-Security-Policy).
 * - the grade symbols' rules (GRADE_SYMBOLS in src/lib/model/evidence.ts), written
 *   into src/styles/global.css where it says `/* @grade-symbols *\/`, so they keep
 *   their place among the grade rules.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { gradeSymbolsCss, paletteCss } from '../lib/build/palette.ts';

const ID = 'virtual:palette.css';
const RESOLVED = `\0${ID}`;
const SOURCE = fileURLToPath(new URL('../lib/build/palette.ts', import.meta.url));
const EVIDENCE = fileURLToPath(new URL('../lib/model/evidence.ts', import.meta.url));
const STYLESHEET = fileURLToPath(new URL('../styles/global.css', import.meta.url));
const GRADE_SYMBOLS_MARK = '/* @grade-symbols */';

export function paletteStylesheet(): Plugin[] {
  return [
    {
      name: 'palette-css',
      resolveId: (id) => (id === ID ? RESOLVED : undefined),
      load(id) {
        if (id !== RESOLVED) return undefined;
        this.addWatchFile(SOURCE);
        return paletteCss();
      },
    },
    {
      name: 'grade-symbols-css',
      // Before Vite's own CSS plugin, which would otherwise have dropped the mark with the other comments.
      enforce: 'pre',
      transform(code, id) {
        if (id.split('?')[0] !== STYLESHEET) return undefined;
        // A stylesheet without the mark would show grades without their shapes: stop rather than publish that.
        if (!code.includes(GRADE_SYMBOLS_MARK)) this.error(`${STYLESHEET} has lost its ${GRADE_SYMBOLS_MARK} line, where the grade symbols' rules go`);
        this.addWatchFile(EVIDENCE);
        return { code: code.replace(GRADE_SYMBOLS_MARK, gradeSymbolsCss()), map: null };
      },
    },
  ];
}
