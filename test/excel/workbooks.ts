// Grids shaped like the reference reports, for the Office.js gateway tests.
import type { Grid } from "../../src/workbook/grid";

/** "Capaian 2023" of a Bapas report: a merged title, two-row header, percent formats, formulas. */
export function capaianGrid(name = "Capaian 2023"): Grid {
  return {
    name,
    values: [
      ["PENGUKURAN KINERJA BAPAS KELAS I MAGELANG TAHUN 2023"],
      ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian"],
      [1, "Meningkatnya kualitas pembimbingan", "Persentase Litmas tepat waktu", 0.9, 0.95, 0.95 / 0.9],
      [2, null, "Indeks kepuasan layanan", 3.5, 3.6, 3.6 / 3.5],
      [null, null, "=teks ditulis pengguna", "#DIV/0!", true, null],
    ],
    formats: [[], [], [null, null, null, "0.00%", "0.00%", "0.00%"], [null, null, null, "0.0", null, "0.00%"], []],
    formulas: [[], [], [null, null, null, null, null, "=E3/D3"], [null, null, null, null, null, "=E4/D4"], []],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ],
  };
}

/** A budget sheet whose table starts at C3 (two empty rows and columns before it). */
export function anggaranGrid(name = "Anggaran"): Grid {
  return {
    name,
    values: [[], [], [null, null, "Kegiatan", "Pagu", "Realisasi"], [null, null, "Layanan Pembimbingan Klien", 4327073000, 4215829464]],
    formats: [[], [], [], [null, null, null, '"Rp" #,##0', '"Rp" #,##0']],
    merges: [],
  };
}

/**
 * A grid's content cell by cell ("D3" → value, format, formula), with its name, merges and
 * hidden flag: two grids with the same content compare equal whatever their array shapes.
 */
export function content(g: Grid): { name: string; hidden: boolean; merges: Grid["merges"]; cells: Record<string, unknown> } {
  const cells: Record<string, unknown> = {};
  const rows = Math.max(g.values.length, g.formulas?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(g.values[r]?.length ?? 0, g.formulas?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const v = g.values[r]?.[c] ?? null;
      const f = g.formulas?.[r]?.[c] ?? null;
      if (v === null && f === null) continue;
      const fmt = g.formats?.[r]?.[c] ?? null;
      cells[`${String.fromCharCode(65 + c)}${r + 1}`] = { v, fmt: fmt === "General" ? null : fmt, f };
    }
  }
  return { name: g.name, hidden: g.hidden === true, merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left), cells };
}
