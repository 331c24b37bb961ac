// Budget rules: sisa-mismatch, realisasi-exceeds-pagu, serapan-low, persen-mismatch, total-mismatch.
import type { CellValue } from "../../src/core/model";
import { anggaranLine, check, fig, table, where } from "./builders";
import { anggaranDuaTahun, anggaranOutput, jenisBelanja } from "./reference";

/** A NO | KEGIATAN | PAGU | BLOKIR | REALISASI | SISA | SERAPAN table (header row 1). */
function budget(rows: CellValue[][]) {
  return table(
    "Anggaran",
    "anggaran",
    [
      { role: "no" },
      { role: "kegiatan" },
      { role: "pagu" },
      { role: "blokir" },
      { role: "realisasi-anggaran", label: "REALISASI" },
      { role: "sisa" },
      { role: "serapan", label: "SERAPAN" },
    ],
    rows,
  );
}

const KEGIATAN = "Penyelenggaraan Pemasyarakatan di Wilayah";

describe("sisa-mismatch", () => {
  it("accepts pagu − realisasi, and pagu − blokir − realisasi where blokir is given", () => {
    expect(check({ tables: [budget([[1, KEGIATAN, "215.828.000", null, "182.572.600", "33.255.400", "84,59%"]])] }, { periode: "TW3" })).toEqual([]);
    // Pagu revisi 4.374.073.000 with blokir 402.846.000: both readings of sisa occur.
    const both = budget([
      [1, KEGIATAN, "4.374.073.000", "402.846.000", "3.831.896.908", "542.176.092", "87,6%"],
      [2, KEGIATAN, "4.374.073.000", "402.846.000", "3.831.896.908", "139.330.092", "87,6%"],
    ]);
    expect(check({ tables: [both] }, { periode: "TW3" })).toEqual([]);
  });

  it("flags a sisa that is neither, at its cell", () => {
    const f = check({ tables: [budget([[1, KEGIATAN, "215.828.000", null, "182.572.600", "33.255.500", "84,59%"]])] }, { periode: "TW3" });
    expect(f).toEqual([expect.objectContaining({ rule: "sisa-mismatch", severity: "error", cell: "F2", expected: "33.255.400", actual: "33.255.500" })]);
  });

  it("flags a model line's sisa", () => {
    const line = anggaranLine({
      uraian: KEGIATAN,
      ref: { sheet: "SAKIP Anggaran", cell: "C2" },
      pagu: fig(215828000, "SAKIP Anggaran!J2"),
      realisasi: fig(182572600, "SAKIP Anggaran!P2"),
      sisa: fig(33255500, "SAKIP Anggaran!Q2"),
    });
    expect(where(check({ anggaran: [line] }, { periode: "TW3" }))).toEqual(["SAKIP Anggaran!Q2"]);
  });
});

describe("realisasi-exceeds-pagu", () => {
  it("flags realisasi above pagu at the realisasi cell, not realisasi equal to it", () => {
    const f = check({
      tables: [
        budget([
          [1, KEGIATAN, "350.000.000", null, "362.500.000", "-12.500.000", "103,57%"],
          [2, KEGIATAN, "17.607.000", null, "17.607.000", "0", "100%"],
        ]),
      ],
    });
    expect(f).toEqual([
      expect.objectContaining({ rule: "realisasi-exceeds-pagu", severity: "error", cell: "E2", actual: "362.500.000", expected: "≤ 350.000.000" }),
    ]);
  });
});

describe("serapan-low", () => {
  it("notes year-end serapan under 90% at the serapan cell, only at year end", () => {
    const t = budget([[1, KEGIATAN, "18.278.000", null, "6.737.000", "11.541.000", "36,86%"]]);
    expect(check({ tables: [t] })).toEqual([expect.objectContaining({ rule: "serapan-low", severity: "info", cell: "G2", actual: "36,86%" })]);
    expect(check({ tables: [t] }, { periode: "TW4" })).toHaveLength(1);
    expect(check({ tables: [t] }, { periode: "S1" })).toEqual([]);
  });

  it("notes it at the realisasi when no serapan is stated, and not at 90% itself", () => {
    const t = table("Anggaran", "anggaran", [{ role: "kegiatan" }, { role: "pagu" }, { role: "realisasi-anggaran" }], [
      [KEGIATAN, "1.000.000", "899.999"],
      [KEGIATAN, "1.000.000", "900.000"],
    ]);
    expect(where(check({ tables: [t] }))).toEqual(["Anggaran!C2"]);
  });
});

