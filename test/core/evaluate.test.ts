import { evaluateIndikator } from "../../src/core/evaluate";
import type { CellValue, Figure, Indikator, Periode, RealisasiEntry, Settings } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import * as build from "../support/model";

let row = 2;
function fig(raw: CellValue, format?: string): Figure {
  return build.readFigure(raw, build.ref("Capaian 2025", `E${row++}`), { format });
}

function entry(periode: string, nilai: CellValue | undefined, pembilang?: CellValue, penyebut?: CellValue): RealisasiEntry {
  return build.entry(
    periode,
    nilai === undefined ? null : fig(nilai),
    pembilang === undefined ? null : fig(pembilang),
    penyebut === undefined ? null : fig(penyebut),
  );
}

function indikator(uraian: string, target: CellValue | undefined, realisasi: RealisasiEntry[], more: Partial<Indikator> = {}): Indikator {
  return build.indikator(uraian, { target: target === undefined ? null : fig(target), realisasi, ...more });
}

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe("evaluateIndikator: the seven indicators of the LKjIP 2025 of Bapas Magelang", () => {
  it("Persentase Tahanan yang mendapatkan pendampingan: 3 of 183 against 2,5%", () => {
    const ind = indikator("Persentase Tahanan yang mendapatkan pendampingan", "2,5%", [entry("TAHUN", null, 3, 183)]);
    const e = evaluateIndikator(ind, DEFAULT_SETTINGS);
    expect(e.status).toBe("ok");
    expect(e.target).toBe(0.025);
    expect(e.realisasi).toBeCloseTo(3 / 183, 15);
    expect(e.capaian).toBeCloseTo(3 / 183 / 0.025, 12);
    expect(e.predikat).toBe("Kurang Memuaskan");
    expect(e.tercapai).toBe(false);
    expect(e.realisasiRef).toBeNull(); // a ratio of two cells
  });

  it("the same indicator with the rounded \"2%\" printed beside 3/183 is still scored from 3/183", () => {
    const ind = indikator("Persentase Tahanan yang mendapatkan pendampingan", "2,5%", [entry("TAHUN", "2%", 3, 183)]);
    const e = evaluateIndikator(ind, DEFAULT_SETTINGS);
    expect(e.realisasi).toBeCloseTo(3 / 183, 15);
    expect(e.capaian).toBeCloseTo(0.6557, 4);
    expect(e.predikat).toBe("Kurang Memuaskan");
  });

  it("Persentase ABH yang mendapatkan pendampingan, berlaku terbalik: 401 of 401 against 75%", () => {
    const ind = indikator("Persentase ABH yang mendapatkan pendampingan", "75%", [entry("TAHUN", "100%", 401, 401)], {
      polaritas: "negatif",
      polaritasStated: true,
    });
    const inverse = evaluateIndikator(ind, DEFAULT_SETTINGS);
    expect(inverse).toMatchObject({ status: "ok", polaritas: "negatif", realisasi: 1, predikat: "Kurang Memuaskan", tercapai: false });
    expect(inverse.capaian).toBeCloseTo(2 / 3, 12);
    expect(inverse.realisasiRef).toBeNull(); // computed from 401/401, not read from one cell

    const ratio = evaluateIndikator(ind, settings({ polaritasNegatif: "negatif-rasio" }));
    expect(ratio).toMatchObject({ status: "ok", polaritas: "negatif-rasio", capaian: 0.75, predikat: "Cukup Memuaskan" });
  });

  it("Persentase klien yang siap bermasyarakat: 683 of 716 against 70 %, capped at 120%", () => {
    const ind = indikator("Persentase klien pemasyarakatan yang siap bermasyarakat", "70 %", [entry("TAHUN", "95%", 683, 716)]);
    const e = evaluateIndikator(ind, DEFAULT_SETTINGS);
    // The exact ratio counts, not the rounded "95%" printed beside it.
    expect(e).toMatchObject({ status: "ok", capaian: 1.2, dikonversi: true, predikat: "Sangat Memuaskan", tercapai: true });
    expect(e.realisasi).toBeCloseTo(683 / 716, 12);
    expect(e.capaianMentah).toBeCloseTo(683 / 716 / 0.7, 12);

    const uncapped = evaluateIndikator(ind, settings({ batas: 0 }));
    expect(uncapped.dikonversi).toBe(false);
    expect(uncapped.capaian).toBeCloseTo(683 / 716 / 0.7, 12);
  });

  it("Tingkat pemberdayaan masyarakat: (13 − 11)/11 against 20%", () => {
    const ind = indikator("Tingkat pemberdayaan masyarakat", "20%", [entry("TAHUN", null, 2, 11)]);
    const e = evaluateIndikator(ind, DEFAULT_SETTINGS);
    expect(e.capaian).toBeCloseTo(2 / 11 / 0.2, 12);
    expect(e).toMatchObject({ status: "ok", predikat: "Memuaskan", tercapai: false });
  });

  it("Indeks Kepuasan Unit Kerja: 3,51 against 3,51", () => {
    const ind = indikator("Indeks Kepuasan Unit Kerja", "3,51", [entry("TAHUN", "3,51")], { satuan: "Indeks" });
    expect(evaluateIndikator(ind, DEFAULT_SETTINGS)).toMatchObject({
      status: "ok",
      target: 3.51,
      realisasi: 3.51,
      capaian: 1,
      predikat: "Sangat Memuaskan",
      tercapai: true,
    });
  });

  it("a count with unit words: 4 Layanan against 4 Layanan", () => {
    const ind = indikator("Layanan Dukungan Manajemen Internal", "4 Layanan", [entry("TAHUN", "4 Layanan")]);
    expect(evaluateIndikator(ind, DEFAULT_SETTINGS)).toMatchObject({ status: "ok", capaian: 1 });
  });

  it("a count against a unit word, the realisasi without one", () => {
    const ind = indikator("Fasilitas dan Pembinaan Masyarakat", "200 orang", [entry("TAHUN", 184)]);
    expect(evaluateIndikator(ind, DEFAULT_SETTINGS)).toMatchObject({ status: "ok", capaian: 0.92, predikat: "Memuaskan" });
  });
});

