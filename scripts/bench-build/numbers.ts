/** How the bench prints a number: grouped, with a fixed count of decimals, right-aligned in its column. */
export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const pad = (s: string, n: number) => s.padStart(n);