describe("persen-mismatch", () => {
  it("accepts serapan in points at the precision written (84.59 and 84.6 for 84,591%)", () => {
    expect(check({ tables: [anggaranOutput()] }, { periode: "TW3" })).toEqual([]);
    const t = budget([[1, KEGIATAN, "215.828.000", null, "182.572.600", null, "84,6%"]]);
    expect(check({ tables: [t] }, { periode: "TW3" })).toEqual([]);
  });

  it("flags a serapan that is not realisasi / pagu", () => {
    const t = budget([[1, KEGIATAN, "1.120.000.000", null, "1.064.560.000", "55.440.000", "95,95%"]]);
    expect(check({ tables: [t] })).toEqual([
      expect.objectContaining({ rule: "persen-mismatch", severity: "error", cell: "G2", expected: "95,05%", actual: "95,95%" }),
    ]);
  });

  it("checks a TOTAL row's serapan as the ratio of the totals", () => {
    expect(check({ tables: [anggaranDuaTahun()] }, { periode: "TW3" })).toEqual([]);
    const f = check({ tables: [anggaranDuaTahun({ serapanTotal2025: "97.03" })] }, { periode: "TW3" });
    expect(f).toEqual([expect.objectContaining({ rule: "persen-mismatch", cell: "H4", expected: "96,49%" })]);
  });

  it("takes 'nan %' for 0/0 as no value and '0,00 %' for 0/0 as right", () => {
    expect(check({ tables: [jenisBelanja()] }, { periode: "TW3" })).toEqual([]);
  });

  it("checks per-unit RB capaian as realisasi / target", () => {
    const rb = (capaian: string) =>
      table(
        "RB per UPT",
        "per-unit",
        [
          { role: "unit" },
          { role: "target", periode: "B03" },
          { role: "realisasi", periode: "B03" },
          { role: "capaian", periode: "B03" },
          { role: "target", periode: "B06" },
          { role: "realisasi", periode: "B06" },
          { role: "capaian", periode: "B06" },
        ],
        [
          ["Lapas Kelas I Semarang", 36, 36, "100%", 72, 70, "97,22%"],
          ["Bapas Kelas II Pati", 30, 30, "100%", 60, 57, capaian],
        ],
      );
    expect(check({ tables: [rb("95%")] })).toEqual([]);
    expect(check({ tables: [rb("95,5%")] })).toEqual([expect.objectContaining({ rule: "persen-mismatch", cell: "G3", expected: "95,0%" })]);
  });

  it("checks a share of the column total", () => {
    const t = (persen: string) =>
      table("Komposisi", "anggaran", [{ role: "jenis-belanja" }, { role: "pagu" }, { role: "persen", label: "% dari total" }], [
        ["51 Belanja Pegawai", "3.190.965.000", "72,95%"],
        ["52 Belanja Barang", "1.183.108.000", persen],
        ["TOTAL", "4.374.073.000", "100%"],
      ]);
    expect(check({ tables: [t("27,05%")] })).toEqual([]);
    expect(where(check({ tables: [t("28,05%")] }))).toEqual(["Komposisi!C3"]);
  });

  it("flags a model line's serapan", () => {
    const line = anggaranLine({
      uraian: KEGIATAN,
      ref: { sheet: "SAKIP Anggaran", cell: "C2" },
      pagu: fig(1120000000, "SAKIP Anggaran!J2"),
      realisasi: fig(1064560000, "SAKIP Anggaran!P2"),
      serapanStated: fig(0.9595, "SAKIP Anggaran!R2", { format: "0.00%" }),
    });
    expect(where(check({ anggaran: [line] }))).toEqual(["SAKIP Anggaran!R2"]);
  });
});

