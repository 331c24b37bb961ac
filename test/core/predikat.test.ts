import type { Band } from "../../src/core/model";
import { DEFAULT_PITA, predikat, tercapai } from "../../src/core/predikat";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

describe("predikat with the Ditjen Pemasyarakatan bands (DOMAIN §5)", () => {
  it.each([
    [1.2, "Sangat Memuaskan"],
    [1, "Sangat Memuaskan"],
    [4, "Sangat Memuaskan"], // without a cap
    [0.9999, "Memuaskan"],
    [2 / 11 / 0.2, "Memuaskan"], // 90,9%: Tingkat pemberdayaan masyarakat
    [0.8, "Memuaskan"],
    [0.56 / 0.7, "Memuaskan"], // 0.7999999999999999 in binary
    [0.79, "Cukup Memuaskan"],
    [0.75, "Cukup Memuaskan"],
    [0.7, "Cukup Memuaskan"],
    [(1.5 - 1) / 0.75, "Kurang Memuaskan"], // ABH, berlaku terbalik: 66,67%
    [3 / 183 / 0.025, "Kurang Memuaskan"], // 65,57%: Persentase Tahanan
    [0.6, "Kurang Memuaskan"],
    [0.5999, "Tidak Memuaskan"],
    [0, "Tidak Memuaskan"],
  ])("%p → %s", (c, label) => {
    expect(predikat(c)).toBe(label);
  });

  it("takes any band table, in any order", () => {
    const pita: Band[] = [
      { min: 0, label: "Kurang" },
      { min: 0.9, label: "Baik" },
      { min: 1.1, label: "Istimewa" },
    ];
    expect(predikat(1.15, pita)).toBe("Istimewa");
    expect(predikat(0.95, pita)).toBe("Baik");
    expect(predikat(0.3, pita)).toBe("Kurang");
    expect(pita[0].label).toBe("Kurang"); // the caller's table is not reordered
  });

  it("puts capaian below every bound in the lowest band", () => {
    expect(predikat(0.2, [{ min: 0.5, label: "Cukup" }, { min: 0.9, label: "Baik" }])).toBe("Cukup");
  });

  it("refuses an empty table", () => {
    expect(() => predikat(1, [])).toThrow(RangeError);
  });

  it("is the default of the settings", () => {
    expect(DEFAULT_SETTINGS.pita).toBe(DEFAULT_PITA);
    expect(DEFAULT_PITA.map((b) => b.min)).toEqual([1, 0.8, 0.7, 0.6, 0]);
  });
});

describe("tercapai", () => {
  it.each([
    [1, true],
    [1.2, true],
    [0.7 / 0.7, true],
    [1.1 * 0.9090909090909091, true], // 0.9999999999999999 in binary
    [0.9999, false],
    [0.95, false],
    [0, false],
  ])("%p → %p", (c, expected) => {
    expect(tercapai(c)).toBe(expected);
  });
});

describe("DEFAULT_SETTINGS", () => {
  it("caps at 120%, scores negative indicators with (2T − R)/T, reports the whole year", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      batas: 1.2,
      polaritasNegatif: "negatif",
      periode: "TAHUN",
      tahun: null,
      pita: DEFAULT_PITA,
    });
  });
});
