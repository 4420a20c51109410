/**
 * Draws a share card (1200×630 PNG) at build time: satori lays the text out,
 * resvg's WebAssembly build rasterises (as fast here as its native build, and
 * nothing per platform), and sharp, already installed for Astro's images,
 * encodes the PNG natively (three times faster than resvg's encoder, and
 * smaller). The font comes from an npm package, so nothing is downloaded and
 * readers never load it: it lives only inside the images.
 *
 * Rasterising a whole card cost about 40 ms of CPU, the largest cost of a big
 * build. Everything but the label, title and summary is the same on every
 * card, and cards share most of their words: so the background is drawn once,
 * each word once, and a card costs satori's layout (4 ms), laying the words on
 * (1 ms) and the encoding (3 ms at zlib level 3; level 6 took 5 to 7 ms for files a sixth
 * smaller, and only crawlers fetch them). Cards are also kept in a cache folder under
 * a hash of everything that shapes the pixels: a rebuild draws only the cards
 * whose text or design changed.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire, findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { PALETTE } from '../build/palette.ts';
import { OG_IMAGE, type ShareCard } from './share-preview.ts';
import { SITE_NAME } from '../build/site-config.ts';

const require = createRequire(import.meta.url);
// Share images are drawn in the light scheme; the band's text is the surface colour on the accent.
const COLOURS = { bg: PALETTE.light.bg, band: PALETTE.light.accent, onBand: PALETTE.light.surface, text: PALETTE.light.text, muted: PALETTE.light.muted };
/** Raise when the drawing or encoding changes in a way the card tree does not show. */
const CARD_FORMAT = 4;

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children?: string | Node | Node[] | undefined };
}
const box = (style: Node['props']['style'], children?: Node['props']['children']): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** Long summaries are cut at a word so the card never overflows. */
export function fitSummary(summary: string, max = 190): string {
  if (summary.length <= max) return summary;
  // Drop the punctuation the cut lands on, so a sentence never ends ".…".
  return `${summary.slice(0, summary.lastIndexOf(' ', max - 1)).replace(/[.,;:]+$/, '')}…`;
}

/** The card's layout: kind label, title, summary, and the site's name on a band. */
export function cardTree(card: ShareCard): Node {
  const titleSize = card.title.length > 40 ? 60 : 76;
  return box({ width: OG_IMAGE.width, height: OG_IMAGE.height, flexDirection: 'column', background: COLOURS.bg, color: COLOURS.text, fontFamily: 'Noto Sans' }, [
    // No width on the padded boxes: the column stretches them, and width 100% plus padding pushed the text off the card.
    box({ flexDirection: 'column', flexGrow: 1, padding: '64px 72px 0' }, [
      box({ fontSize: 30, fontWeight: 700, color: COLOURS.band, textTransform: 'uppercase', letterSpacing: 2 }, card.label),
      box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, marginTop: 40 }, card.title),
      box({ fontSize: 34, lineHeight: 1.35, color: COLOURS.muted, marginTop: 28 }, fitSummary(card.summary)),
    ]),
    box({ background: COLOURS.band, color: COLOURS.onBand, fontSize: 30, fontWeight: 700, padding: '24px 72px' }, SITE_NAME),
  ]);
}

const version = (pkg: string): string => (JSON.parse(readFileSync(findPackageJSON(pkg, import.meta.url)!, 'utf8')) as { version: string }).version;

/** The versions of everything that draws a card, so an upgrade redraws them all. */
const RENDERERS = ['satori', '@resvg/resvg-wasm', 'sharp', '@fontsource/noto-sans'].map((pkg) => `${pkg}@${version(pkg)}`).join(' ');

/** The cache key of a card: its layout tree, the renderers and the format. */
export function cardKey(card: ShareCard): string {
  return createHash('sha256').update(JSON.stringify([CARD_FORMAT, RENDERERS, cardTree(card)])).digest('hex');
}

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadOnce() {
  fonts ??= (async () => {
    await initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    // The package's exports map only its CSS; the font files sit beside it.
    const root = dirname(require.resolve('@fontsource/noto-sans'));
    const file = (weight: number) => readFile(join(root, 'files', `noto-sans-latin-${weight}-normal.woff`));
    return [
      { name: 'Noto Sans', data: await file(400), weight: 400 as const, style: 'normal' as const },
      { name: 'Noto Sans', data: await file(700), weight: 700 as const, style: 'normal' as const },
    ];
  })();
  return fonts;
}