describe("evaluateIndikator: what cannot be scored is said, never scored as 0", () => {
  it.each([
    ["no target cell", undefined, "Target belum diisi"],
    ["n/a", "n/a", "Target belum diisi"],
    ["a dash", "-", "Target belum diisi"],
    ["unreadable", "7,5,2", "Target tidak terbaca: “7,5,2”"],
  ])("target: %s", (_name, target, message) => {
    const e = evaluateIndikator(indikator("X", target, [entry("TAHUN", "50%")]), DEFAULT_SETTINGS);
    expect(e).toMatchObject({ status: "no-target", target: null, capaian: null, predikat: null, tercapai: null, message });
  });

  it.each([
    ["no entry at all", [], "Realisasi akhir tahun belum diisi"],
    ["an empty year entry", [entry("TAHUN", "")], "Realisasi akhir tahun belum diisi"],
    ["nan %", [entry("TAHUN", "nan %")], "Realisasi akhir tahun belum diisi"],
    ["an unreadable year entry", [entry("TAHUN", "12 %%")], "Realisasi akhir tahun belum diisi"],
    ["a zero denominator", [entry("TAHUN", null, 0, 0)], "Realisasi akhir tahun belum diisi"],
  ] as [string, RealisasiEntry[], string][])("realisasi: %s", (_name, entries, message) => {
    const e = evaluateIndikator(indikator("X", "75%", entries), DEFAULT_SETTINGS);
    expect(e).toMatchObject({ status: "no-realisasi", target: 0.75, realisasi: null, capaian: null, message });
  });

  it("a real 0 is a realisasi", () => {
    const e = evaluateIndikator(indikator("X", "75%", [entry("TAHUN", 0)]), DEFAULT_SETTINGS);
    expect(e).toMatchObject({ status: "ok", realisasi: 0, capaian: 0, predikat: "Tidak Memuaskan" });
  });

  it("different unit words do not compare", () => {
    const e = evaluateIndikator(indikator("X", "1 Layanan", [entry("TAHUN", "2 Dokumen")]), DEFAULT_SETTINGS);
    expect(e).toMatchObject({
      status: "unit-mismatch",
      target: 1,
      realisasi: 2,
      capaian: null,
      message: "Satuan target (Layanan) berbeda dengan satuan realisasi (Dokumen)",
    });
  });

  it("a percentage against a unit word does not compare", () => {
    const e = evaluateIndikator(indikator("X", "75%", [entry("TAHUN", "3 Layanan")]), DEFAULT_SETTINGS);
    expect(e.status).toBe("unit-mismatch");
    expect(e.message).toBe("Satuan target (persen) berbeda dengan satuan realisasi (Layanan)");
  });

  it("the indicator's satuan counts when the target has no unit word", () => {
    const ind = indikator("X", 4, [entry("TAHUN", "4 Dokumen")], { satuan: "Layanan" });
    expect(evaluateIndikator(ind, DEFAULT_SETTINGS).status).toBe("unit-mismatch");
  });

  it("target 0 of a positive indicator", () => {
    const e = evaluateIndikator(indikator("X", 0, [entry("TAHUN", 3)]), DEFAULT_SETTINGS);
    expect(e).toMatchObject({ status: "target-nol", target: 0, realisasi: 3, capaian: null, message: "Target 0" });
  });

  it("negatif-rasio with realisasi 0 and no cap", () => {
    const ind = indikator("Jumlah pelarian", 2, [entry("TAHUN", 0)], { polaritas: "negatif-rasio" });
    expect(evaluateIndikator(ind, settings({ batas: 0 })).status).toBe("tanpa-batas");
    expect(evaluateIndikator(ind, DEFAULT_SETTINGS)).toMatchObject({ status: "ok", capaian: 1.2 });
  });
});

