import fc from "fast-check";
import type { CellValue, NumberReading } from "../../src/core/model";
import { readNumber, type ReadOptions, unitsMatch } from "../../src/core/number";

type Expected = Partial<Omit<NumberReading, "raw">>;

const ok = (value: number, decimals: number | null, extra: Expected = {}): Expected => ({
  status: "ok",
  value,
  decimals,
  percent: false,
  unit: null,
  ...extra,
});
const pct = (value: number, decimals: number): Expected => ok(value, decimals, { percent: true, unit: "%" });
const EMPTY: Expected = { status: "empty", value: null };
const UNREADABLE: Expected = { status: "unreadable", value: null };

describe("readNumber: text in Indonesian notation (DOMAIN §7)", () => {
  const cases: [CellValue, ReadOptions | undefined, Expected][] = [
    // Figures from the LKjIP 2025 of Bapas Magelang.
    ["2,5%", undefined, pct(0.025, 1)],
    ["75 %", undefined, pct(0.75, 0)],
    ["75%", undefined, pct(0.75, 0)],
    ["3,51", undefined, ok(3.51, 2)],
    ["4.327.073.000", undefined, ok(4327073000, 0)],
    ["Rp 4.327.073.000,-", undefined, ok(4327073000, 0, { unit: "Rp" })],
    ["Rp. 4.374.073.000,-", undefined, ok(4374073000, 0, { unit: "Rp" })],
    ["Rp. 484,708,000,-", undefined, ok(484708000, 0, { unit: "Rp" })],
    ["Rp. 3,724,365,000,-", undefined, ok(3724365000, 0, { unit: "Rp" })],
    ["182.572.600", { money: true }, ok(182572600, 0)],
    ["97,96 %", undefined, pct(0.9796, 2)],
    ["84.59", undefined, ok(84.59, 2)],
    ["53.33%", undefined, pct(0.5333, 2)],
    ["1 Layanan", undefined, ok(1, 0, { unit: "Layanan" })],
    ["4 Dokumen", undefined, ok(4, 0, { unit: "Dokumen" })],
    ["200 orang", undefined, ok(200, 0, { unit: "orang" })],
    ["3,6 Indeks", undefined, ok(3.6, 1, { unit: "Indeks" })],
    ["12 Operasi", undefined, ok(12, 0, { unit: "Operasi" })],
    ["120 Rencana Aksi", undefined, ok(120, 0, { unit: "Rencana Aksi" })],
    ["60 Persen", undefined, pct(0.6, 0)],
    ["15 persen", undefined, pct(0.15, 0)],
    ["1.250.000 Rupiah", undefined, ok(1250000, 0, { unit: "Rp" })],
    // Both marks: the last is decimal unless 3 digits follow and the other mark groups by three.
    ["4.327.073.000,50", undefined, ok(4327073000.5, 2)],
    ["3,529.557.791", undefined, ok(3529557791, 0)],
    ["1,234.56", undefined, ok(1234.56, 2)],
    ["1.234,567", undefined, ok(1234567, 0)],
    ["1.2.3,45", undefined, UNREADABLE],
    // One kind of mark.
    ["484,708,000", undefined, ok(484708000, 0)],
    ["7,5,2", undefined, UNREADABLE],
    ["7.5", undefined, ok(7.5, 1)],
    ["0,7", undefined, ok(0.7, 1)],
    ["3,5125", undefined, ok(3.5125, 4)],
    ["4.327", undefined, ok(4.327, 3)],
    ["4.327", { money: true }, ok(4327, 0)],
    ["Rp 4.327", undefined, ok(4327, 0, { unit: "Rp" })],
    ["4.327,-", undefined, ok(4327, 0)],
    ["0,500", { money: true }, ok(0.5, 3)],
    [",5", undefined, ok(0.5, 1)],
    ["5,", undefined, UNREADABLE],
    ["4 327 073", undefined, ok(4327073, 0)],
    ["2 3", undefined, UNREADABLE],
    ["2,50%", undefined, pct(0.025, 2)],
    // Spaces, non-breaking too.
    ["\u00a075\u00a0%\u00a0", undefined, pct(0.75, 0)],
    ["Rp\u00a0215.828.000", undefined, ok(215828000, 0, { unit: "Rp" })],
    // Negatives.
    ["-5", undefined, ok(-5, 0)],
    ["\u22125", undefined, ok(-5, 0)],
    ["-0,54 %", undefined, pct(-0.0054, 2)],
    ["(5)", { money: true }, ok(-5, 0)],
    ["Rp (402.846.000)", undefined, ok(-402846000, 0, { unit: "Rp" })],
    ["(5)", undefined, UNREADABLE],
    ["+3", undefined, ok(3, 0)],
    // No value: not zero.
    ["n/a", undefined, EMPTY],
    ["N/A", undefined, EMPTY],
    ["-", undefined, EMPTY],
    ["—", undefined, EMPTY],
    ["–", undefined, EMPTY],
    ["nan %", undefined, EMPTY],
    ["", undefined, EMPTY],
    ["   ", undefined, EMPTY],
    ["\u00a0", undefined, EMPTY],
    [null, undefined, EMPTY],
    ["Rp -", undefined, EMPTY],
    // Unreadable: a finding, never a guess.
    ["12 %%", undefined, UNREADABLE],
    ["abc", undefined, UNREADABLE],
    ["#DIV/0!", undefined, UNREADABLE],
    ["#N/A", undefined, UNREADABLE],
    ["#VALUE!", undefined, UNREADABLE],
    ["#REF!", undefined, UNREADABLE],
    ["#NAME?", undefined, UNREADABLE],
    ["#NUM!", undefined, UNREADABLE],
    ["#NULL!", undefined, UNREADABLE],
    ["4,3 Miliar", undefined, UNREADABLE],
    ["Rp 5 juta", undefined, UNREADABLE],
    ["75% Layanan", undefined, UNREADABLE],
    ["Rp 5%", undefined, UNREADABLE],
    ["2 dari 3", undefined, UNREADABLE],
    ["TW I", undefined, UNREADABLE],
    [true, undefined, UNREADABLE],
    [false, undefined, UNREADABLE],
  ];

  it.each(cases)("%j %j", (raw, opts, expected) => {
    const r = readNumber(raw, opts);
    expect(r).toMatchObject(expected);
    expect(r.raw).toBe(raw);
  });
});