type Pixels = Uint8Array;
const { width: W, height: H } = OG_IMAGE;

/** Rasterises satori's SVG with resvg: RGBA pixels, premultiplied. */
function rasteriseSvg(svg: string): Pixels {
  // Free the WebAssembly objects at once: each holds a pixmap that the
  // garbage collector, seeing only small JS wrappers, releases late or never
  // (1,200 cards in a row reached 3.7 GB and crashed resvg).
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' } });
  const image = resvg.render();
  try {
    return image.pixels;
  } finally {
    image.free();
    resvg.free();
  }
}

/** Lays `tree` out with satori and rasterises it with resvg: RGBA pixels, premultiplied. */
export async function rasterise(tree: Node, width: number, height: number): Promise<Pixels> {
  return rasteriseSvg(await satori(tree as Parameters<typeof satori>[0], { width, height, fonts: await loadOnce() }));
}

/** One word (or space) of text as satori placed it, at its baseline. */
export interface TextRun {
  x: number;
  y: number;
  fontSize: number;
  fontWeight: number;
  letterSpacing: number;
  fill: string;
  /** The advance satori measured, so a mask is no wider than its word needs. */
  width: number;
  text: string;
}

const WEIGHTS: Record<string, number> = { normal: 400, bold: 700 };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) => text.replace(/&(#\d+|[a-z]+);/g, (e, name: string) => (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? e)));

/** The text runs of an SVG that satori wrote with `embedFont: false`: every <text> element, in order. */
export function textRuns(svg: string): TextRun[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attrs = '', content = '']) => {
    const attr = (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(attrs)?.[1];
    return {
      x: Number(attr('x')),
      y: Number(attr('y')),
      fontSize: Number(attr('font-size')),
      fontWeight: WEIGHTS[attr('font-weight') ?? 'normal'] ?? Number(attr('font-weight')),
      letterSpacing: Number(attr('letter-spacing') ?? 0),
      fill: attr('fill') ?? COLOURS.text,
      width: Number(attr('width')),
      text: unescape(content),
    };
  });
}

/**
 * The runs joined into the words a reader sees: satori splits `"café"` or
 * `trigger-point` into several runs, but draws each line as one path, kerned
 * across them. A word drawn whole keeps that kerning. Spaces are dropped.
 */
export function joinWords(runs: TextRun[]): TextRun[] {
  const words: TextRun[] = [];
  let joinable = false;
  for (const run of runs) {
    const last = words.at(-1);
    if (/\s/.test(run.text)) joinable = false;
    else if (joinable && last && last.y === run.y && last.fontSize === run.fontSize && last.fontWeight === run.fontWeight && last.fill === run.fill) {
      words[words.length - 1] = { ...last, text: last.text + run.text, width: run.x + run.width - last.x };
    } else {
      words.push(run);
      joinable = true;
    }
  }
  return words;
}

/** Where satori puts the runs of `tree`, without drawing a glyph (a few ms: layout and shaping only). */
async function layOut(tree: Node, width: number, height: number): Promise<TextRun[]> {
  return textRuns(await satori(tree as Parameters<typeof satori>[0], { width, height, fonts: await loadOnce(), embedFont: false }));
}

/**
 * A word's coverage, drawn once per shape and then reused: titles and
 * summaries share most of their words, so a card costs its layout, a few
 * copies and the encoding. Positions keep a quarter of a pixel, which the
 * eye cannot tell from satori's exact one.
 */
interface WordMask {
  /** Alpha, one byte a pixel. */
  alpha: Pixels;
  width: number;
  height: number;
  /** From the whole pixel left of and above the run's baseline origin to the mask's top left. */
  left: number;
  top: number;
}

