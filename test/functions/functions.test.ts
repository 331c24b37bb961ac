// The custom functions called the way Excel calls them: numbers for numeric cells (percent cells
// as fractions), texts, null for an empty cell or an omitted optional argument, 2-D arrays for
// ranges. CustomFunctions is the shared runtime's global; a stand-in records the errors.
import { agregat, angka, capaian, predikat, serapan, tercapai, terbilang } from "../../src/functions/functions";
import { ERROR_CODE, StandInError } from "../support/custom-functions";


beforeAll(() => {
  Object.assign(globalThis, {
    CustomFunctions: {
      Error: StandInError,
      ErrorCode: ERROR_CODE,
    },
  });
});

afterAll(() => {
  Reflect.deleteProperty(globalThis, "CustomFunctions");
});

function failure(call: () => unknown): { code: string; message?: string } {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(StandInError);
    return e as StandInError;
  }
  throw new Error("expected an Excel error");
}

// Excel hands these to an "any" parameter for an empty cell, depending on the host.
const EMPTY_CELLS = [null, undefined, "", "  "];

describe("SAKIP.CAPAIAN", () => {
  it.each([
    // realisasi, target, polaritas, batas, capaian — figures of the LKjIP 2025 of Bapas Magelang
    [3 / 183, 0.025, null, null, 3 / 183 / 0.025],
    ["2%", "2,5%", null, null, 0.8],
    [683 / 716, 0.7, null, null, 1.2],
    [683 / 716, 0.7, null, 0, 683 / 716 / 0.7],
    ["95%", "70 %", undefined, undefined, 1.2],
    [2 / 11, 0.2, "positif", 1.2, 2 / 11 / 0.2],
    [1, 0.75, "negatif", null, 2 / 3],
    [1, 0.75, "NEGATIF", null, 2 / 3],
    [1, 0.75, "terbalik", null, 2 / 3],
    [1, 0.75, "inverse", null, 2 / 3],
    [1, 0.75, "turun", null, 2 / 3],
    [1, 0.75, "negatif-rasio", null, 0.75],
    [1, 0.75, "Rasio", null, 0.75],
    [1, 0.75, "", null, 1.2], // an empty polaritas cell is positif: 133% capped
    [3.51, 3.51, null, null, 1],
    ["3,51", "3,51 Indeks", null, null, 1],
    ["4 Layanan", "4 Layanan", null, null, 1],
    [4, "4 Layanan", null, null, 1],
    ["184 orang", "200 Orang", null, null, 0.92],
    [0, 0.75, null, null, 0], // a real 0 is a realisasi
    [3, 1, null, "150%", 1.5],
    [3, 1, null, 10, 3],
    [3, 1, null, "0", 3],
    // Zero cases of DESIGN §3.
    [0, 0, null, null, 1],
    [0, 0, "negatif", null, 1],
    [5, 0, "negatif", null, 0],
    [0, 0.1, "negatif-rasio", null, 1.2],
    [0, 0.1, "negatif-rasio", 1.5, 1.5],
  ] as [unknown, unknown, unknown, unknown, number][])("(%j, %j, %j, %j) → %p", (r, t, p, b, expected) => {
    expect(capaian(r as number, t as number, p as string, b as number)).toBeCloseTo(expected, 12);
  });

  it.each(EMPTY_CELLS)("an empty realisasi (%j) is #N/A, not 0", (empty) => {
    expect(failure(() => capaian(empty as null, 0.75))).toEqual({ code: "#N/A", message: "Realisasi belum diisi" });
  });

  it.each(EMPTY_CELLS)("an empty target (%j) is #N/A, not 0", (empty) => {
    expect(failure(() => capaian(0.5, empty as null))).toEqual({ code: "#N/A", message: "Target belum diisi" });
  });

  it.each(["n/a", "-", "nan %"])("a realisasi written %j is not filled in", (text) => {
    expect(failure(() => capaian(text, 0.75))).toEqual({ code: "#N/A", message: "Realisasi belum diisi" });
  });

  it.each([
    ["1 Layanan", "2 Dokumen", null, null, /^Satuan berbeda/],
    ["75%", "3 Layanan", null, null, /^Satuan berbeda/],
    ["7,5,2", 0.75, null, null, /^Realisasi tidak terbaca: “7,5,2”$/],
    [0.5, "12 %%", null, null, /^Target tidak terbaca/],
    [true, 0.75, null, null, /^Realisasi harus angka/],
    [1, 0.5, "netral", null, /^Polaritas “netral” tidak dikenal; pilih positif, negatif, negatif-rasio$/],
    [1, 0.5, 3, null, /tidak dikenal/],
    [1, 0.5, null, 0.5, /^Batas harus 0/],
    [1, 0.5, null, 11, /^Batas harus 0/],
    [1, 0.5, null, "abc", /^Batas harus 0/],
    [5, 0, null, null, /^Target 0$/],
    [5, 0, "positif", 0, /^Target 0$/],
    [0, 0.1, "negatif-rasio", 0, /tanpa batas/],
  ] as [unknown, unknown, unknown, unknown, RegExp][])("(%j, %j, %j, %j) is #VALUE!", (r, t, p, b, message) => {
    const e = failure(() => capaian(r as number, t as number, p as string, b as number));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });

  it("an empty batas cell keeps the default cap", () => {
    expect(capaian(3, 1, null, null)).toBe(1.2);
    expect(capaian(3, 1, undefined, "")).toBe(1.2);
  });

  it("reads cells holding Excel data types by their basic value", () => {
    const formatted = { type: "FormattedNumber", basicValue: 0.95, numberFormat: "0%" };
    expect(capaian(formatted as unknown as number, 0.95)).toBe(1);
  });
});

