import fc from "fast-check";
import { agregat, type MetodeAgregat, parseMetode } from "../../src/core/agregat";
import { serapan, sisa } from "../../src/core/anggaran";
import { roundTo } from "../../src/core/precision";

describe("serapan and sisa (LKjIP 2025 Bapas Magelang, realisasi anggaran)", () => {
  it.each([
    // pagu, realisasi, serapan (2 decimals, %), sisa
    [215828000, 182572600, 84.59, 33255400],
    [3719514000, 3625133308, 97.46, 94380692],
    [17607000, 17454000, 99.13, 153000],
    [18278000, 6737000, 36.86, 11541000],
    [3971227000, 3831896908, 96.49, 139330092],
    [4001129000, 3882144474, 97.03, 118984526],
    [3190965000, 3125996383, 97.96, 64968617],
    [1183108000, 691029329, 58.41, 492078671],
  ])("pagu %p realisasi %p", (pagu, realisasi, persen, rest) => {
    const s = serapan(realisasi, pagu);
    expect(s).not.toBeNull();
    expect(roundTo((s as number) * 100, 2)).toBe(persen);
    expect(sisa(pagu, realisasi)).toBe(rest);
  });

  it("is 0 when nothing was budgeted nor spent (53 Belanja Modal: 0 of 0)", () => {
    expect(serapan(0, 0)).toBe(0);
  });

  it("is undefined when money was spent without a pagu", () => {
    expect(serapan(5000, 0)).toBeNull();
  });

  it("sisa has no binary noise for amounts with sen", () => {
    expect(sisa(0.3, 0.1)).toBe(0.2);
    expect(sisa(1000.1, 0.2)).toBe(999.9);
  });

  it("serapan × pagu gives back the realisasi", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e13 }), fc.integer({ min: 0, max: 1e13 }), (pagu, realisasi) => {
        expect((serapan(realisasi, pagu) as number) * pagu).toBeCloseTo(realisasi, 0);
        expect(sisa(pagu, realisasi) + realisasi).toBe(pagu);
      }),
    );
  });
});

describe("agregat", () => {
  it.each([
    // values, metode, expected
    [[1, 1, 1, 1], "kumulatif", 4], // per-quarter counts
    [[1, 2, 3, 4], "akhir", 4], // s.d. TW: the last filled value
    [[0.5, 0.7, null, null], "akhir", 0.7], // year not over: TW II is the latest
    [[1, null, 3, null], "kumulatif", 4], // empty quarters are skipped, not zero
    [[0.1, 0.2], "kumulatif", 0.3],
    [[3.4, 3.5, 3.51], "rata", 3.47],
    [[1, null, 3], "rata", 2],
    [[95, 100, 98], "maks", 100],
    [[0, 0, 0, 0], "kumulatif", 0], // a real 0 is a value
  ] as [(number | null)[], MetodeAgregat, number][])("%j %s → %p", (values, metode, expected) => {
    expect(agregat(values, metode)).toBe(expected);
  });

  it.each(["kumulatif", "akhir", "rata", "maks"] as MetodeAgregat[])("nothing filled is no value (%s)", (m) => {
    expect(agregat([null, null], m)).toBeNull();
    expect(agregat([], m)).toBeNull();
  });

  it.each([
    ["kumulatif", "kumulatif"],
    ["Jumlah", "kumulatif"],
    ["AKHIR", "akhir"],
    ["terakhir", "akhir"],
    [" rata ", "rata"],
    ["rata-rata", "rata"],
    ["Rata rata", "rata"],
    ["maks", "maks"],
    ["max", "maks"],
    ["median", null],
    ["", null],
    [null, null],
  ] as [string | null, MetodeAgregat | null][])("parseMetode(%j) → %p", (text, expected) => {
    expect(parseMetode(text)).toBe(expected);
  });

  it("kumulatif is the sum, akhir the last, maks ≥ rata, whatever the empties", () => {
    const values = fc.array(fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: null }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(values, (vs) => {
        const filled = vs.filter((v): v is number => v !== null);
        if (filled.length === 0) return;
        expect(agregat(vs, "kumulatif")).toBe(filled.reduce((a, b) => a + b, 0));
        expect(agregat(vs, "akhir")).toBe(filled[filled.length - 1]);
        expect(agregat(vs, "maks")).toBeGreaterThanOrEqual(agregat(vs, "rata") as number);
      }),
    );
  });
});