const QUARTER = (n: number) => Math.round((n - Math.floor(n)) * 4) / 4;
const masks = new Map<string, Promise<WordMask>>();
/** A bound on the masks one thread keeps (about 20 KB each): past it they are drawn afresh. */
const MAX_MASKS = 20_000;

interface Placed {
  run: TextRun;
  /** The quarter-pixel fractions of its position. */
  dx: number;
  dy: number;
}

/** The masks of a card's words: those drawn before from the cache, the others drawn together. */
function masksFor(runs: TextRun[]): Promise<WordMask[]> {
  if (masks.size >= MAX_MASKS) masks.clear();
  const missing = new Map<string, Placed>();
  const keys = runs.map((run) => {
    const placed = { run, dx: QUARTER(run.x), dy: QUARTER(run.y) };
    const key = JSON.stringify([run.text, run.fontSize, run.fontWeight, run.letterSpacing, placed.dx, placed.dy]);
    if (!masks.has(key)) missing.set(key, placed);
    return key;
  });
  if (missing.size > 0) {
    const drawn = drawWordMasks([...missing.values()]);
    [...missing.keys()].forEach((key, i) => masks.set(key, drawn.then((all) => all[i]!)));
  }
  return Promise.all(keys.map((key) => masks.get(key)!));
}

/**
 * Draws words one to a row of one canvas: one layout and one rasterisation
 * however many words a card lacks, so a card never costs much more than
 * drawing it whole. Each word is moved, after layout, to its baseline and
 * fraction of a pixel: laid out in place it could wrap or shape differently.
 */
async function drawWordMasks(words: Placed[]): Promise<WordMask[]> {
  const rows = words.map(({ run }) => {
    // Room for accents above and descenders below the baseline, and for overhanging glyphs either side.
    const pad = Math.ceil(run.fontSize * 0.25) + 2;
    const above = Math.ceil(run.fontSize * 1.25) + 2;
    return { pad, above, width: Math.ceil(run.width + Math.abs(run.letterSpacing)) + 2 * pad, height: above + Math.ceil(run.fontSize * 0.5) + 2 };
  });
  const tops = rows.map((_, i) => rows.slice(0, i).reduce((sum, row) => sum + row.height, 0));
  const width = Math.max(...rows.map((row) => row.width));
  const height = tops.at(-1)! + rows.at(-1)!.height;
  // Only the coverage is kept, so the colour is any opaque one.
  const style = (run: TextRun) => ({ fontSize: run.fontSize, fontWeight: run.fontWeight, letterSpacing: run.letterSpacing, color: COLOURS.text, whiteSpace: 'pre', flexShrink: 0 });
  const tree = box({ width, height, flexDirection: 'column', fontFamily: 'Noto Sans' }, words.map(({ run }, i) => box({ ...style(run), height: rows[i]!.height }, run.text)));
  const laidOut = await layOut(tree, width, height);
  const origins = rows.map((row, i) => laidOut.find((r) => r.y >= tops[i]! && r.y < tops[i]! + row.height)!);
  const svg = await satori(tree as Parameters<typeof satori>[0], { width, height, fonts: await loadOnce() });
  // Satori draws each box's text as one path, in order.
  let i = 0;
  const moved = svg.replace(/<path [^>]*\/>/g, (path) => {
    const { x, y } = origins[i]!;
    const shift = { x: rows[i]!.pad + words[i]!.dx - x, y: tops[i]! + rows[i]!.above + words[i]!.dy - y };
    i++;
    return `<g transform="translate(${shift.x} ${shift.y})">${path}</g>`;
  });
  if (i !== words.length) throw new Error(`satori drew ${i} paths for ${words.length} words: og-image.ts expects one path a text box`);
  const pixels = rasteriseSvg(moved);
  return rows.map((row, r) => {
    const alpha = new Uint8Array(row.width * row.height);
    for (let y = 0; y < row.height; y++) for (let x = 0; x < row.width; x++) alpha[y * row.width + x] = pixels[((tops[r]! + y) * width + x) * 4 + 3]!;
    return { alpha, width: row.width, height: row.height, left: -row.pad, top: -row.above };
  });
}

