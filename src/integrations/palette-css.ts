/**
 * `import 'virtual:palette.css'`: the colours of src/lib/build/palette.ts as CSS
 * custom properties, so the stylesheet, the embed cards and the share images
 * read one palette. Vite bundles it like any stylesheet (Astro inlines it and
 * hashes it for the Content-Security-Policy).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { paletteCss } from '../lib/build/palette.ts';

const ID = 'virtual:palette.css';
const RESOLVED = `\0${ID}`;
const SOURCE = fileURLToPath(new URL('../lib/build/palette.ts', import.meta.url));

export function paletteStylesheet(): Plugin {
  return {
    name: 'palette-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(SOURCE);
      return paletteCss();
    },
  };
}