describe("total-mismatch", () => {
  it("accepts TOTAL rows that sum their rows", () => {
    expect(check({ tables: [anggaranDuaTahun()] }, { periode: "TW3" })).toEqual([]);
  });

  it("flags a TOTAL cell that is not the sum, at that cell", () => {
    const f = check({ tables: [anggaranDuaTahun({ total2025: "3.971.227.001", serapanTotal2025: "96.49" })] }, { periode: "TW3" });
    expect(f).toEqual([
      expect.objectContaining({ rule: "total-mismatch", severity: "error", cell: "F4", expected: "3.971.227.000", actual: "3.971.227.001" }),
    ]);
  });

  it("sums each section on its own", () => {
    const t = (total2023: string) =>
      table(
        "Anggaran 2022-2023",
        "anggaran",
        [{ role: "no" }, { role: "jenis-belanja" }, { role: "pagu" }, { role: "realisasi-anggaran" }, { role: "sisa" }, { role: "serapan", points: true }],
        [
          { kind: "section", cells: ["TAHUN 2022"] },
          [1, "Belanja Pegawai", "8.215.430.000", "8.102.118.450", "113.311.550", "98.62"],
          [2, "Belanja Barang", "3.104.870.000", "2.987.412.300", "117.457.700", "96.22"],
          [3, "Belanja Modal", "412.500.000", "405.760.000", "6.740.000", "98.37"],
          ["TOTAL", null, "11.732.800.000", "11.495.290.750", "237.509.250", "97.98"],
          { kind: "section", cells: ["TAHUN 2023"] },
          [1, "Belanja Pegawai", "8.640.112.000", "8.598.341.220", "41.770.780", "99.52"],
          [2, "Belanja Barang", "3.388.950.000", "3.301.276.880", "87.673.120", "97.41"],
          [3, "Belanja Modal", "285.000.000", "284.150.000", "850.000", "99.70"],
          ["TOTAL", null, total2023, "12.183.768.100", "130.293.900", "98.94"],
        ],
      );
    expect(check({ tables: [t("12.314.062.000")] })).toEqual([]);
    expect(where(check({ tables: [t("24.046.862.000")] }), "total-mismatch")).toEqual(["Anggaran 2022-2023!C11"]);
  });

  it("accepts a grand total of subtotals", () => {
    const t = table("Anggaran", "anggaran", [{ role: "kegiatan" }, { role: "pagu" }], [
      ["Kegiatan A", "100"],
      ["Kegiatan B", "200"],
      ["Jumlah program 1", "300"],
      ["Kegiatan C", "50"],
      ["Jumlah program 2", "50"],
      ["TOTAL", "350"],
    ]);
    expect(check({ tables: [t] })).toEqual([]);
  });

  /** Unit | Belanja Pegawai | Belanja Barang | Belanja Modal | Total Pagu (header row 1). */
  const perUnit = (totals: string[]) =>
    table(
      "Anggaran per UPT",
      "per-unit",
      [{ role: "unit" }, { role: "pagu", label: "Belanja Pegawai" }, { role: "pagu", label: "Belanja Barang" }, { role: "pagu", label: "Belanja Modal" }, { role: "total", label: "Total Pagu", money: true }],
      [
        ["Bapas Kelas II Magelang", "3.190.965.000", "1.183.108.000", "0", totals[0]],
        ["Rutan Kelas IIB Purworejo", "4.327.073.000", "1.284.708.000", "0", totals[1]],
      ],
    );

  it("checks a row total against Pegawai + Barang + Modal", () => {
    expect(check({ tables: [perUnit(["4.374.073.000", "5.611.781.000"])] })).toEqual([]);
    const f = check({ tables: [perUnit(["4.374.073.000", "5.611.871.000"])] });
    expect(f).toEqual([expect.objectContaining({ rule: "total-mismatch", cell: "E3", expected: "5.611.781.000" })]);
    expect(f[0].message).toContain("Belanja Pegawai + Belanja Barang + Belanja Modal");
  });

  it("does not invent a row-total structure the table does not have", () => {
    const t = table("Rekap", "anggaran", [{ role: "kegiatan" }, { role: "pagu", label: "Pagu Awal" }, { role: "pagu", label: "Pagu Revisi" }, { role: "total", label: "Jumlah", money: true }], [
      [KEGIATAN, "4.327.073.000", "4.374.073.000", "4.374.073.000"],
      [KEGIATAN, "484.708.000", "215.828.000", "215.828.000"],
    ]);
    expect(where(check({ tables: [t] }), "total-mismatch")).toEqual([]);
  });
});