/** The card without its label, title and summary: the same for every card, so drawn once a thread. */
let background: Promise<{ rgb: Pixels; runs: Set<string> }> | undefined;
const runKey = (r: TextRun) => JSON.stringify(r);

function backgroundOnce() {
  background ??= (async () => {
    const empty = cardTree({ page: '', image: '', label: '', title: '', summary: '' });
    const rgba = await rasterise(empty, W, H);
    const rgb = new Uint8Array(W * H * 3);
    for (let i = 0, j = 0; i < rgba.length; i += 4) {
      rgb[j++] = rgba[i]!;
      rgb[j++] = rgba[i + 1]!;
      rgb[j++] = rgba[i + 2]!;
    }
    return { rgb, runs: new Set(joinWords(await layOut(empty, W, H)).map(runKey)) };
  })();
  return background;
}

/**
 * Lays `mask` over `rgb` in colour `fill` (six hex digits after a hash, as satori writes them) with its baseline origin at (x, y).
 * Each channel becomes round((old × (255 − a) + colour × a) / 255), in integers: for a whole number n,
 * round(n / 255) is floor((n + 127) / 255), as 255 is odd and n / 255 never ends in .5. Most of a word's
 * pixels are empty or fully covered, and those skip the arithmetic (the first is the old colour, the second the new).
 */
export function paint(rgb: Pixels, mask: WordMask, fill: string, x: number, y: number): void {
  const [red, green, blue] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16)) as [number, number, number];
  const left = Math.floor(x) + mask.left;
  const top = Math.floor(y) + mask.top;
  // Only the part of the mask that lies on the card.
  const [fromRow, toRow] = [Math.max(0, -top), Math.min(mask.height, H - top)];
  const [fromCol, toCol] = [Math.max(0, -left), Math.min(mask.width, W - left)];
  for (let row = fromRow; row < toRow; row++) {
    let p = ((top + row) * W + left + fromCol) * 3;
    let m = row * mask.width + fromCol;
    for (let col = fromCol; col < toCol; col++, p += 3, m++) {
      const a = mask.alpha[m]!;
      if (a === 0) continue;
      if (a === 255) {
        rgb[p] = red;
        rgb[p + 1] = green;
        rgb[p + 2] = blue;
        continue;
      }
      const keep = 255 - a;
      rgb[p] = ((rgb[p]! * keep + red * a + 127) / 255) | 0;
      rgb[p + 1] = ((rgb[p + 1]! * keep + green * a + 127) / 255) | 0;
      rgb[p + 2] = ((rgb[p + 2]! * keep + blue * a + 127) / 255) | 0;
    }
  }
}

/**
 * Draws one card; a build draws each in the worker thread that renders its page.
 * Rasterising every glyph took 40 ms of CPU a card: now satori only lays the
 * text out, and each word's coverage, drawn once (masksFor), is laid on a
 * background drawn once.
 */
export async function drawCard(card: ShareCard): Promise<Uint8Array> {
  const { rgb: plain, runs: fixed } = await backgroundOnce();
  const rgb = plain.slice();
  const words = joinWords(await layOut(cardTree(card), W, H)).filter((run) => !fixed.has(runKey(run)));
  const wordMasks = await masksFor(words);
  words.forEach((run, i) => paint(rgb, wordMasks[i]!, run.fill, run.x, run.y));
  // The card is opaque: RGB, no adaptive filtering (flat colours gain nothing from it), and zlib level 3: the same
  // pixels as level 6 in about 60% of the time, 16% larger (38 → 44 KiB), and only crawlers fetch a card.
  return sharp(rgb, { raw: { width: W, height: H, channels: 3 } }).png({ compressionLevel: 3, adaptiveFiltering: false }).toBuffer();
}

/** The card's PNG, from the cache folder when an identical card was drawn before, else drawn by `draw`. */
export async function renderCardPng(card: ShareCard, cacheDir: string, draw = drawCard): Promise<Uint8Array> {
  const file = join(cacheDir, `${cardKey(card)}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await draw(card);
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so a build stopped halfway never leaves a torn image to be reused.
    writeFileSync(`${file}.${process.pid}.tmp`, png);
    renameSync(`${file}.${process.pid}.tmp`, file);
    return png;
  }
}
