/**
 * A worker thread that draws share cards. Drawing is CPU-bound (about 12 ms a
 * card), and Astro renders pages on one thread: the pool lets every core draw
 * while the main thread goes on with other pages.
 */
import { drawCard } from './og-image.ts';

export default drawCard;
