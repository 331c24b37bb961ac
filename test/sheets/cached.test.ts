// The cached results the sheets store are what the custom functions return for the same cells:
// checked against src/functions itself, called the way Excel calls it.
import fc from "fast-check";
import type { CellValue, Polaritas } from "../../src/core/model";
import { DEFAULT_PITA } from "../../src/core/predikat";
import { agregat, capaian, predikat, serapan } from "../../src/functions/functions";
import { cachedAgregat, cachedCapaian, cachedPredikat, cachedSerapan, cachedSum } from "../../src/workbook/sheets/cached";

class StandInError {
  constructor(public code: string) {}
}

beforeAll(() => {
  Object.assign(globalThis, {
    CustomFunctions: { Error: StandInError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } },
  });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, "CustomFunctions");
});

/** The function's result as a cell caches it: the value, or the error's code. */
function excel(call: () => unknown): CellValue {
  try {
    return call() as CellValue;
  } catch (e) {
    if (e instanceof StandInError) return e.code;
    throw e;
  }
}

const cellValue = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.integer({ min: 0, max: 1000 }),
  fc.constantFrom("75%", "2,5%", "1 Layanan", "2 Dokumen", "3,51", "n/a", "-", "7,5,2", "Rp 4.327.073.000", "abc", "120 %", "0", "0%"),
);
const polaritas = fc.constantFrom<[string, Polaritas]>(["Positif", "positif"], ["Negatif", "negatif"], ["Negatif-rasio", "negatif-rasio"]);
const batas = fc.constantFrom(0, 1.2, 1.5);

describe("cached results agree with the custom functions", () => {
  test("CAPAIAN", () => {
    fc.assert(
      fc.property(cellValue, cellValue, polaritas, batas, (r, t, [label, p], b) => {
        expect(cachedCapaian(r, t, p, b)).toEqual(excel(() => capaian(r, t, label, b)));
      }),
      { numRuns: 500 },
    );
  });

  test("AGREGAT over four quarter cells", () => {
    fc.assert(
      fc.property(fc.array(cellValue, { minLength: 4, maxLength: 4 }), fc.constantFrom("kumulatif", "akhir", "rata", "maks"), (vs, m) => {
        expect(cachedAgregat(vs, m)).toEqual(excel(() => agregat([vs], m)));
      }),
      { numRuns: 500 },
    );
  });

  test("PREDIKAT", () => {
    fc.assert(
      fc.property(cellValue, (c) => {
        expect(cachedPredikat(c, DEFAULT_PITA)).toEqual(excel(() => predikat(c)));
      }),
    );
  });

  test("SERAPAN", () => {
    fc.assert(
      fc.property(cellValue, cellValue, (r, p) => {
        expect(cachedSerapan(r, p)).toEqual(excel(() => serapan(r, p)));
      }),
      { numRuns: 300 },
    );
  });

  test("an error in an argument is the result, as Excel passes no error to a function", () => {
    expect(cachedCapaian("#N/A", 0.7, "positif", 1.2)).toBe("#N/A");
    expect(cachedCapaian(0.9, "#VALUE!", "positif", 1.2)).toBe("#VALUE!");
    expect(cachedPredikat("#N/A", DEFAULT_PITA)).toBe("#N/A");
    expect(cachedAgregat(["", "#DIV/0!", 1, ""], "akhir")).toBe("#DIV/0!");
    expect(cachedSerapan("#N/A", 5)).toBe("#N/A");
  });

  test("SUM adds numbers only and passes errors on", () => {
    expect(cachedSum([1, "x", null, "", 2.5])).toBe(3.5);
    expect(cachedSum([0.1, 0.2])).toBe(0.3);
    expect(cachedSum([1, "#N/A"])).toBe("#N/A");
    expect(cachedSum([])).toBe(0);
  });
});
