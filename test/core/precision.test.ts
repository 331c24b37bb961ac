import fc from "fast-check";
import { formatAngka, formatPersen } from "../../src/core/format";
import { readNumber } from "../../src/core/number";
import { agrees, roundTo, truncTo } from "../../src/core/precision";

describe("roundTo and truncTo survive binary noise", () => {
  it.each([
    [44.776119402985074, 2, 44.78, 44.77], // 30/67 × 100: printed 44,78 as often as 44,77
    [0.1 + 0.2, 1, 0.3, 0.3],
    [0.29 * 100, 0, 29, 29], // 28.999999999999996
    [1.005, 2, 1.01, 1],
    [2.675, 2, 2.68, 2.67],
    [1.39344262295082, 0, 1, 1],
    [95.3910614525140, 0, 95, 95], // 683/716 × 100
    [18.181818181818183, 0, 18, 18], // (13 − 11)/11 × 100
    [84.59211965083, 2, 84.59, 84.59], // serapan 182.572.600 / 215.828.000
    [96.49133127, 2, 96.49, 96.49],
    [-2.5, 0, -3, -2],
    [-44.776, 2, -44.78, -44.77],
    [1e-7, 2, 0, 0],
    [4327073000, 0, 4327073000, 4327073000],
    [0.5, 0, 1, 0],
  ])("%p to %p decimals: round %p, trunc %p", (x, d, r, t) => {
    expect(roundTo(x, d)).toBe(r);
    expect(truncTo(x, d)).toBe(t);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
    expect(Object.is(truncTo(-0.4, 0), 0)).toBe(true);
  });
});

describe("agrees: a stated figure against a computed one (DOMAIN §4)", () => {
  it.each([
    // LKjIP 2025 Bapas Magelang: stated realisasi vs pembilang/penyebut.
    ["2%", 3 / 183, true], // 1,64% rounds to 2%
    ["95%", 683 / 716, true],
    ["18%", (13 - 11) / 11, true],
    ["100%", 401 / 401, true],
    ["100%", 716 / 716, true],
    ["84.59", (182572600 / 215828000) * 100, true],
    ["96.49", (3831896908 / 3971227000) * 100, true],
    ["97.46", (3625133308 / 3719514000) * 100, true],
    ["36.86", (6737000 / 18278000) * 100, true],
    ["97,96 %", 3125996383 / 3190965000, true],
    ["58,41 %", 691029329 / 1183108000, true],
    // Rounded or truncated both agree; nothing else does.
    ["44,77%", 30 / 67, true],
    ["44,78%", 30 / 67, true],
    ["44,8%", 30 / 67, true],
    ["44,7%", 30 / 67, true],
    ["44,76%", 30 / 67, false],
    ["45%", 30 / 67, true],
    ["44%", 30 / 67, true],
    ["43%", 30 / 67, false],
    ["95%", 0.9449, false],
    ["2,5%", 0.025, true],
    ["2,50%", 0.02501, true],
    ["2,50%", 0.0251, false],
    ["125%", 1.2, false], // a capaian shown above the cap
    ["3,51", 3.51, true],
    ["3,51", 3.519, true],
    ["3,51", 3.5, false],
    ["4.327.073.000", 4327073000, true],
    ["4.327.073.000", 4327073001, false],
  ] as [string, number, boolean][])("%j vs %p → %p", (text, computed, expected) => {
    expect(agrees(readNumber(text), computed)).toBe(expected);
  });

  it("uses the decimals of a real number's format", () => {
    expect(agrees(readNumber(0.4477, { format: "0.00%" }), 30 / 67)).toBe(true);
    expect(agrees(readNumber(0.4478, { format: "0.00%" }), 30 / 67)).toBe(true);
    expect(agrees(readNumber(0.4476, { format: "0.00%" }), 30 / 67)).toBe(false);
  });

  it("compares at full precision when the decimals are unknown", () => {
    expect(agrees(readNumber(30 / 67), 30 / 67)).toBe(true);
    expect(agrees(readNumber(0.1 + 0.2), 0.3)).toBe(true);
    expect(agrees(readNumber(30 / 67), 30 / 67 + 1e-6)).toBe(false);
  });

  it("an empty or unreadable figure agrees with nothing", () => {
    expect(agrees(readNumber("n/a"), 0)).toBe(false);
    expect(agrees(readNumber("7,5,2"), 7.52)).toBe(false);
    expect(agrees(readNumber("5"), NaN)).toBe(false);
  });
});

