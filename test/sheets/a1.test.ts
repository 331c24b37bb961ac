import fc from "fast-check";
import { a1, colName, parseA1, quoteSheet, range, sheetRef } from "../../src/workbook/a1";

describe("colName", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i → %s", (i, name) => expect(colName(i)).toBe(name));

  test("rejects negative and fractional indexes", () => {
    expect(() => colName(-1)).toThrow();
    expect(() => colName(1.5)).toThrow();
  });
});

describe("a1 / range / parseA1", () => {
  test.each([
    [0, 0, "A1"],
    [1, 4, "E2"],
    [6, 1, "B7"],
    [99, 27, "AB100"],
  ])("a1(%i, %i) = %s", (r, c, addr) => {
    expect(a1(r, c)).toBe(addr);
    expect(parseA1(addr)).toEqual({ row: r, col: c });
  });

  test("range", () => expect(range(1, 2, 8, 2)).toBe("C2:C9"));

  test.each(["$E$2", "e2", " E2 "])("parseA1 reads %p", (s) => expect(parseA1(s)).toEqual({ row: 1, col: 4 }));
  test.each(["", "E0", "2E", "E2:E3", "ABCD1", "E-1", "SAKIP PK"])("parseA1 rejects %p", (s) => expect(parseA1(s)).toBeNull());

  test("parseA1 inverts a1 (property)", () => {
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16_383), (r, c) => {
        expect(parseA1(a1(r, c))).toEqual({ row: r, col: c });
      }),
    );
  });
});

describe("sheet references", () => {
  test.each([
    ["SAKIP PK", "'SAKIP PK'!E2"],
    ["Capaian 2025", "'Capaian 2025'!E2"],
    ["Data", "Data!E2"],
    ["PK'25", "'PK''25'!E2"],
    ["A1", "'A1'!E2"],
    ["2025", "'2025'!E2"],
  ])("%s", (sheet, expected) => expect(sheetRef(sheet, "E2")).toBe(expected));

  test("quoteSheet leaves plain words alone", () => expect(quoteSheet("Anggaran_2025")).toBe("Anggaran_2025"));
});