describe("readNumber: real numbers and their number format", () => {
  const cases: [number, string | null, Expected][] = [
    [0.025, "0.0%", pct(0.025, 1)],
    [0.4477, "0.00%", pct(0.4477, 2)],
    [0.75, "0%", pct(0.75, 0)],
    [0.95, "0.0#%", pct(0.95, 1)],
    [0.9539, "0.0#%", pct(0.9539, 2)],
    [3.5, "0.0", ok(3.5, 1)],
    [3.51, "0.00", ok(3.51, 2)],
    [4327073000, "#,##0", ok(4327073000, 0)],
    [4327073000, "#,##0.00;[Red]-#,##0.00", ok(4327073000, 2)],
    [182572600, '"Rp" #,##0', ok(182572600, 0, { unit: "Rp" })],
    [182572600, '_("Rp"* #,##0_);_("Rp"* (#,##0);_("Rp"* "-"_)', ok(182572600, 0, { unit: "Rp" })],
    [182572600, "[$Rp-421]#,##0", ok(182572600, 0, { unit: "Rp" })],
    [4, '0 "Layanan"', ok(4, 0, { unit: "Layanan" })],
    [2.5, "General", ok(2.5, 1)],
    [4327073000, null, ok(4327073000, 0)],
    [3 / 183, "General", ok(3 / 183, null)],
    [0.1 + 0.2, null, ok(0.1 + 0.2, null)],
    [0.123456, null, ok(0.123456, 6)],
    [0.1234567, null, ok(0.1234567, null)],
    [45000, "dd/mm/yyyy", ok(45000, 0)],
    [1234.5, "0.00E+00", ok(1234.5, null)],
    [0, "@", ok(0, 0)],
  ];

  it.each(cases)("%p with format %j", (x, format, expected) => {
    expect(readNumber(x, { format })).toMatchObject(expected);
  });

  it.each([NaN, Infinity, -Infinity])("%p is unreadable", (x) => {
    expect(readNumber(x).status).toBe("unreadable");
  });
});

