import type { AnggaranLine } from "../../src/core/model";
import { planInputSheets } from "../../src/workbook/sheets";
import { JENIS_ANGGARAN_CHOICES, SHEET } from "../../src/workbook/sheets/layout";
import { anggaranLine, byName, cell, fig, model, ref, refHeaders, refsOf, settings } from "./build";

const anggaranOf = (lines: AnggaranLine[]) => byName(planInputSheets(model({ anggaran: lines }), settings()), SHEET.anggaran);

/** The realisasi anggaran table of the LKjIP 2025 (per output), and last year's programme figures. */
const OUTPUTS: [string, string, string, string, string, string][] = [
  ["Penyelenggaraan Pemasyarakatan di Wilayah", "Fasilitas dan Pembinaan Masyarakat", "200 Orang", "184 Orang", "215.828.000", "182.572.600"],
  ["Dukungan Manajemen dan Teknis Lainnya UPT Pemasyarakatan", "Layanan Dukungan Manajemen Internal", "4 Layanan", "4 Layanan", "3.719.514.000", "3.625.133.308"],
  ["Dukungan Manajemen dan Teknis Lainnya UPT Pemasyarakatan", "Layanan Manajemen SDM Internal", "39 Orang", "39 Orang", "17.607.000", "17.454.000"],
  ["Dukungan Manajemen dan Teknis Lainnya UPT Pemasyarakatan", "Layanan Manajemen Kinerja Internal", "4 Dokumen", "4 Dokumen", "18.278.000", "6.737.000"],
];
const amount = (s: string) => Number(s.replace(/\./g, ""));

const lines: AnggaranLine[] = [
  ...OUTPUTS.map(([kegiatan, uraian, vt, vr, pagu, realisasi], i) =>
    anggaranLine(uraian, {
      kegiatan,
      volumeTarget: fig(vt),
      volumeRealisasi: fig(vr),
      pagu: fig(`Rp ${pagu}`),
      realisasi: fig(realisasi),
      ref: ref("Anggaran 2025", `F${6 + i}`),
    }),
  ),
  anggaranLine("Program Penegakan dan Pelayanan Hukum", {
    kind: "program",
    pagu: fig("215.828.000"),
    realisasi: fig("182.572.600"),
    paguTahunLalu: fig("292.855.000"),
    realisasiTahunLalu: fig("251.944.000"),
  }),
  anggaranLine("Program Dukungan Manajemen", {
    kind: "program",
    pagu: fig("3.755.399.000"),
    realisasi: fig("3.649.324.308"),
    paguTahunLalu: fig("3.708.274.000"),
    realisasiTahunLalu: fig("3.630.200.474"),
  }),
];

