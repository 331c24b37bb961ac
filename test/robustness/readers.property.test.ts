// Property tests of the readers on arbitrary input: readNumber never throws and always gives a
// consistent NumberReading; buildModel (and the whole analysis after it) never throws on random
// grids with random merges; detectTables gives the same tables for the same grids.
import fc from "fast-check";
import type { CellValue, NumberReading } from "../../src/core/model";
import { readNumber } from "../../src/core/number";
import { buildModel } from "../../src/workbook/read-model";
import { detectTables } from "../../src/workbook/detect/tables";
import type { Grid, MergeRange } from "../../src/workbook/grid";
import { analyse, planConvert, planSummary } from "../../src/app/pipeline";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

// ------------------------------------------------------------------ readNumber

/** Texts built from the pieces staff's numbers are made of, so the deep paths are reached. */
const numberish = fc
  .array(
    fc.constantFrom("0", "1", "3", "5", "7", "9", "44", "000", ".", ",", " ", "\u00a0", "%", "%%", "-", "−", "+", "(", ")", "Rp", "Rp.", ",-", ".-", "e", "E",
      " Layanan", " Indeks", " Dokumen", " persen", " juta", "n/a", "nan", "—", "#N/A", "#DIV/0!", "'", "="),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

const anyText = fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 20 }), numberish);
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 0.1 + 0.2, 1e21, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity));
const anyValue: fc.Arbitrary<CellValue> = fc.oneof(anyText, anyNumber, fc.boolean(), fc.constant(null));
const anyFormat = fc.oneof(
  fc.constantFrom(null, "General", "0", "0.0", "0.00%", "0%", "#,##0", "#,##0.00", '"Rp" #,##0', '[$Rp-421] #,##0', "0.00E+00", "dd/mm/yyyy", "d-mmm-yy", '0 "Layanan"', "@", ";;;", '0.0%;[Red]-0.0%', "\\"),
  fc.string({ maxLength: 12 }),
);

function consistent(input: CellValue, r: NumberReading): void {
  expect(["ok", "empty", "unreadable"]).toContain(r.status);
  expect(r.raw).toBe(input);
  if (r.status === "ok") {
    expect(typeof r.value).toBe("number");
    expect(Number.isFinite(r.value)).toBe(true);
  } else {
    expect(r.value).toBeNull();
    expect(r.percent).toBe(false);
  }
  if (r.status === "empty") expect(input === null || typeof input === "string").toBe(true);
  if (typeof input === "boolean" || (typeof input === "number" && !Number.isFinite(input))) expect(r.status).toBe("unreadable");
  if (typeof input === "number" && Number.isFinite(input)) {
    expect(r.status).toBe("ok");
    expect(r.value).toBe(input);
  }
  if (r.percent) expect(r.unit).toBe("%");
  if (r.decimals !== null) {
    expect(Number.isInteger(r.decimals)).toBe(true);
    expect(r.decimals).toBeGreaterThanOrEqual(0);
  }
  if (r.unit !== null) expect(typeof r.unit).toBe("string");
}

describe("readNumber on anything", () => {
  it("never throws and returns a consistent reading", () => {
    fc.assert(
      fc.property(anyValue, fc.boolean(), anyFormat, (value, money, format) => {
        consistent(value, readNumber(value));
        consistent(value, readNumber(value, { money, format }));
      }),
      { numRuns: 3000 },
    );
  });

  it("is a pure function of its input", () => {
    fc.assert(
      fc.property(anyValue, fc.boolean(), anyFormat, (value, money, format) => {
        expect(readNumber(value, { money, format })).toEqual(readNumber(value, { money, format }));
      }),
      { numRuns: 1000 },
    );
  });
});

/** The one-pass reader's shapes: digits, at most one mark, "%" or a word, spaces (no-break too). */
const simpleShape = fc.stringMatching(/^[ \t\u00a0]{0,2}\d{0,6}([.,]\d{0,6})?[ \u00a0\u202f]{0,2}(%|[A-Za-z]{0,9})?[ \r\n]{0,2}$/);

describe("readNumber's one-pass reading of common texts", () => {
  it("agrees with the full rules (an ideographic space in front sends the same text through them)", () => {
    fc.assert(
      fc.property(simpleShape, fc.boolean(), fc.constantFrom(null, "0.00%", "#,##0"), (text, money, format) => {
        const fast = readNumber(text, { money, format });
        const full = readNumber(`\u3000${text}`, { money, format });
        expect({ ...fast, raw: null }).toEqual({ ...full, raw: null });
      }),
      { numRuns: 5000 },
    );
  });
});

// ------------------------------------------------------------------ grids

