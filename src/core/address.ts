/** Column number (1-based) to letters: 1 → "A", 28 → "AB". */
export function columnLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 1-based sheet row and column: (31, 3) → "C31". */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** A1 range of a rectangle: a1Range(1, 1, 60, 4) → "A1:D60". */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/** Parses "C31" or "$C$31" into a 1-based row and column; null for anything else. */
export function parseA1(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