describe("evaluateIndikator: which realisasi counts for the period", () => {
  const quarters = (...values: CellValue[]): RealisasiEntry[] => values.map((v, i) => entry(`TW${i + 1}`, v));

  it.each([
    // periode, kumulatif, target, quarterly values, realisasi used (null: none yet)
    ["TAHUN", true, "4 Layanan", [1, 2, 3, 4], 4],
    ["TAHUN", false, "4 Layanan", [1, 1, 1, 1], 4],
    ["TAHUN", null, "4 Layanan", [1, 1, 1, 1], 4],
    ["TW4", false, "4 Layanan", [1, 1, 1, 1], 4],
    ["TW2", true, "4 Layanan", [1, 2, 3, 4], 2],
    ["TW2", false, "4 Layanan", [1, 1, 1, 1], 2],
    ["S1", false, "4 Layanan", [1, 1, null, null], 2],
    ["TW1", false, "4 Layanan", [1, null, null, null], 1],
    ["TW3", true, "4 Layanan", [1, 2, null, null], null],
    ["TAHUN", false, "4 Layanan", [1, 1, null, 1], null],
    // Percentages and indices are levels: the latest value stands, it is not summed.
    ["TAHUN", false, "75%", ["70%", "72%", "80%", "90%"], 0.9],
    ["TW2", false, "75%", ["70%", "72%", null, null], 0.72],
    ["TAHUN", false, "3,51", [3.4, 3.45, 3.5, 3.52], 3.52],
    ["TAHUN", false, "3 Indeks", [2, 3, 3, 4], 4],
  ] as [Periode, boolean | null, string, CellValue[], number | null][])(
    "%s, kumulatif %p, target %j, %j → %p",
    (periode, kumulatif, target, values, used) => {
      const ind = indikator("X", target, quarters(...values), { kumulatif });
      const e = evaluateIndikator(ind, settings({ periode }));
      if (used === null) {
        expect(e.status).toBe("no-realisasi");
        expect(e.capaian).toBeNull();
      } else {
        expect(e.status).toBe("ok");
        expect(e.realisasi).toBeCloseTo(used, 12);
      }
    },
  );

  it("says which quarter is missing", () => {
    const ind = indikator("X", "4 Layanan", quarters(1, 1, null, 1), { kumulatif: false });
    expect(evaluateIndikator(ind, DEFAULT_SETTINGS).message).toBe("Realisasi TW III belum diisi");
    const cumulative = indikator("X", "4 Layanan", quarters(1, 2, 3), { kumulatif: true });
    expect(evaluateIndikator(cumulative, DEFAULT_SETTINGS).message).toBe("Realisasi TW IV belum diisi");
  });

  it("prefers a stated year value over the quarters", () => {
    const ind = indikator("X", "75%", [...quarters("70%", "72%", "80%", "90%"), entry("TAHUN", "95%")]);
    expect(evaluateIndikator(ind, DEFAULT_SETTINGS).realisasi).toBe(0.95);
  });

  it("a stated semester value counts for S1", () => {
    const ind = indikator("X", "4 Layanan", [entry("S1", 3), ...quarters(1, 1)], { kumulatif: false });
    expect(evaluateIndikator(ind, settings({ periode: "S1" })).realisasi).toBe(3);
  });

  it("cites the cell of a single realisasi, none for a sum", () => {
    const cumulative = indikator("X", "4 Layanan", quarters(1, 2, 3, 4), { kumulatif: true });
    const e = evaluateIndikator(cumulative, DEFAULT_SETTINGS);
    expect(e.realisasiRef).toEqual(cumulative.realisasi[3].nilai?.ref);
    const perQuarter = indikator("X", "4 Layanan", quarters(1, 1, 1, 1), { kumulatif: false });
    expect(evaluateIndikator(perQuarter, DEFAULT_SETTINGS).realisasiRef).toBeNull();
  });

  it("months stand in for quarters", () => {
    const months = Array.from({ length: 12 }, (_, i) => entry(`B${String(i + 1).padStart(2, "0")}`, 10));
    const count = indikator("Jumlah layanan", "120 Layanan", months, { kumulatif: false });
    expect(evaluateIndikator(count, DEFAULT_SETTINGS)).toMatchObject({ status: "ok", realisasi: 120, capaian: 1 });
    expect(evaluateIndikator(count, settings({ periode: "TW1" })).realisasi).toBe(30);
  });

  it("checks the unit of every quarter it adds", () => {
    const ind = indikator("X", "4 Layanan", quarters("1 Layanan", "1 Dokumen", 1, 1), { kumulatif: false });
    expect(evaluateIndikator(ind, DEFAULT_SETTINGS).status).toBe("unit-mismatch");
  });

  it("uses pembilang/penyebut per quarter for a percentage", () => {
    const ind = indikator("X", "70%", [entry("TW1", null, 150, 180), entry("TW4", null, 683, 716)], { kumulatif: true });
    expect(evaluateIndikator(ind, DEFAULT_SETTINGS).realisasi).toBeCloseTo(683 / 716, 15);
  });
});