describe("properties", () => {
  // Below 1000%: "1.000%" (one dot, three digits) reads as a decimal outside money columns.
  const fraction = fc.double({ min: 0, max: 9.99, noNaN: true });
  const decimals = fc.integer({ min: 0, max: 2 });

  it("a percentage written from a computed value agrees with it", () => {
    fc.assert(
      fc.property(fraction, decimals, (c, d) => {
        expect(agrees(readNumber(formatPersen(c, d)), c)).toBe(true);
      }),
    );
  });

  it("an amount written with 0–2 decimals agrees with the value it came from", () => {
    const x = fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: 999, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(x, decimals, (v, d) => {
        // A money column: "1.235" is one thousand two hundred thirty-five there.
        expect(agrees(readNumber(formatAngka(v, d), { money: true }), v)).toBe(true);
      }),
    );
  });

  it("truncTo ≤ x ≤ roundTo + half a unit, both on the grid of d decimals", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const t = truncTo(x, d);
        const r = roundTo(x, d);
        const unit = 10 ** -d;
        expect(t).toBeLessThanOrEqual(x + 1e-9);
        expect(r - t).toBeGreaterThanOrEqual(-1e-9);
        expect(r - t).toBeLessThanOrEqual(unit + 1e-9);
        expect(roundTo(t, d)).toBe(t);
      }),
    );
  });
});

describe("agrees settles near figures without decimal texts, as the full rule would", () => {
  // The rule of DOMAIN §4 written out: the stated figure at its decimals against the computed
  // value rounded or truncated to them. agrees() answers the common case by a shorter path.
  const rule = (value: number, percent: boolean, decimals: number, computed: number): boolean => {
    const scale = percent ? 100 : 1;
    const shown = Number((value * scale).toPrecision(15));
    const v = Number((computed * scale).toPrecision(15));
    const written = roundTo(shown, decimals);
    const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
    return same(written, roundTo(v, decimals)) || same(written, truncTo(v, decimals));
  };

  it("agrees with the rule for figures written with 0–6 decimals (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        fc.double({ min: -0.75, max: 0.75, noNaN: true }),
        (digits, decimals, percent, offset) => {
          const scale = percent ? 100 : 1;
          const value = digits / 10 ** decimals / scale;
          const computed = value + offset / 10 ** decimals / scale;
          const stated = { status: "ok" as const, value, unit: percent ? "%" : null, percent, decimals, raw: null };
          expect(agrees(stated, computed)).toBe(rule(value, percent, decimals, computed));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each([
    [0.4477, 2, 30 / 67, true],
    [0.4478, 2, 30 / 67, true],
    [0.4476, 2, 30 / 67, false],
    [0.8459, 2, 182572600 / 215828000, true],
    [0.8455, 2, 0.845549, true],
    [0.8455, 2, 0.845569, true], // 84,5569 cut to 84,55
    [0.8455, 2, 0.84561, false],
  ])("a percentage %p with %i decimals against %p: %p", (value, decimals, computed, want) => {
    const stated = { status: "ok" as const, value, unit: "%", percent: true, decimals, raw: null };
    expect(agrees(stated, computed)).toBe(want);
    expect(rule(value, true, decimals, computed)).toBe(want);
  });
});

describe("roundTo and truncTo as the decimal text gives them", () => {
  // The definition: shift the value's shortest decimal text by d places, cut, shift back.
  const shiftText = (x: number, d: number): number => {
    if (Number.isSafeInteger(x)) return d >= 0 ? x * 10 ** d : x / 10 ** -d;
    const text = String(x);
    const e = text.indexOf("e");
    return e < 0 ? Number(`${text}e${d}`) : Number(`${text.slice(0, e)}e${Number(text.slice(e + 1)) + d}`);
  };
  const byText = (x: number, d: number, cut: (v: number) => number): number => {
    const clean = Number.isInteger(x) && Math.abs(x) < 1e15 ? x : Number(x.toPrecision(15));
    const r = (clean < 0 ? -1 : 1) * shiftText(cut(shiftText(Math.abs(clean), d)), -d);
    return r === 0 ? 0 : r;
  };

  it("rounds and cuts every value as its decimal text does (property)", () => {
    const values = fc.oneof(
      fc.double({ min: -1e10, max: 1e10, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).chain((n) => fc.integer({ min: 0, max: 8 }).map((k) => n / 10 ** k + (n % 3) * 5e-9)),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 2000), // many halves at the decimals asked
    );
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 8 }), (x, d) => {
        expect(roundTo(x, d)).toBe(byText(x, d, Math.round));
        expect(truncTo(x, d)).toBe(byText(x, d, Math.trunc));
      }),
      { numRuns: 20_000 },
    );
  });
});