describe("SAKIP Anggaran of the LKjIP 2025 budget tables", () => {
  const plan = anggaranOf(lines);

  test("one row per line, then a TOTAL per group (outputs, programmes): never one sum across kinds", () => {
    const uraian = plan.rows.slice(1).map((r) => r[2]?.v);
    expect(uraian).toEqual([...OUTPUTS.map((o) => o[1]), "TOTAL", "Program Penegakan dan Pelayanan Hukum", "Program Dukungan Manajemen", "TOTAL"]);
    expect(plan.rows.slice(1).map((r) => r[1]?.v ?? null)).toEqual(["Output", "Output", "Output", "Output", null, "Program", "Program", null]);
    expect(plan.rows.slice(1).map((r) => r[0]?.v ?? null)).toEqual([1, 2, 3, 4, null, 1, 2, null]);
  });

  test("amounts as numbers in Rupiah format; volumes with their unit word", () => {
    expect(cell(plan, 0, "Pagu")).toEqual({ v: 215828000, fmt: '"Rp" #,##0' });
    expect(cell(plan, 0, "Realisasi")).toEqual({ v: 182572600, fmt: '"Rp" #,##0' });
    expect(cell(plan, 0, "Volume Target")?.v).toBe(200);
    expect(cell(plan, 0, "Volume Realisasi")?.v).toBe(184);
    expect(cell(plan, 0, "Satuan Volume")?.v).toBe("Orang");
    expect(cell(plan, 0, "Sumber")?.v).toBe("'Anggaran 2025'!F6");
  });

  test.each(OUTPUTS.map((o, i) => [i, amount(o[4]), amount(o[5])]))("row %i: Pagu Efektif, Sisa, Serapan are formulas with their values", (i, pagu, realisasi) => {
    const r = i + 2;
    expect(cell(plan, i, "Pagu Efektif")).toEqual({ f: `=IF(ISNUMBER(J${r}),J${r}-N(K${r}),"")`, v: pagu, fmt: '"Rp" #,##0' });
    const sisa = cell(plan, i, "Sisa")!;
    expect(refHeaders(plan, sisa.f!)).toEqual(["Pagu", "Pagu", "Realisasi"]);
    expect(sisa.v).toBe(pagu - realisasi);
    const serapan = cell(plan, i, "Serapan")!;
    expect(serapan.f).toBe(`=IF(AND(ISNUMBER(Q${r}),ISNUMBER(J${r})),SAKIP.SERAPAN(Q${r},J${r}),"")`);
    expect(serapan.v).toBeCloseTo(realisasi / pagu, 12);
    expect(serapan.fmt).toBe("0.00%");
  });

  test("serapan as the report prints it: 84,59% 97,46% 99,13% 36,86%", () => {
    const printed = [0, 1, 2, 3].map((i) => Math.round((cell(plan, i, "Serapan")!.v as number) * 10000) / 100);
    expect(printed).toEqual([84.59, 97.46, 99.13, 36.86]);
  });

  test("TOTAL sums each amount column over its group; its serapan is total realisasi / total pagu (96,49%)", () => {
    const total = 4;
    const pagu = cell(plan, total, "Pagu")!;
    expect(pagu.f).toBe("=SUM(J2:J5)");
    expect(pagu.v).toBe(3971227000);
    expect(cell(plan, total, "Realisasi")).toEqual({ f: "=SUM(Q2:Q5)", v: 3831896908, fmt: '"Rp" #,##0' });
    expect(cell(plan, total, "Sisa")?.v).toBe(3971227000 - 3831896908);
    expect(cell(plan, total, "Blokir")?.v).toBe(0);
    expect(Math.round((cell(plan, total, "Serapan")!.v as number) * 10000) / 100).toBe(96.49);
    expect(refsOf(cell(plan, total, "Serapan")!.f!).every((r) => r.row === total + 1)).toBe(true);
    expect(plan.styles?.some((s) => s.range === "A6:W6" && s.style.bold)).toBe(true);
  });

  test("year-on-year: last year's serapan per programme and in the TOTAL (97,03% in 2024)", () => {
    expect(cell(plan, 5, "Serapan Tahun Lalu")?.v).toBeCloseTo(251944000 / 292855000, 12);
    const total = cell(plan, 7, "Serapan Tahun Lalu")!;
    expect(total.f).toBe('=IF(AND(ISNUMBER(U9),ISNUMBER(T9)),SAKIP.SERAPAN(U9,T9),"")');
    expect(Math.round((total.v as number) * 10000) / 100).toBe(97.03);
    expect(cell(plan, 7, "Pagu Tahun Lalu")).toMatchObject({ f: "=SUM(T7:T8)", v: 4001129000 });
  });

  test("Jenis is a dropdown over the rows", () => {
    expect(plan.validations).toEqual([{ range: "B2:B9", list: JENIS_ANGGARAN_CHOICES }]);
  });
});

describe("SAKIP Anggaran: quarters, blokir, zero pagu", () => {
  test("quarterly realisasi that add up to the total: Realisasi is their live SUM", () => {
    const plan = anggaranOf([
      anggaranLine("52 Belanja Barang", {
        kind: "jenis-belanja",
        pagu: fig("1.183.108.000"),
        blokir: fig("402.846.000"),
        realisasi: fig("691.029.329"),
        realisasiTw: [fig("100.000.000"), fig("200.000.000"), fig("191.029.329"), fig("200.000.000")],
      }),
    ]);
    expect(cell(plan, 0, "Realisasi")).toEqual({ f: "=SUM(M2:P2)", v: 691029329, fmt: '"Rp" #,##0' });
    expect(cell(plan, 0, "Pagu Efektif")?.v).toBe(1183108000 - 402846000);
    expect(plan.rows).toHaveLength(2);
  });

  test("quarters that do not add up to the stated total are to-date figures: the total stays as stated", () => {
    const plan = anggaranOf([
      anggaranLine("51 Belanja Pegawai", {
        kind: "jenis-belanja",
        pagu: fig("3.190.965.000"),
        realisasi: fig("3.125.996.383"),
        realisasiTw: [fig("800.000.000"), fig("1.600.000.000"), fig("2.400.000.000"), fig("3.125.996.383")],
      }),
    ]);
    expect(cell(plan, 0, "Realisasi")).toEqual({ v: 3125996383, fmt: '"Rp" #,##0' });
  });

  test("pagu 0 and realisasi 0: serapan 0; pagu 0 with spending: #VALUE!", () => {
    const plan = anggaranOf([
      anggaranLine("53 Belanja Modal", { kind: "jenis-belanja", pagu: fig("0"), realisasi: fig("0") }),
      anggaranLine("57 Belanja Bantuan Sosial", { kind: "jenis-belanja", pagu: fig("0"), realisasi: fig("5.000") }),
    ]);
    expect(cell(plan, 0, "Serapan")?.v).toBe(0);
    expect(cell(plan, 1, "Serapan")?.v).toBe("#VALUE!");
    expect(cell(plan, 2, "Serapan")?.v).toBe("#VALUE!");
  });

  test("a line without pagu or realisasi: the formulas are there, showing nothing", () => {
    const plan = anggaranOf([anggaranLine("Layanan Perkantoran")]);
    expect(cell(plan, 0, "Pagu Efektif")?.v).toBe("");
    expect(cell(plan, 0, "Sisa")?.v).toBe("");
    expect(cell(plan, 0, "Serapan")?.v).toBe("");
  });
});
