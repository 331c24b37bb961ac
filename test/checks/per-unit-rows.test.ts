// A Kanwil's per-unit table whose cell lists two indicators: each split row is judged with its
// own indicator — the model keys a UPT's indicator with its unit ("<wording> | <unit>"), so the
// row is looked up with the row's unit too, not by its wording alone.
import type { CellValue } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { runChecks } from "../../src/checks";
import { buildModel } from "../../src/workbook/read-model";
import { sheet } from "../workbook/grids";

const TWO = "1. Persentase layanan yang diselesaikan tepat waktu 2. Persentase residivis (berlaku terbalik)";

function kanwil(rows: CellValue[][]) {
  const g = sheet("Kinerja UPT", [
    ["KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN JAWA TENGAH"],
    ["CAPAIAN KINERJA UPT TAHUN 2025"],
    [],
    ["No", "Unit Kerja", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
    ...rows,
  ]);
  return runChecks(buildModel([g], DEFAULT_SETTINGS), DEFAULT_SETTINGS);
}

describe("a cell of two indicators in a per-unit table", () => {
  it.each([
    // The residivis rate is negative by its own words: (2 × 10% − 8%) / 10% = 120%, not 8% / 10%.
    ["80%", [["capaian-mismatch", "F5", "Capaian tertulis 80%, hasil hitung 120% ((2 × target 10% − realisasi 8%) / target 10%, polaritas negatif)."]]],
    ["120%", []],
  ])("judges the second indicator's capaian %s by its own (negative) polarity", (stated, want) => {
    const f = kanwil([
      [1, "Bapas Kelas II Magelang", TWO, "80% 10%", "80% 8%", `100% ${stated}`],
      [2, "Bapas Kelas II Pati", TWO, "80% 10%", "80% 8%", "100% 120%"],
    ]);
    expect(f.map((x) => [x.rule, x.cell, x.message])).toEqual(want);
  });
});