describe("SAKIP.PREDIKAT", () => {
  it.each([
    [1.2, "Sangat Memuaskan"],
    [1, "Sangat Memuaskan"],
    ["95%", "Memuaskan"],
    [2 / 11 / 0.2, "Memuaskan"],
    [0.75, "Cukup Memuaskan"],
    [3 / 183 / 0.025, "Kurang Memuaskan"],
    [0.59, "Tidak Memuaskan"],
    [0, "Tidak Memuaskan"],
  ])("%j → %s", (c, label) => {
    expect(predikat(c)).toBe(label);
    expect(predikat(c, null as unknown as undefined)).toBe(label);
  });

  const pita = [
    ["110%", "Istimewa"],
    [0.9, "Baik"],
    [0, "Perlu Perbaikan"],
  ];

  it.each([
    [1.15, "Istimewa"],
    [1, "Baik"],
    [0.5, "Perlu Perbaikan"],
  ])("with a band range: %p → %s", (c, label) => {
    expect(predikat(c, pita)).toBe(label);
  });

  it("skips the empty rows of a selected range, as web (null, \"\") and desktop (0) pass them", () => {
    const withBlanks = [[null, null], ...pita, ["", ""], [0, 0]];
    expect(predikat(0.95, withBlanks)).toBe("Baik");
  });

  it.each([
    [[["Batas", "Predikat"], [0.9, "Baik"]], /^Pita baris 1/],
    [[[0.9, "Baik"], [0.5, ""]], /^Pita baris 2/],
    [[[90, "Baik"]], /pecahan atau persen/],
    [[[null, null]], /^Pita predikat kosong$/],
  ] as [unknown[][], RegExp][])("refuses a band range %j", (range, message) => {
    const e = failure(() => predikat(1, range));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });

  it.each(EMPTY_CELLS)("an empty capaian (%j) is #N/A", (empty) => {
    expect(failure(() => predikat(empty as null))).toEqual({ code: "#N/A", message: "Capaian belum diisi" });
  });
});

describe("SAKIP.TERCAPAI", () => {
  it.each([
    [1, true],
    [1.2, true],
    ["100%", true],
    [0.9999, false],
    ["95%", false],
    [0, false],
  ])("%j → %p", (c, expected) => {
    expect(tercapai(c)).toBe(expected);
  });

  it("an empty capaian is #N/A", () => {
    expect(failure(() => tercapai(null)).code).toBe("#N/A");
  });
});

describe("SAKIP.SERAPAN", () => {
  it.each([
    [182572600, 215828000, 0.8459],
    ["182.572.600", "215.828.000", 0.8459],
    ["Rp 182.572.600", "Rp. 215.828.000,-", 0.8459],
    [3831896908, 3971227000, 0.9649],
    ["Rp. 3,625,133,308,-", 3719514000, 0.9746],
    ["182.572", "215.828", 0.8459], // a single dot in money is thousands
    [0, 0, 0], // 53 Belanja Modal
  ] as [unknown, unknown, number][])("(%j, %j) ≈ %p", (r, p, expected) => {
    expect(serapan(r as number, p as number)).toBeCloseTo(expected, 4);
  });

  it("empty cells are #N/A", () => {
    expect(failure(() => serapan(null, 215828000))).toEqual({ code: "#N/A", message: "Realisasi belum diisi" });
    expect(failure(() => serapan(182572600, ""))).toEqual({ code: "#N/A", message: "Pagu belum diisi" });
  });

  it.each([
    [5000, 0, /^Pagu 0/],
    ["75%", 100, /^Realisasi harus berupa nilai uang$/],
    [100, "4 Layanan", /^Pagu harus berupa nilai uang$/],
    ["abc", 100, /^Realisasi tidak terbaca/],
  ] as [unknown, unknown, RegExp][])("(%j, %j) is #VALUE!", (r, p, message) => {
    const e = failure(() => serapan(r as number, p as number));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });
});

