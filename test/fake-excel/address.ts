// Addresses as Excel parses and prints them, written independently of src/ so the fake does
// not share a bug with the code it tests. Rectangles are 0-based and inclusive.
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;
export const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };

export function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

type Part = { row: number | null; col: number | null };

function part(text: string): Part | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) - 1 : null;
  const col = m[1] ? colIndex(m[1]) : null;
  if ((row !== null && (row < 0 || row > MAX_ROW)) || (col !== null && col > MAX_COL)) return null;
  return { row, col };
}

/** "B2", "B2:D5", "A:C" (whole columns), "3:7" (whole rows); an optional "Sheet!" prefix is dropped. */
export function parseAddress(address: string): Rect | null {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [a, b = a, extra] = local.split(":");
  if (extra !== undefined) return null;
  const p = part(a.trim());
  const q = part(b.trim());
  if (!p || !q) return null;
  const bothCells = p.row !== null && p.col !== null && q.row !== null && q.col !== null;
  const columns = p.row === null && q.row === null && p.col !== null && q.col !== null && local.includes(":");
  const rows = p.col === null && q.col === null && p.row !== null && q.row !== null && local.includes(":");
  if (bothCells) {
    return {
      top: Math.min(p.row!, q.row!),
      left: Math.min(p.col!, q.col!),
      bottom: Math.max(p.row!, q.row!),
      right: Math.max(p.col!, q.col!),
    };
  }
  if (columns) return { top: 0, left: Math.min(p.col!, q.col!), bottom: MAX_ROW, right: Math.max(p.col!, q.col!) };
  if (rows) return { top: Math.min(p.row!, q.row!), left: 0, bottom: Math.max(p.row!, q.row!), right: MAX_COL };
  return null;
}

export function cellAddress(row: number, col: number): string {
  return `${letters(col)}${row + 1}`;
}

export function rectAddress(r: Rect): string {
  const tl = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellAddress(r.bottom, r.right)}`;
}

/** Excel quotes a sheet name in an address unless it is letters, digits and underscores. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

export function cellsIn(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
