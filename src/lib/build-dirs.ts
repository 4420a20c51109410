/**
 * Where the build keeps what it can reuse. The bad-content tests and the
 * scale benchmark point ASTRO_CACHE_DIR at a folder of their own, so their
 * builds never read or spoil the real one.
 */
import { join } from 'node:path';

export const CACHE_DIR = process.env['ASTRO_CACHE_DIR'] ?? './node_modules/.astro';
/** Drawn share images, by content hash (src/lib/og-image.ts). */
export const SHARE_IMAGE_CACHE = join(CACHE_DIR, 'share-images');