/** Words that make rows look like headers, TOTAL lines, sections and quarters. */
const WORDS = [
  "No", "NO", "Sasaran", "SASARAN KEGIATAN", "Indikator Kinerja", "INDIKATOR", "Satuan", "Polaritas", "Negatif", "Positif", "Target",
  "Realisasi", "Capaian", "Capaian (%)", "Kinerja (%)", "Predikat", "Sangat Memuaskan", "Pagu", "Pagu Anggaran", "Realisasi Anggaran",
  "Sisa", "%", "Serapan", "TOTAL", "JUMLAH", "TAHUN 2024", "TAHUN 2025", "TW I", "TW II", "TW III", "TW IV", "s.d. TW IV", "B03", "B06",
  "Unit Kerja", "Kegiatan", "Output", "Jenis Belanja", "Belanja Pegawai", "Rencana Aksi", "Keterangan", "(1)", "(2)", "(3)",
  "Persentase narapidana yang mengikuti pembinaan", "Jumlah kejadian pelarian", "Indeks Kepuasan Masyarakat", "1. Persentase A 2. Persentase B",
  "80% 70%", "Pembilang", "Penyebut", "Formulasi", "Target Renstra", "Tahun 2023", "LAPAS KELAS IIA MAGELANG", "n/a", "-",
  "constructor", "toString", "__proto__", "valueOf",
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: numberish },
  { weight: 3, arbitrary: fc.oneof(fc.integer({ min: -10, max: 5_000_000_000 }), fc.double({ min: -2, max: 2, noNaN: true })) },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 30 }), fc.boolean(), fc.constantFrom("#N/A", "#DIV/0!", "#REF!")) },
);
/** Includes names that are also properties of every JavaScript object. */
const SHEET_NAMES = ["toString", "constructor", "__proto__", "hasOwnProperty", "Capaian 2025", "PK", "Anggaran", "Sheet1", "SAKIP PK", "SAKIP Realisasi", "SAKIP Anggaran", "SAKIP Rencana Aksi", "SAKIP Ringkasan", "Rencana Aksi"];

const merge = (rows: number, cols: number): fc.Arbitrary<MergeRange> =>
  fc
    .tuple(fc.nat(rows + 2), fc.nat(cols + 2), fc.nat(4), fc.nat(3))
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

const grid: fc.Arbitrary<Grid> = fc
  .tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 1, max: 9 }))
  .chain(([rows, cols]) =>
    fc.record({
      name: fc.oneof(fc.constantFrom(...SHEET_NAMES), fc.string({ minLength: 1, maxLength: 31 })),
      values: fc.array(fc.array(cell, { maxLength: cols }), { minLength: rows, maxLength: rows }),
      formats: fc.option(fc.array(fc.array(fc.option(fc.constantFrom("0.00%", "#,##0", "dd/mm/yyyy", "0.0")), { maxLength: cols }), { maxLength: rows }), { nil: undefined }),
      formulas: fc.option(fc.array(fc.array(fc.option(fc.constantFrom("=A1", "=SUM(C2:C5)", "=SAKIP.CAPAIAN(E5,D5)")), { maxLength: cols }), { maxLength: rows }), { nil: undefined }),
      merges: fc.array(merge(rows, cols), { maxLength: 6 }),
      hidden: fc.option(fc.boolean(), { nil: undefined }),
    }),
  )
  .map((g) => {
    const out: Grid = { name: g.name, values: g.values, merges: g.merges };
    if (g.formats) out.formats = g.formats;
    if (g.formulas) out.formulas = g.formulas;
    if (g.hidden) out.hidden = true;
    return out;
  });
const grids = fc.array(grid, { minLength: 0, maxLength: 3 });

describe("buildModel on random grids", () => {
  it("never throws", () => {
    fc.assert(
      fc.property(grids, (gs) => {
        const model = buildModel(gs, DEFAULT_SETTINGS);
        expect(Array.isArray(model.indikator)).toBe(true);
        for (const note of model.readNotes) expect(typeof note.message).toBe("string");
      }),
      { numRuns: 400 },
    );
  });

  it("leaves the grids it reads untouched", () => {
    fc.assert(
      fc.property(grids, (gs) => {
        const before = JSON.stringify(gs);
        buildModel(gs, DEFAULT_SETTINGS);
        expect(JSON.stringify(gs)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it("and the run after it (checks, summary and input sheet plans) never throws either", () => {
    fc.assert(
      fc.property(grids, (gs) => {
        const analysis = analyse(gs, DEFAULT_SETTINGS);
        const plans = [...planSummary(analysis, DEFAULT_SETTINGS).plans, ...planConvert(analysis, DEFAULT_SETTINGS)];
        for (const p of plans) expect(p.name.startsWith("SAKIP ")).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe("cells holding JavaScript object property names", () => {
  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])("a Polaritas cell %s is no polarity: the default applies", (word) => {
    const values: CellValue[][] = [
      ["No", "Indikator Kinerja", "Polaritas", "Target", "Realisasi"],
      [1, "Persentase narapidana yang mengikuti pembinaan", word, "80%", "75%"],
    ];
    const [ind] = buildModel([{ name: "Capaian 2025", values, merges: [] }], DEFAULT_SETTINGS).indikator;
    expect({ polaritas: ind.polaritas, stated: ind.polaritasStated }).toEqual({ polaritas: "positif", stated: false });
  });
});

describe("sheets named like JavaScript object properties", () => {
  it.each(["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"])("a sheet named %s is read like any other", (name) => {
    const values: CellValue[][] = [
      ["No", "Indikator Kinerja", "Target", "Realisasi"],
      [1, "Persentase narapidana yang mengikuti pembinaan", "80%", "75%"],
    ];
    const model = buildModel([{ name, values, merges: [] }], DEFAULT_SETTINGS);
    expect(model.indikator.map((i) => i.uraian)).toEqual(["Persentase narapidana yang mengikuti pembinaan"]);
  });
});

describe("detectTables", () => {
  it("is deterministic: the same grids (or a copy of them) give the same tables", () => {
    fc.assert(
      fc.property(grids, (gs) => {
        const first = detectTables(gs);
        expect(detectTables(gs)).toEqual(first);
        expect(detectTables(structuredClone(gs))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
