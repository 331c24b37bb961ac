// Several indicators in one cell ("1. Persentase … 2. Persentase …") with their targets in the
// next cell ("2,5% 75%" or one per line). The items are split together, so each indicator
// keeps the target written in the same position.

const ENUMERATOR = /(?:^|\s)(\d{1,2})[.)](?=\s)/g;

/**
 * The items of an enumerated cell when it numbers them 1, 2, 3 …; null when the cell is not an
 * enumeration of at least two items. A single "1. Persentase …" is not split (see stripEnumerator).
 */
export function splitEnumerated(text: string): string[] | null {
  if (text.length < 6) return null;
  const cuts: { at: number; end: number }[] = [];
  let expect = 1;
  ENUMERATOR.lastIndex = 0;
  for (let m = ENUMERATOR.exec(text); m; m = ENUMERATOR.exec(text)) {
    if (Number(m[1]) !== expect) continue;
    cuts.push({ at: m.index, end: m.index + m[0].length });
    expect++;
  }
  if (cuts.length < 2 || text.slice(0, cuts[0].at).trim() !== "") return null;
  const items: string[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const item = text.slice(cuts[i].end, i + 1 < cuts.length ? cuts[i + 1].at : text.length).trim();
    if (item === "") return null;
    items.push(item);
  }
  return items;
}

const LINES = /\r?\n+/;
const STARTS_VALUE = /^(?:[-+−]?\d|rp\.?$|rp\.?\d|n\/a$|-$|nan$)/i;
const LEADING_ENUM = /^\d{1,2}[.)]$/;

/**
 * Splits a cell holding several values ("80% 70%", "1 Layanan 4 Dokumen", one per line,
 * "1. 80% 2. 70%") into exactly `n` pieces; null when it does not hold `n` values.
 */
export function splitValues(text: string, n: number): string[] | null {
  const enumerated = splitEnumerated(text);
  if (enumerated) return enumerated.length === n ? enumerated : null;
  const lines = text
    .split(LINES)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length === n) return lines;
  const pieces: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (token === "" || LEADING_ENUM.test(token)) continue;
    if (STARTS_VALUE.test(token) || pieces.length === 0) {
      // "Rp" starts a value; the number after it belongs to the same piece.
      const prev = pieces[pieces.length - 1];
      if (prev !== undefined && /^rp\.?$/i.test(prev)) pieces[pieces.length - 1] = `${prev} ${token}`;
      else pieces.push(token);
    } else {
      pieces[pieces.length - 1] += ` ${token}`;
    }
  }
  return pieces.length === n ? pieces : null;
}
