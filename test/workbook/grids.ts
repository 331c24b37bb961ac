// Inline grids for the reader's tests: rows as arrays from A1, merges as A1 ranges.
import type { CellValue, Figure } from "../../src/core/model";
import type { Grid, MergeRange } from "../../src/workbook/grid";
import { parseA1 } from "../../src/workbook/a1";

export function range(a1: string): MergeRange {
  const [from, to] = a1.split(":");
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  if (!a || !b) throw new Error(`bad range ${a1}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export interface SheetOptions {
  merges?: string[];
  /** Number formats by A1 address. */
  formats?: Record<string, string>;
  /** Formulas by A1 address. */
  formulas?: Record<string, string>;
  hidden?: boolean;
}

export function sheet(name: string, rows: CellValue[][], opts: SheetOptions = {}): Grid {
  const g: Grid = { name, values: rows, merges: (opts.merges ?? []).map(range) };
  const fill = (src: Record<string, string> | undefined): (string | null)[][] | undefined => {
    if (!src) return undefined;
    const out: (string | null)[][] = rows.map((r) => r.map(() => null));
    for (const [addr, v] of Object.entries(src)) {
      const at = parseA1(addr);
      if (!at) throw new Error(`bad address ${addr}`);
      while (out.length <= at.row) out.push([]);
      out[at.row][at.col] = v;
    }
    return out;
  };
  g.formats = fill(opts.formats);
  g.formulas = fill(opts.formulas);
  if (opts.hidden) g.hidden = true;
  return g;
}

/** The number of a figure, or null when it has none. */
export function num(f: Figure | null | undefined): number | null {
  return f && f.status === "ok" ? f.value : null;
}

export function near(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** Reference-shaped wording, used across the tests. */
export const S = {
  pendampingan: "Meningkatnya Pelaksanaan Pendampingan dalam Proses Peradilan dan di luar Peradilan",
  siap: "Meningkatnya klien pemasyarakatan yang sudah siap bermasyarakat",
  rb: "Meningkatnya Pelaksanaan Reformasi Birokrasi di Lingkup UPT Pemasyarakatan",
};
export const I = {
  tahanan: "Persentase Tahanan yang mendapatkan pendampingan",
  abh: "Persentase Anak yang Berkonflik dengan Hukum (ABH) yang mendapatkan pendampingan",
  siap: "Persentase klien pemasyarakatan yang siap bermasyarakat",
  rb: "Prosentase Pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup UPT Pemasyarakatan",
  ikm: "Indeks Kepuasan Unit Kerja Lingkup UPT Pemasyarakatan terhadap Layanan Kesekretariatan",
};
