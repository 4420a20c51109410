/**
 * Characters a reader cannot see but that change what they read: bidirectional
 * controls reorder text ("elbats ton" in the source shows as "not stable"), and
 * zero-width characters split or join words invisibly. Titles, summaries and
 * headings may not hold them, so a page reads as its source does.
 */
const INVISIBLE: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** The first invisible character in a text, as "U+202E (RIGHT-TO-LEFT OVERRIDE)", or undefined. */
export function invisibleCharacter(text: string): string | undefined {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const name = INVISIBLE[code];
    if (name) return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${name})`;
  }
  return undefined;
}

/** The message for a text holding one, naming where it is and the fix. */
export const invisibleCharacterMessage = (where: string, char: string) =>
  `${where} holds ${char}, an invisible character that makes the page read differently from its source: delete it (retype the text around it if you cannot see it)`;
