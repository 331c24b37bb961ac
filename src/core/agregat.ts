// One value for a period from quarterly (or monthly) values (DESIGN §3 AGREGAT).
import { cleanDouble } from "./number";

/**
 * kumulatif: the sum of per-quarter values; akhir: the last filled value (for to-date "s.d. TW"
 * series); rata: the mean of filled values; maks: the largest.
 */
export type MetodeAgregat = "kumulatif" | "akhir" | "rata" | "maks";

export const METODE_AGREGAT: MetodeAgregat[] = ["kumulatif", "akhir", "rata", "maks"];

const ALIASES: Record<string, MetodeAgregat> = {
  kumulatif: "kumulatif",
  jumlah: "kumulatif",
  total: "kumulatif",
  akhir: "akhir",
  terakhir: "akhir",
  rata: "rata",
  "rata-rata": "rata",
  ratarata: "rata",
  maks: "maks",
  max: "maks",
  maksimum: "maks",
  tertinggi: "maks",
};

/** Reads a method name case-insensitively, with its aliases; null when it is none of them. */
export function parseMetode(text: string | null): MetodeAgregat | null {
  if (text === null) return null;
  const key = text.trim().toLowerCase().replace(/\s+/g, "-");
  // Own keys only: "constructor" or "toString" in a cell is not a method.
  return Object.prototype.hasOwnProperty.call(ALIASES, key) ? ALIASES[key] : null;
}

/** Empty entries (null) are skipped, never counted as 0; null when nothing is filled. */
export function agregat(values: (number | null)[], metode: MetodeAgregat): number | null {
  const filled = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (filled.length === 0) return null;
  switch (metode) {
    case "kumulatif":
      return cleanDouble(filled.reduce((a, b) => a + b, 0));
    case "akhir":
      return filled[filled.length - 1];
    case "rata":
      return cleanDouble(filled.reduce((a, b) => a + b, 0) / filled.length);
    case "maks":
      return Math.max(...filled);
  }
}
