import fc from "fast-check";
import { terbilang } from "../../src/core/terbilang";

describe("terbilang", () => {
  it.each([
    [0, "nol"],
    [1, "satu"],
    [10, "sepuluh"],
    [11, "sebelas"],
    [12, "dua belas"],
    [19, "sembilan belas"],
    [20, "dua puluh"],
    [99, "sembilan puluh sembilan"],
    [100, "seratus"],
    [101, "seratus satu"],
    [111, "seratus sebelas"],
    [200, "dua ratus"],
    [1000, "seribu"],
    [1001, "seribu satu"],
    [1100, "seribu seratus"],
    [2000, "dua ribu"],
    [11000, "sebelas ribu"],
    [100000, "seratus ribu"],
    [1000000, "satu juta"],
    [1001000, "satu juta seribu"],
    [1000000000, "satu miliar"],
    [1000000000000, "satu triliun"],
    [1e15, "satu kuadriliun"],
    [1250000, "satu juta dua ratus lima puluh ribu"],
    // Amounts from the LKjIP 2025 of Bapas Magelang.
    [4327073000, "empat miliar tiga ratus dua puluh tujuh juta tujuh puluh tiga ribu"],
    [402846000, "empat ratus dua juta delapan ratus empat puluh enam ribu"],
    [182572600, "seratus delapan puluh dua juta lima ratus tujuh puluh dua ribu enam ratus"],
    [
      123456789012,
      "seratus dua puluh tiga miliar empat ratus lima puluh enam juta tujuh ratus delapan puluh sembilan ribu dua belas",
    ],
    [2.5, "dua koma lima"],
    [0.025, "nol koma nol dua lima"],
    [3.51, "tiga koma lima satu"],
    [84.59, "delapan puluh empat koma lima sembilan"],
    [0.1 + 0.2, "nol koma tiga"],
    [1e-7, "nol koma nol nol nol nol nol nol satu"],
    [-11, "minus sebelas"],
    [-0.5, "minus nol koma lima"],
  ])("%p → %s", (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it("adds an ending word", () => {
    expect(terbilang(1250000, "rupiah")).toBe("satu juta dua ratus lima puluh ribu rupiah");
    expect(terbilang(4327073000, " Rupiah ")).toBe("empat miliar tiga ratus dua puluh tujuh juta tujuh puluh tiga ribu Rupiah");
    expect(terbilang(7, "")).toBe("tujuh");
  });

  it("refuses what it cannot spell", () => {
    expect(() => terbilang(1e18)).toThrow(RangeError);
    expect(() => terbilang(NaN)).toThrow(RangeError);
    expect(() => terbilang(Infinity)).toThrow(RangeError);
  });
});

// A reader of the words, written independently, to check terbilang over the whole range.
const UNITS: Record<string, number> = {
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
  sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000,
};
const SCALES: Record<string, number> = { ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12, kuadriliun: 1e15 };

function readWords(text: string): number {
  let total = 0;
  let group = 0;
  let last = 0;
  for (const w of text.split(" ")) {
    if (w === "belas") group += 10;
    else if (w === "puluh") group += last * 9;
    else if (w === "ratus") group += last * 99;
    else if (w === "seribu") total += 1000;
    else if (w in SCALES) {
      total += group * SCALES[w];
      group = 0;
    } else if (w in UNITS) {
      last = UNITS[w];
      group += last;
    } else throw new Error(`unknown word ${w}`);
  }
  return total + group;
}

describe("terbilang properties", () => {
  it("reads back to the integer it spells, up to 10^15", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((n) => n % 1e15), (n) => {
        expect(readWords(terbilang(n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it("spells each decimal digit after koma", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999999 }), fc.integer({ min: 1, max: 999 }), (whole, frac) => {
        const digits = String(frac).replace(/0+$/, "");
        const words = terbilang(Number(`${whole}.${digits}`));
        const [left, right] = words.split(" koma ");
        expect(readWords(left)).toBe(whole);
        expect(right.split(" ").map((w) => UNITS[w]).join("")).toBe(digits);
      }),
    );
  });
});