describe("SAKIP.AGREGAT", () => {
  const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

  it.each([
    [column(1, 1, 1, 1), null, 4],
    [column(1, 1, 1, 1), undefined, 4],
    [column(1, 1, 1, 1), "", 4],
    [[[1, 1, 1, 1]], "jumlah", 4],
    [column(1, 2, 3, 4), "akhir", 4],
    [column(1, 2, null, null), "akhir", 2],
    [column(1, 2, "", ""), "AKHIR", 2],
    [column("70%", "72%", "80%", "90%"), "akhir", 0.9],
    [column("1 Layanan", "1 Layanan", 1, "n/a"), "kumulatif", 3],
    [column(3.4, 3.5, 3.51, null), "rata", 3.47],
    [column(95, 100, 98, null), "maks", 100],
    [[[1, 2], [3, null]], "kumulatif", 6],
    [column(0, 0, 0, 0), "kumulatif", 0],
  ] as [unknown[][], unknown, number][])("%j %j → %p", (range, metode, expected) => {
    expect(agregat(range, metode as string)).toBeCloseTo(expected, 12);
  });

  it("nothing filled is #N/A", () => {
    expect(failure(() => agregat(column(null, "", "-", null)))).toEqual({ code: "#N/A", message: "Belum ada nilai yang diisi" });
  });

  it.each([
    [column(1, "7,5,2"), null, /^Nilai tidak terbaca: “7,5,2”$/],
    [column("1 Layanan", "2 Dokumen"), null, /^Satuan nilai berbeda/],
    [column(1, true), null, /^Nilai tidak terbaca/],
    [column(1, 2), "median", /^Metode “median” tidak dikenal; pilih kumulatif, akhir, rata, maks$/],
  ] as [unknown[][], unknown, RegExp][])("%j %j is #VALUE!", (range, metode, message) => {
    const e = failure(() => agregat(range, metode as string));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });
});

describe("SAKIP.ANGKA", () => {
  it.each([
    ["Rp 4.327.073.000,-", 4327073000],
    ["Rp. 484,708,000,-", 484708000],
    ["2,5%", 0.025],
    ["75 %", 0.75],
    ["1 Layanan", 1],
    ["3,6 Indeks", 3.6],
    ["3,51", 3.51],
    ["4.327.073.000,50", 4327073000.5],
    [42, 42],
  ])("%j → %p", (text, expected) => {
    expect(angka(text)).toBe(expected);
  });

  it.each(["abc", "7,5,2", "12 %%", "#DIV/0!"])("%j is #VALUE!", (text) => {
    expect(failure(() => angka(text)).code).toBe("#VALUE!");
  });

  it.each([...EMPTY_CELLS, "n/a", "—"])("%j is #N/A", (text) => {
    expect(failure(() => angka(text as string)).code).toBe("#N/A");
  });
});

describe("SAKIP.TERBILANG", () => {
  it.each([
    [1250000, "rupiah", "satu juta dua ratus lima puluh ribu rupiah"],
    [4327073000, null, "empat miliar tiga ratus dua puluh tujuh juta tujuh puluh tiga ribu"],
    ["Rp 4.327.073.000,-", "rupiah", "empat miliar tiga ratus dua puluh tujuh juta tujuh puluh tiga ribu rupiah"],
    [182572600, undefined, "seratus delapan puluh dua juta lima ratus tujuh puluh dua ribu enam ratus"],
    [2.5, "", "dua koma lima"],
    [0, null, "nol"],
  ] as [unknown, unknown, string][])("(%j, %j) → %s", (n, akhiran, words) => {
    expect(terbilang(n as number, akhiran as string)).toBe(words);
  });

  it("refuses what it cannot spell", () => {
    expect(failure(() => terbilang(1e18)).code).toBe("#VALUE!");
    expect(failure(() => terbilang(5, 7 as unknown as string)).code).toBe("#VALUE!");
    expect(failure(() => terbilang(null)).code).toBe("#N/A");
  });
});
