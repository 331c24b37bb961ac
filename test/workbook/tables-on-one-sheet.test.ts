// Several tables on one sheet: the title line of the next table ("REALISASI ANGGARAN PER JENIS
// BELANJA") ends the table above it and becomes the next table's title; it is never a section
// row of the table above. Figures from the LKjIP 2025 of Bapas Kelas II Magelang.
import type { CellValue, DetectedTable } from "../../src/core/model";
import { detectTables } from "../../src/workbook/detect/tables";
import { buildModel } from "../../src/workbook/read-model";
import { I, num, sheet, type SheetOptions } from "./grids";

const KEGIATAN: CellValue[][] = [
  ["REALISASI ANGGARAN BALAI PEMASYARAKATAN KELAS II MAGELANG TAHUN 2025"],
  [],
  ["No", "Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "%"],
  [1, "Layanan Dukungan Manajemen Internal", 3190965000, 3125996383, 97.96],
  [2, "Layanan Bimbingan Kemasyarakatan", 1183108000, 691029329, 58.41],
  ["", "TOTAL", 4374073000, 3817025712, 87.26],
];
const JENIS_HEADER: CellValue[] = ["No", "Jenis Belanja", "Pagu", "Realisasi", "%"];
const JENIS_ROWS: CellValue[][] = [
  [1, "51 Belanja Pegawai", 3190965000, 3125996383, 97.96],
  [2, "52 Belanja Barang", 1183108000, 691029329, 58.41],
];
const TITLE = "REALISASI ANGGARAN PER JENIS BELANJA TAHUN 2025";

/** [name, rows, options, title lines the second table must have] */
const CASES: [string, CellValue[][], SheetOptions, string[]][] = [
  ["a blank row, then the title in column A", [...KEGIATAN, [], [TITLE], JENIS_HEADER, ...JENIS_ROWS], {}, [TITLE]],
  ["the title merged across, right under the TOTAL row", [...KEGIATAN, [TITLE], JENIS_HEADER, ...JENIS_ROWS], { merges: ["A7:E7"] }, [TITLE]],
  ["a blank row, then the title in the label column", [...KEGIATAN, [], [null, TITLE], JENIS_HEADER, ...JENIS_ROWS], {}, [TITLE]],
  ["the title, then a blank row, then the header", [...KEGIATAN, [], [TITLE], [], JENIS_HEADER, ...JENIS_ROWS], {}, [TITLE]],
  [
    "two title lines",
    [...KEGIATAN, [], ["REALISASI ANGGARAN PER JENIS BELANJA"], ["TAHUN ANGGARAN 2025"], JENIS_HEADER, ...JENIS_ROWS],
    {},
    ["REALISASI ANGGARAN PER JENIS BELANJA", "TAHUN ANGGARAN 2025"],
  ],
];

describe.each(CASES)("a second table under %s", (_name, rows, opts, title) => {
  const tables = detectTables([sheet("Anggaran", rows, opts)]);
  const [first, second] = tables as [DetectedTable, DetectedTable];

  test("the first table ends at its TOTAL row, without a section row", () => {
    expect(tables).toHaveLength(2);
    expect(first.rows.map((r) => [r.row, r.kind, r.section])).toEqual([
      [3, "data", null],
      [4, "data", null],
      [5, "total", null],
    ]);
  });

  test("the title line is the second table's title", () => {
    expect(second.title).toEqual(title);
    expect(second.rows.map((r) => r.kind)).toEqual(["data", "data"]);
  });

  test("the model: the kegiatan lines and the jenis belanja lines, each once", () => {
    const m = buildModel([sheet("Anggaran", rows, opts)]);
    expect(m.anggaran.map((a) => [a.kind, a.uraian, num(a.pagu), a.tahun])).toEqual([
      ["kegiatan", "Layanan Dukungan Manajemen Internal", 3190965000, 2025],
      ["kegiatan", "Layanan Bimbingan Kemasyarakatan", 1183108000, 2025],
      ["jenis-belanja", "51 Belanja Pegawai", 3190965000, 2025],
      ["jenis-belanja", "52 Belanja Barang", 1183108000, 2025],
    ]);
  });
});

describe("lone lines that stay in their table", () => {
  test("a section label over more rows of the table", () => {
    const [t] = detectTables([
      sheet("Capaian", [
        ["No", "Indikator Kinerja", "Target", "Realisasi"],
        ["TAHUN 2024"],
        [1, I.tahanan, "5%", "2%"],
        ["TAHUN 2025"],
        [1, I.tahanan, "2,5%", "2%"],
      ]),
    ]);
    expect(t.rows.map((r) => [r.kind, r.section])).toEqual([
      ["section", "TAHUN 2024"],
      ["data", "TAHUN 2024"],
      ["section", "TAHUN 2025"],
      ["data", "TAHUN 2025"],
    ]);
  });

  test("an indicator without figures yet, right under the rows in its own column", () => {
    const tables = detectTables([
      sheet("Capaian", [
        ["No", "Indikator Kinerja", "Target", "Realisasi"],
        [1, I.tahanan, "2,5%", "2%"],
        [null, I.abh],
        ["No", "Indikator Kinerja", "Target Renstra 2029"],
        [1, I.tahanan, "4,5%"],
      ]),
    ]);
    expect(tables.map((t) => t.rows.length)).toEqual([2, 1]);
    expect(tables[0].rows[1].texts[1]).toBe(I.abh);
  });
});