describe("unitsMatch", () => {
  it.each([
    ["%", "%", true],
    ["Layanan", "Layanan", true],
    ["Layanan", "layanan", true],
    ["Layanan", null, true],
    [null, "%", true],
    [null, null, true],
    ["Layanan", "Dokumen", false],
    ["%", "Layanan", false],
    ["Rp", "%", false],
  ] as [string | null, string | null, boolean][])("%j vs %j → %p", (a, b, expected) => {
    expect(unitsMatch(a, b)).toBe(expected);
  });
});

// ---------------------------------------------------------------- properties

const groupThousands = (n: number, mark: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, mark);
const amount = fc.integer({ min: 0, max: 999_999_999_999 });
const UNITS = ["Layanan", "Dokumen", "Orang", "orang", "Indeks", "Operasi", "Kegiatan", "Laporan", "Unit", "Klien"];

describe("readNumber reads back what Indonesian notation writes", () => {
  it("thousands with dots in a money column", () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(readNumber(groupThousands(n, "."), { money: true })).toMatchObject(ok(n, 0));
      }),
    );
  });

  it("thousands with dots elsewhere: two or more marks are thousands, a single one is decimal", () => {
    fc.assert(
      fc.property(amount, (n) => {
        const text = groupThousands(n, ".");
        const marks = (text.match(/\./g) ?? []).length;
        const expected = marks === 1 ? ok(n / 1000, 3) : ok(n, 0);
        expect(readNumber(text)).toMatchObject(expected);
      }),
    );
  });

  it('"Rp" prefix and ",-" suffix, with dots or commas for thousands', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom("Rp ", "Rp. ", "Rp", "RP "),
        fc.constantFrom(".", ","),
        fc.constantFrom("", ",-", ".-", " ,-"),
        (n, prefix, mark, suffix) => {
          const text = `${prefix}${groupThousands(n, mark)}${suffix}`;
          expect(readNumber(text)).toMatchObject(ok(n, 0, { unit: "Rp" }));
        },
      ),
    );
  });

  it("dot thousands with a comma decimal", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 99 }), (n, cents) => {
        const frac = String(cents).padStart(2, "0");
        const r = readNumber(`${groupThousands(n, ".")},${frac}`);
        expect(r.status).toBe("ok");
        expect(r.decimals).toBe(2);
        expect(r.value).toBeCloseTo(n + cents / 100, 2);
      }),
    );
  });

  it("percent with a comma decimal, with or without a space", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom("%", " %", " Persen"),
        (k, d, sign) => {
          const digits = String(k).padStart(d + 1, "0");
          const text = d === 0 ? digits : `${digits.slice(0, -d)},${digits.slice(-d)}`;
          const r = readNumber(`${text}${sign}`);
          expect(r).toMatchObject({ status: "ok", percent: true, unit: "%", decimals: d });
          expect(r.value).toBeCloseTo(k / 10 ** d / 100, 12);
        },
      ),
    );
  });

  it("a count with a unit word keeps the word as written", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.constantFrom(...UNITS), (n, unit) => {
        expect(readNumber(`${groupThousands(n, ".")} ${unit}`, { money: true })).toMatchObject(ok(n, 0, { unit }));
      }),
    );
  });

  it("negative amounts with either minus sign", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), fc.constantFrom("-", "\u2212", "- "), (n, minus) => {
        expect(readNumber(`${minus}${groupThousands(n, ".")}`, { money: true })).toMatchObject(ok(-n, 0));
      }),
    );
  });

  it("a real number keeps its value; General gives the decimals of its shortest text", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }), (k, d) => {
        const x = k / 10 ** d;
        const r = readNumber(x);
        expect(r.value).toBe(x);
        expect(r.decimals).toBeLessThanOrEqual(d);
      }),
    );
  });
});
