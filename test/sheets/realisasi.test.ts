import type { Indikator, Settings } from "../../src/core/model";
import { planInputSheets } from "../../src/workbook/sheets";
import { AGREGAT_CHOICES, KUMULATIF_CHOICES, SHEET } from "../../src/workbook/sheets/layout";
import { byName, cell, entry, fig, indikator, LKJIP, lkjipModel, model, refHeaders, refsOf, settings } from "./build";

const realisasiOf = (inds: Indikator[], s: Settings = settings()) =>
  byName(planInputSheets(model({ indikator: inds }), s), SHEET.realisasi);

/** Predikat bands of DOMAIN §5, written out here independently of the core. */
function band(c: number): string {
  if (c >= 1) return "Sangat Memuaskan";
  if (c >= 0.8) return "Memuaskan";
  if (c >= 0.7) return "Cukup Memuaskan";
  if (c >= 0.6) return "Kurang Memuaskan";
  return "Tidak Memuaskan";
}

describe("SAKIP Realisasi of the LKjIP 2025 indicators", () => {
  const plans = planInputSheets(lkjipModel(), settings());
  const rz = byName(plans, SHEET.realisasi);
  const pk = byName(plans, SHEET.pk);

  test("one row per indicator, on the same row as on SAKIP PK", () => {
    expect(rz.rows).toHaveLength(LKJIP.length + 1);
    LKJIP.forEach((x, i) => {
      const c = cell(rz, i, "Indikator")!;
      expect(c.v).toBe(x.uraian);
      expect(refsOf(c.f!)).toEqual([
        { sheet: SHEET.pk, row: i + 1, col: 4 },
        { sheet: SHEET.pk, row: i + 1, col: 4 },
      ]);
      expect(pk.rows[i + 1][4]?.v).toBe(x.uraian);
    });
  });

  test.each([
    ["Indikator", 4],
    ["Satuan", 5],
    ["Polaritas", 6],
    ["Target", 8],
  ])("%s is a live reference to the PK cell, cached with its value", (header, pkCol) => {
    LKJIP.forEach((_, i) => {
      const c = cell(rz, i, header)!;
      expect(c.f).toBe(`=IF('SAKIP PK'!${String.fromCharCode(65 + pkCol)}${i + 2}="","",'SAKIP PK'!${String.fromCharCode(65 + pkCol)}${i + 2})`);
      expect(c.v).toBe(pk.rows[i + 1][pkCol]?.v);
    });
  });

  test("year figures with pembilang/penyebut become the to-date TW IV figures, a live ratio", () => {
    LKJIP.forEach((x, i) => {
      expect(cell(rz, i, "Kumulatif")?.v).toBe("Ya");
      expect(cell(rz, i, "Metode Agregat")?.v).toBe("akhir");
      const r = cell(rz, i, "Realisasi TW IV")!;
      if (x.p === undefined) {
        expect(r).toEqual({ v: 3.51, fmt: "#,##0.00" });
        return;
      }
      expect(cell(rz, i, "Pembilang TW IV")?.v).toBe(Number(x.p));
      expect(cell(rz, i, "Penyebut TW IV")?.v).toBe(Number(x.q));
      expect(r.f).toBe(`=IF(AND(ISNUMBER(P${i + 2}),N(Q${i + 2})<>0),P${i + 2}/Q${i + 2},"")`);
      expect(r.v).toBe(Number(x.p) / Number(x.q));
      expect(r.fmt).toBe("0%");
      expect(cell(rz, i, "Realisasi TW I")?.v).toBeUndefined();
    });
  });

  test("Realisasi Tahun aggregates the four quarter cells with the row's method", () => {
    LKJIP.forEach((x, i) => {
      const c = cell(rz, i, "Realisasi Tahun")!;
      expect(c.f).toMatch(/^=SAKIP\.AGREGAT\(CHOOSE\(\{1,2,3,4\},/);
      expect([...new Set(refHeaders(rz, c.f!))]).toEqual(["Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV", "Metode Agregat"]);
      expect(refsOf(c.f!).every((r) => r.row === i + 1 && r.sheet === null)).toBe(true);
      expect(c.v).toBe(x.p === undefined ? 3.51 : Number(x.p) / Number(x.q));
    });
  });

  // Capaian computed here from the report's figures: realisasi / target, capped at 120%.
  const expected: [number, number, number][] = [
    [0, 3 / 183 / 0.025, 0.6557],
    [1, 401 / 401 / 0.75, 1.3333],
    [2, 683 / 716 / 0.7, 1.3627],
    [3, 716 / 716 / 0.25, 4],
    [4, 2 / 11 / 0.2, 0.9091],
    [5, 120 / 120 / 1, 1],
    [6, 3.51 / 3.51, 1],
  ];

  test.each(expected)("row %i: Capaian = SAKIP.CAPAIAN(Realisasi Tahun, Target, Polaritas), cached capped", (i, raw, rounded) => {
    expect(raw).toBeCloseTo(rounded, 4);
    const c = cell(rz, i, "Capaian")!;
    expect(c.f).toBe(`=SAKIP.CAPAIAN(T${i + 2},E${i + 2},D${i + 2})`);
    expect(refHeaders(rz, c.f!)).toEqual(["Realisasi Tahun", "Target", "Polaritas"]);
    expect(c.v as number).toBeCloseTo(Math.min(raw, 1.2), 12);
    expect(c.fmt).toBe("0.00%");
    const p = cell(rz, i, "Predikat")!;
    expect(p.f).toBe(`=SAKIP.PREDIKAT(U${i + 2})`);
    expect(p.v).toBe(band(Math.min(raw, 1.2)));
  });

  test("capaian of 683/716 against 70%: 120% with the cap, 136,27% without", () => {
    const uncapped = byName(planInputSheets(lkjipModel(), settings({ batas: 0 })), SHEET.realisasi);
    const c = cell(uncapped, 2, "Capaian")!;
    expect(c.f).toBe("=SAKIP.CAPAIAN(T4,E4,D4,0)");
    expect(c.v as number).toBeCloseTo(1.3627, 4);
    expect(cell(rz, 2, "Capaian")?.v).toBe(1.2);
    const capped150 = byName(planInputSheets(lkjipModel(), settings({ batas: 1.5 })), SHEET.realisasi);
    expect(cell(capped150, 3, "Capaian")).toMatchObject({ f: "=SAKIP.CAPAIAN(T5,E5,D5,1.5)", v: 1.5 });
  });

  test("Sumber names the cells the realisasi came from", () => {
    expect(cell(rz, 0, "Sumber")?.v).toBe("'Capaian 2025'!E7; 'Capaian 2025'!F7; 'Capaian 2025'!G7");
  });

  test("dropdowns for Kumulatif and Metode Agregat; predikat bands coloured", () => {
    expect(rz.validations).toEqual([
      { range: "F2:F8", list: KUMULATIF_CHOICES },
      { range: "S2:S8", list: AGREGAT_CHOICES },
    ]);
    expect(rz.conditional?.map((c) => [c.range, c.equals])).toEqual(
      ["Sangat Memuaskan", "Memuaskan", "Cukup Memuaskan", "Kurang Memuaskan", "Tidak Memuaskan"].map((l) => ["V2:V8", l]),
    );
  });
});

describe("SAKIP Realisasi: quarters, methods and polarity", () => {
  test("per-quarter counts (not cumulative) add up over the filled quarters", () => {
    const rz = realisasiOf([
      indikator("Jumlah klien yang mengikuti bimbingan kemandirian", {
        satuan: "Orang",
        target: fig("40 Orang"),
        kumulatif: false,
        realisasi: [entry("TW1", "10 Orang"), entry("TW2", "12 Orang")],
      }),
    ]);
    expect(cell(rz, 0, "Kumulatif")?.v).toBe("Tidak");
    expect(cell(rz, 0, "Metode Agregat")?.v).toBe("kumulatif");
    expect(cell(rz, 0, "Realisasi TW I")).toEqual({ v: 10, fmt: "#,##0" });
    expect(cell(rz, 0, "Realisasi TW III")?.v).toBeUndefined();
    expect(cell(rz, 0, "Realisasi Tahun")?.v).toBe(22);
    expect(cell(rz, 0, "Capaian")?.v).toBeCloseTo(22 / 40, 12);
    expect(cell(rz, 0, "Predikat")?.v).toBe("Tidak Memuaskan");
  });

  test("a to-date series takes the last filled quarter; S1 is the TW II figure, the year the TW IV figure", () => {
    const rz = realisasiOf([
      indikator("Persentase klien pemasyarakatan yang siap bermasyarakat", {
        satuan: "%",
        target: fig("70%"),
        kumulatif: true,
        realisasi: [entry("TW1", "40%"), entry("S1", "55%"), entry("TW3", "61%"), entry("TAHUN", "95%")],
      }),
    ]);
    expect(["TW I", "TW II", "TW III", "TW IV"].map((q) => cell(rz, 0, `Realisasi ${q}`)?.v)).toEqual([0.4, 0.55, 0.61, 0.95]);
    expect(cell(rz, 0, "Realisasi Tahun")?.v).toBe(0.95);
  });

  test("a per-quarter series with only a year figure shows that figure as stated", () => {
    const rz = realisasiOf([
      indikator("Jumlah litmas", { satuan: "Dokumen", target: fig("300 Dokumen"), kumulatif: false, realisasi: [entry("TAHUN", "320 Dokumen")] }),
    ]);
    expect(cell(rz, 0, "Realisasi Tahun")).toEqual({ v: 320, fmt: "#,##0" });
    expect(cell(rz, 0, "Capaian")?.v).toBeCloseTo(320 / 300, 12);
  });

  test("negative polarity uses the settings' formula: inverse (2T − R)/T or ratio T/R", () => {
    const ind = indikator("Persentase anak yang mendapat putusan pidana penjara", {
      satuan: "%",
      polaritas: "negatif",
      target: fig("10%"),
      realisasi: [entry("TAHUN", "12%")],
    });
    const inverse = realisasiOf([ind]);
    expect(cell(inverse, 0, "Polaritas")?.v).toBe("Negatif");
    expect(cell(inverse, 0, "Capaian")?.v).toBeCloseTo((2 * 0.1 - 0.12) / 0.1, 12);
    expect(cell(inverse, 0, "Predikat")?.v).toBe("Memuaskan");
    const ratio = realisasiOf([ind], settings({ polaritasNegatif: "negatif-rasio" }));
    expect(cell(ratio, 0, "Polaritas")?.v).toBe("Negatif-rasio");
    expect(cell(ratio, 0, "Capaian")?.v).toBeCloseTo(0.1 / 0.12, 12);
  });

  test("other predikat bands go into the formula and the cached label", () => {
    const pita = [
      { min: 0.9, label: "Baik" },
      { min: 0, label: 'Perlu "Perbaikan"' },
    ];
    const rz = byName(planInputSheets(lkjipModel(), settings({ pita })), SHEET.realisasi);
    expect(cell(rz, 4, "Predikat")).toEqual({ f: '=SAKIP.PREDIKAT(U6,{0.9,"Baik";0,"Perlu ""Perbaikan"""})', v: "Baik" });
    expect(cell(rz, 0, "Predikat")?.v).toBe('Perlu "Perbaikan"');
    expect(rz.conditional?.map((c) => c.equals)).toEqual(["Baik", 'Perlu "Perbaikan"']);
  });
});

describe("SAKIP Realisasi: indicators that cannot be scored yet", () => {
  test("no realisasi: the year, capaian and predikat are #N/A, the formulas ready for typing", () => {
    const rz = realisasiOf([indikator("Indeks kepuasan", { satuan: "Indeks", target: fig("3,6") })]);
    expect(cell(rz, 0, "Realisasi Tahun")).toMatchObject({ v: "#N/A", fmt: "#,##0.00" });
    expect(cell(rz, 0, "Capaian")).toMatchObject({ f: "=SAKIP.CAPAIAN(T2,E2,D2)", v: "#N/A" });
    expect(cell(rz, 0, "Predikat")).toMatchObject({ f: "=SAKIP.PREDIKAT(U2)", v: "#N/A" });
  });

  test("no target: the Target reference caches an empty text, capaian #N/A", () => {
    const rz = realisasiOf([indikator("Tanpa target", { satuan: "%", realisasi: [entry("TAHUN", "50%")] })]);
    expect(cell(rz, 0, "Target")?.v).toBe("");
    expect(cell(rz, 0, "Capaian")?.v).toBe("#N/A");
  });

  test("target 0 with a realisasi above it (positive): #VALUE!", () => {
    const rz = realisasiOf([indikator("Jumlah pelanggaran", { satuan: "Orang", target: fig("0"), realisasi: [entry("TAHUN", "2")] })]);
    expect(cell(rz, 0, "Capaian")?.v).toBe("#VALUE!");
    expect(cell(rz, 0, "Predikat")?.v).toBe("#VALUE!");
  });

  test("an unreadable target reaches CAPAIAN as its text: #VALUE!", () => {
    const rz = realisasiOf([indikator("Target rusak", { satuan: "%", target: fig("7,5,2"), realisasi: [entry("TAHUN", "50%")] })]);
    expect(cell(rz, 0, "Target")?.v).toBe("7,5,2");
    expect(cell(rz, 0, "Capaian")?.v).toBe("#VALUE!");
  });

  test("penyebut 0: the stated realisasi is kept as a value beside its pembilang/penyebut", () => {
    const rz = realisasiOf([indikator("Rasio", { satuan: "%", target: fig("50%"), realisasi: [entry("TW4", "0%", "0", "0")] })]);
    expect(cell(rz, 0, "Realisasi TW IV")).toEqual({ v: 0, fmt: "0%" });
    expect(cell(rz, 0, "Penyebut TW IV")?.v).toBe(0);
  });

  test("the user's notes go to Keterangan, one per line", () => {
    const rz = realisasiOf([
      indikator("Catatan", {
        keterangan: [
          { text: "Belum ada permintaan pendampingan.", ref: null },
          { text: "KUHP baru berlaku 2026.", ref: null },
        ],
      }),
    ]);
    expect(cell(rz, 0, "Keterangan")?.v).toBe("Belum ada permintaan pendampingan.\nKUHP baru berlaku 2026.");
  });
});
