import fc from "fast-check";
import { splitEnumerated, splitValues } from "../../src/workbook/detect/split";

describe("splitEnumerated", () => {
  test.each([
    [
      "1. Persentase Tahanan yang mendapatkan pendampingan 2. Persentase Anak yang Berkonflik dengan Hukum (ABH) yang mendapatkan pendampingan",
      ["Persentase Tahanan yang mendapatkan pendampingan", "Persentase Anak yang Berkonflik dengan Hukum (ABH) yang mendapatkan pendampingan"],
    ],
    ["1. Persentase A\n2. Persentase B\n3. Indeks C", ["Persentase A", "Persentase B", "Indeks C"]],
    ["1) Persentase A 2) Persentase B", ["Persentase A", "Persentase B"]],
  ])("%s", (text, items) => {
    expect(splitEnumerated(text)).toEqual(items);
  });

  test.each([
    "1. Persentase klien pemasyarakatan yang siap bermasyarakat",
    "Persentase Tahanan yang mendapatkan pendampingan",
    "Indeks 3.51 dan 2. nilai",
    "Rencana aksi 2. tahap 1. awal",
  ])("not an enumeration: %s", (text) => {
    expect(splitEnumerated(text)).toBeNull();
  });
});

describe("splitValues", () => {
  test.each([
    ["2,5% 75%", 2, ["2,5%", "75%"]],
    ["2,5%\n75%", 2, ["2,5%", "75%"]],
    ["80% 70% 80% 70%", 4, ["80%", "70%", "80%", "70%"]],
    ["75 % 3,51", 2, ["75 %", "3,51"]],
    ["1 Layanan 4 Dokumen", 2, ["1 Layanan", "4 Dokumen"]],
    ["1. 80% 2. 70%", 2, ["80%", "70%"]],
    ["Rp 484.708.000 Rp 3.724.365.000", 2, ["Rp 484.708.000", "Rp 3.724.365.000"]],
  ])("%s into %d", (text, n, pieces) => {
    expect(splitValues(text, n)).toEqual(pieces);
  });

  test("a different count is not split", () => {
    expect(splitValues("2,5%", 2)).toBeNull();
    expect(splitValues("2,5% 75% 80%", 2)).toBeNull();
  });

  test("property: n values joined by spaces or lines split back into themselves", () => {
    const value = fc
      .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom("%", " %", " Layanan", " Dokumen", ""))
      .map(([a, b, unit]) => `${a},${b}${unit}`);
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), fc.constantFrom(" ", "\n", "  "), (values, sep) => {
        expect(splitValues(values.join(sep), values.length)).toEqual(values);
      }),
    );
  });
});
