// Matching activity names written by hand in different tables: "Dukungan Manajemen dan Teknis
// Lainnya UPT Pemasyarakatan" and "… UPT Pemasarakatan" are the same kegiatan; a Rencana Aksi
// cell "1. Bimbingan … 2. Pengawasan …" names two.

/** Lower case, no numbering, punctuation or repeated spaces. */
export function normalizeNama(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*(?:\d+|[a-z])[.)]\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Same name up to small typing differences (one or two letters in a long name). */
export function samaNama(a: string, b: string): boolean {
  const na = normalizeNama(a);
  const nb = normalizeNama(b);
  if (na === "" || nb === "") return false;
  if (na === nb) return true;
  const longest = Math.max(na.length, nb.length);
  return longest >= 12 && levenshtein(na, nb) / longest <= 0.1;
}

/** The separate items of a cell that lists several ("1. A 2. B", lines, "; ", bullets). */
export function splitItems(text: string): string[] {
  return text
    .split(/\r?\n|;|•|(?:^|\s)\d+[.)]\s+/)
    .map((s) => s.replace(/^\s*[-–]\s*/, "").replace(/\s+/g, " ").trim())
    .filter((s) => s !== "");
}

/** Whether a user's activity item refers to the budget name: same name, or one contains the other. */
export function menyebut(item: string, nama: string): boolean {
  if (samaNama(item, nama)) return true;
  const a = normalizeNama(item);
  const b = normalizeNama(nama);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 12 && ` ${long} `.includes(` ${short} `);
}
